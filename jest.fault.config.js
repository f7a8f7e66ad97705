// Fault tests: the built api and worker against a PostgreSQL and Redis of their own, which
// the tests stop, freeze, empty and restart (see tests/support/private-services.ts).
module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'fault',
  testMatch: ['<rootDir>/tests/fault/**/*.fault-spec.ts'],
  globalSetup: '<rootDir>/tests/support/fault-global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/fault-global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
