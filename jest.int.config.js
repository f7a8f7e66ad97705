module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'integration',
  testMatch: ['<rootDir>/apps/**/*.int.spec.ts', '<rootDir>/libs/**/*.int.spec.ts'],
  globalSetup: '<rootDir>/tests/support/integration-global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/integration-global-teardown.ts',
  testTimeout: 30000,
  // NestJS's GraphQL type metadata survives Jest's module registry reset when two files
  // share a process ("Cannot determine a GraphQL output type"); a fresh worker per test
  // file keeps every file isolated.
  workerIdleMemoryLimit: '1MB',
  // A file spends much of its time waiting on Postgres and Redis, so two workers keep a 2-core
  // machine busy (Jest's default there is one). Each file has its own database and Redis prefix.
  maxWorkers: 2,
};
