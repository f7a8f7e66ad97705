module.exports = {
  ...require('./jest.preset.js'),
  displayName: 'unit',
  testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/tests/lint/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '/node_modules/'],
};
