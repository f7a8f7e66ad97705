import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { PlatformRole } from '@kindred/core';
import { callAs, createAccount, type TestAccount } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';

/**
 * Property-based fuzzing of every operation in the committed SDL (kept equal to the built
 * schema by schema.int.spec.ts), as a signed-in member and as an administrator: values of
 * the right shape (often real ids) and hostile ones (NUL, lone surrogates, huge strings,
 * malformed ids, out-of-range numbers, unknown enum values, nested inputs with missing or
 * extra fields). Whatever comes back must be a refusal or an answer: never an internal
 * error, a stack trace or SQL. Bounded: a fixed seed and a few runs per operation.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
// A few runs keep the suite near a minute; FUZZ_RUNS=20 FUZZ_SEED=7 digs deeper by hand.
const RUNS_PER_PERSONA = Number(process.env['FUZZ_RUNS'] ?? 4);
const SEED = Number(process.env['FUZZ_SEED'] ?? 16);

const STACK_TRACE = /\n\s+at |\.(?:js|ts|mjs):\d+:\d+|stacktrace/;
const SQL_OR_DRIVER_TEXT =
  /QueryFailedError|PostgresQueryRunner|typeorm|syntax error at or near|violates [a-z -]*constraint|invalid input (?:syntax|value) for|duplicate key value|out of range for type|invalid byte sequence|Unicode escape sequence|relation "|column "|\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^\n]*"[a-z_]+"/i;

type Persona = 'member' | 'admin';

interface KnownIds {
  ids: string[];
}

const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'calm\u0000day',
    '\uD800',
    'half \uDFFF',
    "'; drop table users; --",
    '%_\\',
    '\u202Ereversed',
    'x'.repeat(20_000),
    '🌱'.repeat(3_000),
    'null',
    '-1',
    '9999999999999999999999',
    '0000-00-00',
    '2024-02-30',
    '25:61',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const validText = fc.oneof(
  fc.constantFrom('A quiet walk by the river', 'en', 'fr', 'EUR', 'Europe/Lisbon', '09:30', 'peer.meeting', 'person@example.org'),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.string({ minLength: 1, maxLength: 60 }),
);

function idArbitrary(known: KnownIds): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...known.ids), weight: 3 },
    { arbitrary: fc.uuid(), weight: 2 },
    { arbitrary: hostileText, weight: 1 },
    { arbitrary: fc.integer(), weight: 1 },
  );
}

function scalarArbitrary(name: string, known: KnownIds): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return idArbitrary(known);
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -5, max: 120 }),
        fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, Number.MAX_SAFE_INTEGER, 1.5),
        fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
      );
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -1, 1e308));
    case 'Boolean':
      return fc.oneof({ arbitrary: fc.boolean(), weight: 4 }, { arbitrary: fc.constantFrom('true', 1), weight: 1 });
    case 'DateTime':
      return fc.oneof(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
        fc.constantFrom('+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', ''),
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      );
    default:
      return fc.oneof({ arbitrary: validText, weight: 3 }, { arbitrary: hostileText, weight: 2 });
  }
}

/** Values for an input type: mostly well-shaped, sometimes hostile, nested inputs included. */
function valueArbitrary(type: GraphQLInputType, known: KnownIds, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ arbitrary: valueArbitrary(type.ofType, known, depth), weight: 20 }, { arbitrary: fc.constant(null), weight: 1 });
  }
  const inner = getNullableType(type);
  let present: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const item = valueArbitrary(inner.ofType as GraphQLInputType, known, depth + 1);
    present = fc.oneof(
      { arbitrary: fc.array(item, { maxLength: 4 }), weight: 6 },
      { arbitrary: fc.array(item, { minLength: 150, maxLength: 300 }), weight: 1 },
    );
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const shaped = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, depth > 3 ? fc.constant(null) : valueArbitrary(field.type, known, depth + 1)])),
      { requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name) },
    );
    present = fc.oneof(
      { arbitrary: shaped, weight: 8 },
      { arbitrary: shaped.map((value) => ({ ...value, notInTheSchema: 'surprise' })), weight: 1 },
      { arbitrary: fc.constant({}), weight: 1 },
    );
  } else if (isEnumType(inner)) {
    present = fc.oneof({ arbitrary: fc.constantFrom(...inner.getValues().map((value) => value.name)), weight: 6 }, { arbitrary: hostileText, weight: 1 });
  } else {
    present = scalarArbitrary(inner.name, known);
  }
  return fc.oneof({ arbitrary: present, weight: 5 }, { arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: fc.constant(null), weight: 1 });
}

function argumentsArbitrary(field: GraphQLField<unknown, unknown>, known: KnownIds): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(field.args.map((arg, index) => [`a${index}`, valueArbitrary(arg.type, known)])), { requiredKeys: [] });
}

function documentFor(operation: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg, index) => `$a${index}: ${String(arg.type)}`).join(', ');
  const uses = field.args.map((arg, index) => `${arg.name}: $a${index}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection} }`;
}

