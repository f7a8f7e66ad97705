module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'e2e',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tests/support/e2e-global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/e2e-global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
};
