// Shared Jest settings for every test level. Sources compile with the same .swcrc as the build.
// NestJS 12 and a few of its dependencies ship as ES modules only; Jest on Node 20 loads
// CommonJS, so those packages are transformed with SWC like our own sources.
const esmOnlyPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'cookie',
  '@sindresorhus',
  'jose',
  'content-disposition',
  '@fastify/static',
];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)s$': ['@swc/jest', { swcrc: true }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^@kindred/core/testing$': '<rootDir>/libs/core/src/testing/index.ts',
    '^@kindred/notifications/fake-push-service$': '<rootDir>/libs/notifications/src/testing/fake-push-service.ts',
    '^@kindred/test-support/(.+)$': '<rootDir>/tests/support/$1',
    '^@kindred/core/test-run$': '<rootDir>/libs/core/src/testing/test-environment.ts',
    '^@kindred/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
  },
};
