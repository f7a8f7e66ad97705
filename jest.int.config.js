module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'integration',
  testMatch: ['<rootDir>/apps/**/*.int.spec.ts', '<rootDir>/libs/**/*.int.spec.ts'],
  globalSetup: '<rootDir>/tests/support/integration-global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/integration-global-teardown.ts',
  testTimeout: 30000,
};
