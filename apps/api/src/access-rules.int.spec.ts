import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GraphQLObjectType } from 'graphql';
import { AccessRulesExplorer } from '@kindred/core';
import { startTestApi } from '@kindred/test-support/test-api';

/**
 * The operations anyone may call without signing in. Adding one here is a deliberate,
 * reviewed decision; everything else must name who may call it.
 */
const PUBLIC_OPERATIONS = [
  'Mutation.login',
  'Mutation.refreshSession',
  'Mutation.register',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  'Mutation.verifyEmail',
  'Query.alliance',
  'Query.alliances',
  'Query.barc10Statements',
  'Query.crisisSupport',
  'Query.health',
  'Query.publicStories',
  'Query.recoveryCapitalGuide',
  'Query.recoveryTags',
].sort();

describe('deny by default', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('access-rules'));
  });

  afterAll(() => stop());

  const rootFields = (): string[] => {
    const schema = app.get(GraphQLSchemaHost).schema;
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((type): type is GraphQLObjectType => Boolean(type));
    return roots.flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`)).sort();
  };

  it('gives every query, mutation and subscription in the schema an explicit access rule', () => {
    const operations = app.get(AccessRulesExplorer).operations();
    const ruled = new Set(operations.filter((operation) => operation.rule).map((operation) => `${operation.type}.${operation.name}`));
    const withoutRule = rootFields().filter((field) => !ruled.has(field));
    expect(withoutRule).toEqual([]);
    expect(rootFields().length).toBeGreaterThan(10);
  });

  it('makes public exactly the listed operations', () => {
    const publicOperations = app
      .get(AccessRulesExplorer)
      .operations()
      .filter((operation) => operation.rule?.kind === 'public')
      .map((operation) => `${operation.type}.${operation.name}`)
      .sort();
    expect(publicOperations).toEqual(PUBLIC_OPERATIONS);
  });
});
