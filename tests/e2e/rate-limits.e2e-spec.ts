import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { testRunId } from '@kindred/core/testing';
import { clientAddressFor, graphql, type GraphqlResponse } from '@kindred/test-support/graphql-client';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';

const sharedApiUrl = (): string => process.env['E2E_API_URL'] ?? '';
// Per-IP limits are counted for the whole run: this file signs in from an address of its own.
const fromThisFile = { sourceAddress: clientAddressFor(basename(__filename)) };

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const ACCOUNT_LIMIT = 10;
const WINDOW_SECONDS = 15 * 60;

interface Person {
  email: string;
  password: string;
}

async function register(apiUrl: string): Promise<Person> {
  const person = { email: `limits-${randomBytes(5).toString('hex')}@example.org`, password: `river stones ${randomBytes(4).toString('hex')}` };
  const registered = await graphql(
    apiUrl,
    'mutation($input: RegisterInput!) { register(input: $input) { ok } }',
    { input: { ...person, displayName: 'Limit Tester' } },
    undefined,
    fromThisFile,
  );
  expect(registered.errors).toBeUndefined();
  return person;
}

function login(apiUrl: string, email: string, password: string): Promise<GraphqlResponse<{ login: { accessToken: string } }>> {
  return graphql<{ login: { accessToken: string } }>(apiUrl, LOGIN, { email, password }, undefined, fromThisFile);
}

const codeOf = (response: GraphqlResponse<unknown>): unknown => response.errors?.[0]?.extensions?.['code'];

describe('rate limiting across two API processes', () => {
  let second: RunningProcess | undefined;

  beforeAll(async () => {
    second = await startProcess('api', { ...e2eEnvironment(testRunId()), RUN_MIGRATIONS: 'false' }, 'api-second');
  });

  afterAll(async () => {
    if (second) await stopProcess(second);
  });

  it('counts failed sign-ins for one account on both copies, refuses the 11th wherever it lands, and only for that account', async () => {
    const copies = [sharedApiUrl(), second?.url ?? ''];
    expect(copies[0]).not.toBe(copies[1]);
    const person = await register(copies[0] ?? '');

    // Ten wrong passwords, alternating copies: each copy sees only five of them.
    for (let attempt = 1; attempt <= ACCOUNT_LIMIT; attempt++) {
      const refused = await login(copies[attempt % 2] ?? '', person.email, 'not the password at all');
      expect({ attempt, code: codeOf(refused) }).toEqual({ attempt, code: 'UNAUTHENTICATED' });
    }

    const eleventh = await login(copies[(ACCOUNT_LIMIT + 1) % 2] ?? '', person.email, 'not the password at all');
    expect(codeOf(eleventh)).toBe('RATE_LIMITED');
    const retryAfterSeconds = eleventh.errors?.[0]?.extensions?.['retryAfterSeconds'];
    expect(retryAfterSeconds).toEqual(expect.any(Number));
    expect(retryAfterSeconds).toBeGreaterThan(0);
    expect(retryAfterSeconds).toBeLessThanOrEqual(WINDOW_SECONDS);

    // While limited, even the right password is refused, on either copy, and no token is given.
    for (const url of copies) {
      const rightPassword = await login(url, person.email, person.password);
      expect(codeOf(rightPassword)).toBe('RATE_LIMITED');
      expect(rightPassword.data?.login).toBeUndefined();
    }

    // The limit is on that account: another one signs in from the same address meanwhile.
    const other = await register(copies[1] ?? '');
    for (const url of copies) {
      const signedIn = await login(url, other.email, other.password);
      expect(signedIn.errors).toBeUndefined();
      expect(signedIn.data?.login.accessToken).toEqual(expect.any(String));
    }
  });
});