interface GraphqlError {
  message?: string;
  extensions?: { code?: string };
}

/** Why a response is unacceptable, or null when it is a proper answer or refusal. */
function problemWith(status: number, text: string): string | null {
  if (status >= 500) return `HTTP ${status}: ${text.slice(0, 500)}`;
  // Over HTTP a body with `errors`; over WebSocket a result, or the errors themselves.
  const body = JSON.parse(text || '{}') as { errors?: GraphqlError[] } | GraphqlError[];
  const errors = Array.isArray(body) ? body : (body.errors ?? []);
  const internal = errors.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
  if (internal) return `an internal error: ${JSON.stringify(internal)}`;
  const stack = STACK_TRACE.exec(text);
  if (stack) return `a stack trace: …${text.slice(Math.max(0, stack.index - 200), stack.index + 200)}…`;
  const sql = SQL_OR_DRIVER_TEXT.exec(text);
  if (sql) return `SQL or driver text: …${text.slice(Math.max(0, sql.index - 200), sql.index + 200)}…`;
  return null;
}

const rootFields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});
const OPERATIONS = [
  ...rootFields(schema.getQueryType()).map((field) => ['query', field] as const),
  ...rootFields(schema.getMutationType()).map((field) => ['mutation', field] as const),
];
const SUBSCRIPTIONS = rootFields(schema.getSubscriptionType());

describe('every operation under fuzzing', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let url = '';
  const people: Record<Persona, TestAccount | undefined> = { member: undefined, admin: undefined };
  const known: KnownIds = { ids: [] };

  const roleOf: Record<Persona, PlatformRole> = { member: PlatformRole.MEMBER, admin: PlatformRole.ADMIN };
  /** The persona, signed in with its role: fuzzed calls may sign it out or revoke its role. */
  const persona = async (name: Persona): Promise<TestAccount> => {
    const current = people[name];
    if (current) {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${current.accessToken}` },
        payload: { query: '{ me { roles } }' },
      });
      if (response.json<{ data?: { me?: { roles: string[] } } }>().data?.me?.roles.includes(roleOf[name])) return current;
    }
    const fresh = await createAccount(app, [roleOf[name]]);
    people[name] = fresh;
    known.ids.push(fresh.userId);
    return fresh;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('fuzz'));
    const [member, admin] = await Promise.all([persona('member'), persona('admin')]);
    const { createAlliance } = await callAs<{ createAlliance: { id: string } }>(
      app,
      admin,
      'mutation($i: AllianceInput!) { createAlliance(input: $i) { id } }',
      {
        i: {
          name: 'Fuzz alliance',
          region: 'Norte',
          city: 'Porto',
          postcodePrefixes: ['40'],
          languages: ['pt'],
          currency: 'EUR',
          crisisResources: [],
          partnerOrganisations: [],
        },
      },
    );
    known.ids.push(createAlliance.id);
    await callAs(app, member, 'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }', { a: createAlliance.id });
    await app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  });

  afterAll(() => stop());

  it.each(OPERATIONS.map(([operation, field]) => [`${operation} ${field.name}`, operation, field] as const))('%s', async (_title, operation, field) => {
    const document = documentFor(operation, field);
    for (const name of ['member', 'admin'] as const) {
      await fc.assert(
        fc.asyncProperty(argumentsArbitrary(field, known), async (variables) => {
          const account = await persona(name);
          const response = await app.inject({
            method: 'POST',
            url: '/graphql',
            remoteAddress: '10.16.0.1',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${account.accessToken}` },
            payload: { query: document, variables },
          });
          const problem = problemWith(response.statusCode, response.body);
          if (problem) throw new Error(`${problem} (as ${name})`);
        }),
        { seed: SEED, numRuns: RUNS_PER_PERSONA, endOnFailure: true },
      );
    }
  });

  it.each(SUBSCRIPTIONS.map((field) => [field.name, field] as const))('subscription %s', async (_title, field) => {
    const document = documentFor('subscription', field);
    for (const name of ['member', 'admin'] as const) {
      const account = await persona(name);
      const client: Client = createClient({
        url,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${account.accessToken}` },
      });
      try {
        await fc.assert(
          fc.asyncProperty(argumentsArbitrary(field, known), async (variables) => {
            // The first message, or quiet for a moment: a live subscription waits for events.
            const first = await new Promise<string>((resolve) => {
              const timer = setTimeout(() => (dispose(), resolve('')), 300);
              const dispose = client.subscribe(
                { query: document, variables },
                {
                  next: (result) => (clearTimeout(timer), dispose(), resolve(JSON.stringify(result))),
                  error: (error) => (clearTimeout(timer), resolve(JSON.stringify(error))),
                  complete: () => (clearTimeout(timer), resolve('')),
                },
              );
            });
            const problem = problemWith(200, first);
            if (problem) throw new Error(`${problem} (as ${name})`);
          }),
          { seed: SEED, numRuns: RUNS_PER_PERSONA, endOnFailure: true },
        );
      } finally {
        await client.dispose();
      }
    }
  });
});
