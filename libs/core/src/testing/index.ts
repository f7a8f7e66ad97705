export * from './test-environment';
export * from './integration-app';
