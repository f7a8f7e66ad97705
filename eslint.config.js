const nx = require('@nx/eslint-plugin');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'coverage', 'tmp'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      // apps → domains → core. A domain reaches another only through its index.ts (the
      // rule forbids deep imports across projects) and never in a cycle; core knows no domain.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:schema', 'type:domain', 'type:core'] },
            // The schema composes every domain's migrations into one history, outside core.
            { sourceTag: 'type:schema', onlyDependOnLibsWithTags: ['type:domain', 'type:core'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:core'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:schema', 'type:domain', 'type:core'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // One after-commit mechanism, in core: staging a job (Outbox.stage) or a task
    // (AfterCommit.run) inside a transaction sends it once that transaction commits. Outside
    // core nothing dispatches staged work by hand, carries it out of a transaction as
    // `staged`, or listens to TypeORM's transaction events itself.
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'tests/**/*.ts'],
    ignores: ['libs/core/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='dispatch']",
          message: 'Staged work is sent after commit by core (Outbox.stage, AfterCommit.run); do not dispatch it by hand.',
        },
        {
          selector: "Identifier[name='staged']",
          message: 'Do not carry staged work out of a transaction: Outbox.stage sends it once the transaction commits.',
        },
        {
          selector: 'MethodDefinition[key.name=/^(before|after)Transaction(Start|Commit|Rollback)$/]',
          message: 'Use AfterCommit from @kindred/core rather than a second transaction subscriber.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
