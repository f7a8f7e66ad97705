import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  isIntrospectionType,
  isObjectType,
  isInputObjectType,
  isInterfaceType,
  isEnumType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { startTestApi } from '@kindred/test-support/test-api';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');
const HEADER = '# Generated from the code-first resolvers. Do not edit: run `npm run schema:update`.\n\n';

/** Every named type, field, argument and enum value that lacks a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || type.name.startsWith('__')) continue;
    if (['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
    const isRootType = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type as never);
    if (!type.description && !isRootType) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('GraphQL schema', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('schema'));
    schema = app.get(GraphQLSchemaHost).schema;
  });

  afterAll(() => stop());

  it('matches the committed apps/api/schema.graphql', () => {
    const printed = HEADER + printSchema(lexicographicSortSchema(schema));
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, printed);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    // When this fails, the schema changed: review the difference, then `npm run schema:update`.
    expect(printed).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });
});
