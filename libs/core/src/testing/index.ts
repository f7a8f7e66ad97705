export * from './test-environment';
export * from './integration-app';
export * from './testing-modules';
