export * from './domains';
export * from './app.module';
export * from './create-api-app';
export { DemoWorld, DemoWorldRefused } from './demo/demo-world';
export { DEMO_PASSWORD, demoEmail, demoPersonasText } from './demo/demo-personas';
export { GRAPHIQL_PATH } from './explorer/graphiql';
export { WEB_APP_CONTENT_SECURITY_POLICY } from './web-app/serve-web-app';
