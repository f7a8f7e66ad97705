const nx = require('@nx/eslint-plugin');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');

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
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: withTests(['type:composition', 'type:schema', 'type:domain', 'type:core']) },
      { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:schema', 'type:domain', 'type:core'] },
      // The schema composes every domain's migrations into one history, outside core.
      { sourceTag: 'type:schema', onlyDependOnLibsWithTags: ['type:domain', 'type:core'] },
      { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:core'] },
      { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
      { sourceTag: 'type:test-support', onlyDependOnLibsWithTags: ['type:composition', 'type:schema', 'type:domain', 'type:core'] },
      { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:test-support', 'type:composition', 'type:schema', 'type:domain', 'type:core'] },
    ],
  };
}

/** Selectors for the one after-commit mechanism (see below). */
const AFTER_COMMIT = [
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
];

/** A raw `query(` call (DataSource, EntityManager, QueryRunner) outside a *.queries.ts module. */
const RAW_SQL = [
  {
    selector: "CallExpression[callee.property.name='query']",
    message: 'Raw SQL goes in the feature’s *.queries.ts with defineQuery (typed parameters and rows, EXPLAINed by a test); call it with .all/.one/.affected.',
  },
];

module.exports = tseslint.config(
  // apps/web/src/graphql/generated: written by GraphQL Code Generator (npm run codegen), checked by codegen:check.
  { ignores: ['**/dist', '**/node_modules', '**/.nx', 'coverage', 'tmp', 'apps/web/src/graphql/generated'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      // apps → composition → domains → core. A domain reaches another only through its index.ts (the
      // rule forbids deep imports across projects) and never in a cycle; core knows no domain.
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
    // One after-commit mechanism, in core: staging a job (Outbox.stage) or a task
    // (AfterCommit.run) inside a transaction sends it once that transaction commits. Outside
    // core nothing dispatches staged work by hand, carries it out of a transaction as
    // `staged`, or listens to TypeORM's transaction events itself.
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'tests/**/*.ts'],
    ignores: ['libs/core/**'],
    rules: { 'no-restricted-syntax': ['error', ...AFTER_COMMIT] },
  },
  {
    // Raw SQL lives in a feature's *.queries.ts (defineQuery: typed parameters, camelCase rows,
    // planned by apps/api/src/queries-explain.int.spec.ts). Repeats the after-commit selectors:
    // a later config's options for one rule replace an earlier one's.
    files: ['libs/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    ignores: [
      'libs/core/**',
      '**/migrations/**',
      '**/*.queries.ts',
      '**/*.spec.ts',
      '**/testing/**',
      // The demo world is seed data for development, never run in production.
      'libs/composition/src/demo/**',
    ],
    rules: { 'no-restricted-syntax': ['error', ...AFTER_COMMIT, ...RAW_SQL] },
  },
  {
    // Resolvers are thin: parse input, call one service method, map the result. Transactions,
    // managers and repositories belong to services.
    files: ['**/*.resolver.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', message: 'Resolvers stay thin: move database work (DataSource, EntityManager, transactions) into a service method.' },
            { name: '@nestjs/typeorm', message: 'Resolvers stay thin: inject a service, not a DataSource or repository.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
