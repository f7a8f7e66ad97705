export * from './domains';
export * from './app.module';
export * from './create-api-app';
