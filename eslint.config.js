const nx = require('@nx/eslint-plugin');
const tseslint = require('typescript-eslint');

/**
 * apps → domains → core. A domain reaches another only through its index.ts (the rule forbids
 * deep imports across projects) and never in a cycle; core knows no domain. The composition
 * library (the one list of domains, the API's module) sits between apps and domains. Only the
 * apps' test files may use the shared test support (tests/support, as @kindred/test-support/…):
 * it composes every domain, so a domain using it would depend on itself.
 */
function moduleBoundaries({ testSupport }) {
  const withTests = (tags) => (testSupport ? [...tags, 'type:test-support'] : tags);
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: withTests(['type:composition', 'type:domain', 'type:core']) },
      { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:domain', 'type:core'] },
      { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:core'] },
      { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
      { sourceTag: 'type:test-support', onlyDependOnLibsWithTags: ['type:composition', 'type:domain', 'type:core'] },
      { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:test-support', 'type:composition', 'type:domain', 'type:core'] },
    ],
  };
}

module.exports = tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'coverage', 'tmp'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ testSupport: false })],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.fault-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ testSupport: true })] },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
