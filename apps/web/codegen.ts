import type { CodegenConfig } from '@graphql-codegen/cli';

// Every GraphQL document in the app is typed from the committed schema; `codegen:check`
// fails when src/graphql/generated is stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        strictScalars: false,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
