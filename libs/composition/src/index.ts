export * from './domains';
export * from './app.module';
export * from './create-api-app';
export { DemoWorld } from './demo/demo-world';
export { demoPersonasText } from './demo/demo-personas';
export { GRAPHIQL_PATH } from './explorer/graphiql';
