import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PlatformRole } from '@kindred/core';
import { productionEnvironment } from '@kindred/test-support/production-environment';
import { startTestApi } from '@kindred/test-support/test-api';
import { createAccount, post as postGraphql } from '@kindred/test-support/api-client';

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('API over HTTP (real PostgreSQL and Redis)', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query, variables },
    });
    return { response, body: response.json<GraphqlBody>() };
  };
  const postAs = (accessToken: string, query: string, variables: Record<string, unknown> = {}) => postGraphql(app, query, variables, accessToken);

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('api'));
  });

  afterAll(() => stop());

  describe('abusive queries', () => {
    it('refuses a query nested 20 levels deep with a clear error', async () => {
      let selection = 'name';
      for (let level = 0; level < 19; level += 1) selection = `ofType { ${selection} }`;
      const { body } = await post(`{ __type(name: "Query") { fields { type { ${selection} } } } }`);
      expect(body.data).toBeUndefined();
      const messages = body.errors?.map((error) => error.message) ?? [];
      expect(messages).toContainEqual(expect.stringMatching(/depth limit of 10 exceeded/i));
      expect(body.errors?.every((error) => error.extensions?.['code'] === 'BAD_USER_INPUT')).toBe(true);
    });

    it('refuses a query with 500 aliases', async () => {
      const aliases = Array.from({ length: 500 }, (_, index) => `a${index}: __typename`).join(' ');
      const { response, body } = await post(`{ ${aliases} }`);
      expect(response.statusCode).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toMatch(/1000 tokens/);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('refuses more than 15 aliases even in a short query', async () => {
      const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: health { status }`).join(' ');
      const { body } = await post(`{ ${aliases} }`);
      expect(body.errors?.[0]?.message).toMatch(/aliases limit of 15 exceeded/i);
      expect(body.data).toBeUndefined();
    });

    it('accepts an ordinary query with a few aliases', async () => {
      const { body } = await post('{ first: health { status } second: health { status } }');
      expect(body).toEqual({ data: { first: { status: 'ok' }, second: { status: 'ok' } } });
    });

    it('refuses batched requests', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: [{ query: '{ __typename }' }, { query: '{ __typename }' }],
      });
      expect(response.statusCode).toBe(400);
    });
  });

  describe('transport rules for personal data', () => {
    it('answers with Cache-Control: no-store and a request id', async () => {
      const { response } = await post('{ __typename }');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toContain('no-store');
      expect(response.headers['x-request-id']).toEqual(expect.any(String));
    });

    it('keeps a sensible caller-provided request id', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', 'x-request-id': 'trace-1234abcd' },
        payload: { query: '{ __typename }' },
      });
      expect(response.headers['x-request-id']).toBe('trace-1234abcd');
    });

    it('refuses GraphQL over GET so nothing personal travels in a URL', async () => {
      const response = await app.inject({ method: 'GET', url: '/graphql?query=%7B__typename%7D' });
      expect(response.statusCode).toBe(405);
      expect(response.json<GraphqlBody>().errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('blocks cross-site form posts (CSRF prevention)', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({ query: 'mutation { requestSystemCheck { id } }' }),
      });
      expect(response.statusCode).toBe(400);
      const rows = await app.get(DataSource).query('SELECT count(*)::int AS count FROM system_checks');
      expect(rows[0].count).toBe(0);
    });
  });

  describe('errors', () => {
    it('maps a missing record to NOT_FOUND with a kind message', async () => {
      const admin = await createAccount(app, [PlatformRole.ADMIN]);
      const body = await postAs(admin.accessToken, 'query($id: ID!) { systemCheck(id: $id) { id } }', {
        id: '00000000-0000-4000-8000-000000000000',
      });
      expect(body.errors?.[0]).toMatchObject({
        message: 'We could not find that system check.',
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it('maps a malformed query to BAD_USER_INPUT without a stack trace', async () => {
      const { body } = await post('{ systemChecks(first: "many") { edges { cursor } } }');
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toContain('stacktrace');
    });

    it('explains a damaged page cursor', async () => {
      const admin = await createAccount(app, [PlatformRole.ADMIN]);
      const body = await postAs(admin.accessToken, '{ systemChecks(first: 5, after: "garbage") { edges { cursor } } }');
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    });
  });

  describe('health', () => {
    it('is live and ready when PostgreSQL and Redis answer', async () => {
      expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, redis: { status: 'up' } } });
    });

    it('answers 503 naming PostgreSQL when the database is unreachable', async () => {
      await app.get(DataSource).destroy();
      const ready = await app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({
        status: 'error',
        error: { postgres: { status: 'down' } },
        info: { redis: { status: 'up' } },
      });
    });
  });
});

describe('API readiness without Redis', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    // Nothing listens on port 1: Redis is down from the API's point of view.
    ({ app, stop } = await startTestApi('api-no-redis', { REDIS_URL: 'redis://127.0.0.1:1' }));
  });

  afterAll(() => stop());

  it('still starts, and answers 503 naming Redis', async () => {
    expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({
      status: 'error',
      error: { redis: { status: 'down' } },
      info: { postgres: { status: 'up' } },
    });
  });
});

describe('API in production mode', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  const post = async (query: string, variables: Record<string, unknown> = {}) =>
    (
      await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query, variables },
      })
    ).json<GraphqlBody>();

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('api-production', productionEnvironment()));
  });

  afterAll(() => stop());

  it('turns introspection off', async () => {
    const body = await post('{ __schema { types { name } } }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it('does not suggest field names to someone probing the schema', async () => {
    const body = await post('{ healt { status } }');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/did you mean|health/i);
  });

  it('does not suggest enum values or input fields either, when a variable is refused', async () => {
    const wrongEnum = await post('mutation($r: PlatformRole!) { grantRole(role: $r, userId: "00000000-0000-4000-8000-000000000000") { id } }', { r: 'ADMINN' });
    const wrongField = await post('mutation($i: RegisterInput!) { register(input: $i) { ok } }', {
      i: { emial: 'someone@example.org', email: 'someone@example.org', password: 'a long calm phrase', displayName: 'Sam' },
    });
    for (const body of [wrongEnum, wrongField]) {
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).not.toMatch(/did you mean/i);
    }
    expect(JSON.stringify(wrongEnum)).not.toContain('"ADMIN"');
  });

  it('answers ordinary queries', async () => {
    expect(await post('{ health { status } }')).toEqual({ data: { health: { status: 'ok' } } });
  });
});
