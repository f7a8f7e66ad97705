import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { Client } from 'graphql-ws';
import { TEST_REDIS_URL, testRunId } from '@kindred/core/testing';
import { createAdmin, registerAndSignIn, signIn, type E2eAccount } from '@kindred/test-support/accounts';
import { clientAddressFor, firstResult, graphql, webSocketClient, type GraphqlResponse } from '@kindred/test-support/graphql-client';
import { eventually } from '@kindred/test-support/polling';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';

const apiUrl = (): string => process.env['E2E_API_URL'] ?? '';
// Per-IP limits are counted for the whole run: this file signs in from an address of its own.
const fromThisFile = { sourceAddress: clientAddressFor(basename(__filename)) };

interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

interface SystemCheck {
  id: string;
  status: 'PENDING' | 'COMPLETED';
}

const TOKEN_FIELDS = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt';
const ME = '{ me { email displayName emailVerified } }';
const CHECK_COMPLETED = 'subscription($id: ID!) { systemCheckCompleted(id: $id) { id status } }';

function call<T>(query: string, variables: Record<string, unknown> = {}, accessToken?: string, url = apiUrl()): Promise<GraphqlResponse<T>> {
  return graphql<T>(url, query, variables, accessToken, fromThisFile);
}

const codeOf = (response: GraphqlResponse<unknown>): unknown => response.errors?.[0]?.extensions?.['code'];

async function login(email: string, password: string): Promise<SessionTokens> {
  const response = await call<{ login: SessionTokens }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ${TOKEN_FIELDS} } }`,
    { email, password },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.login as SessionTokens;
}

function refresh(refreshToken: string): Promise<GraphqlResponse<{ refreshSession: SessionTokens }>> {
  return call<{ refreshSession: SessionTokens }>(`mutation($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${TOKEN_FIELDS} } }`, {
    refreshToken,
  });
}

function me(accessToken: string): Promise<GraphqlResponse<{ me: { email: string; displayName: string } }>> {
  return call<{ me: { email: string; displayName: string } }>(ME, {}, accessToken);
}

async function expectSignedOut(accessToken: string): Promise<void> {
  const response = await me(accessToken);
  expect(codeOf(response)).toBe('UNAUTHENTICATED');
  expect(response.data?.me).toBeUndefined();
}

async function requestCompletedCheck(admin: E2eAccount): Promise<string> {
  const requested = await call<{ requestSystemCheck: SystemCheck }>('mutation { requestSystemCheck { id } }', {}, admin.accessToken);
  expect(requested.errors).toBeUndefined();
  const id = requested.data?.requestSystemCheck.id ?? '';
  await eventually('the worker to complete the system check', async () => {
    const read = await call<{ systemCheck: SystemCheck }>('query($id: ID!) { systemCheck(id: $id) { status } }', { id }, admin.accessToken);
    return read.data?.systemCheck.status === 'COMPLETED' ? true : undefined;
  });
  return id;
}

/** How the server closed a socket that tried to subscribe with this token, if it did. */
async function closeCodeWhenSubscribing(accessToken: string | undefined, id: string): Promise<number | undefined> {
  let closedWith: number | undefined;
  const client = webSocketClient(apiUrl(), accessToken, (code) => (closedWith = code));
  try {
    await expect(firstResult(client, CHECK_COMPLETED, { id })).rejects.toBeDefined();
  } finally {
    await client.dispose();
  }
  return closedWith;
}

/** One subscription on its own socket, recording everything it hears until it ends. */
function watch<T>(url: string, accessToken: string | undefined, query: string, variables: Record<string, unknown>) {
  const heard = { results: [] as GraphqlResponse<T>[], errors: [] as unknown[], closeCodes: [] as number[], ended: false };
  let connected!: () => void;
  const connectedPromise = new Promise<void>((resolve) => (connected = resolve));
  const client: Client = webSocketClient(url, accessToken, (code) => heard.closeCodes.push(code));
  client.on('connected', () => connected());
  client.subscribe<T>(
    { query, variables },
    {
      next: (result) => heard.results.push({ status: 200, data: result.data as T | null | undefined, errors: result.errors as GraphqlResponse<T>['errors'] }),
      error: (error) => {
        heard.errors.push(error);
        heard.ended = true;
      },
      complete: () => (heard.ended = true),
    },
  );
  return { heard, connected: connectedPromise, dispose: () => client.dispose() };
}

describe('a person’s sessions', () => {
  it('from registration: sign in, read the account, rotate tokens, and lose the session when an old refresh token is reused', async () => {
    const email = `sessions-${randomBytes(5).toString('hex')}@example.org`;
    const password = `lantern harbour ${randomBytes(4).toString('hex')}`;
    const registered = await call<{ register: { ok: boolean } }>('mutation($input: RegisterInput!) { register(input: $input) { ok } }', {
      input: { email, password, displayName: 'Robin Meadow' },
    });
    expect(registered.data?.register.ok).toBe(true);

    const first = await login(email, password);
    expect(new Date(first.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(first.refreshTokenExpiresAt).getTime()).toBeGreaterThan(new Date(first.accessTokenExpiresAt).getTime());
    const mine = await me(first.accessToken);
    expect(mine.status).toBe(200);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.me).toMatchObject({ email, displayName: 'Robin Meadow' });

    const rotated = await refresh(first.refreshToken);
    expect(rotated.errors).toBeUndefined();
    const second = rotated.data?.refreshSession as SessionTokens;
    expect(second.refreshToken).toEqual(expect.any(String));
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // The new access token works, and so does the old one until it expires.
    expect((await me(second.accessToken)).data?.me.displayName).toBe('Robin Meadow');
    expect((await me(first.accessToken)).data?.me.displayName).toBe('Robin Meadow');

    // The old refresh token again: someone copied it. Refused, and the whole session ends.
    const reused = await refresh(first.refreshToken);
    expect(codeOf(reused)).toBe('UNAUTHENTICATED');
    expect(reused.data?.refreshSession).toBeUndefined();
    expect(codeOf(await refresh(second.refreshToken))).toBe('UNAUTHENTICATED');
    await expectSignedOut(second.accessToken);
    await expectSignedOut(first.accessToken);

    // Signing in again opens a new session.
    const again = await login(email, password);
    expect((await me(again.accessToken)).data?.me.email).toBe(email);
  });

  it('logout signs out that device only, and its refresh token stops working', async () => {
    const person = await registerAndSignIn(apiUrl(), fromThisFile);
    const otherDevice = await signIn(apiUrl(), person.email, person.password, fromThisFile);

    const loggedOut = await call<{ logout: { ok: boolean } }>('mutation { logout { ok } }', {}, person.accessToken);
    expect(loggedOut.data?.logout.ok).toBe(true);

    await expectSignedOut(person.accessToken);
    expect(codeOf(await refresh(person.refreshToken))).toBe('UNAUTHENTICATED');
    expect((await me(otherDevice.accessToken)).data?.me.email).toBe(person.email);
  });

  it('logoutEverywhere signs out every device of that person at once, and nobody else', async () => {
    const person = await registerAndSignIn(apiUrl(), fromThisFile);
    const otherDevice = await signIn(apiUrl(), person.email, person.password, fromThisFile);
    const someoneElse = await registerAndSignIn(apiUrl(), fromThisFile);

    const everywhere = await call<{ logoutEverywhere: { ok: boolean; message: string } }>(
      'mutation { logoutEverywhere { ok message } }',
      {},
      otherDevice.accessToken,
    );
    expect(everywhere.data?.logoutEverywhere).toEqual({ ok: true, message: expect.stringContaining('(2 in all)') });

    await expectSignedOut(person.accessToken);
    await expectSignedOut(otherDevice.accessToken);
    expect(codeOf(await refresh(person.refreshToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await refresh(otherDevice.refreshToken))).toBe('UNAUTHENTICATED');
    expect((await me(someoneElse.accessToken)).data?.me.email).toBe(someoneElse.email);
  });
});

describe('sessions and live events over graphql-ws', () => {
  let requester: E2eAccount;

  beforeAll(async () => {
    requester = await createAdmin(apiUrl(), e2eEnvironment(testRunId()), fromThisFile);
  });

  it('closes an anonymous socket with 4401 before it can subscribe, and refuses a member with FORBIDDEN', async () => {
    const id = await requestCompletedCheck(requester);
    const member = await registerAndSignIn(apiUrl(), fromThisFile);
    expect(await closeCodeWhenSubscribing(undefined, id)).toBe(4401);
    const client = webSocketClient(apiUrl(), member.accessToken);
    try {
      const result = await firstResult<{ systemCheckCompleted: SystemCheck }>(client, CHECK_COMPLETED, { id });
      expect({ code: codeOf(result), data: result.data ?? null }).toEqual({ code: 'FORBIDDEN', data: null });
    } finally {
      await client.dispose();
    }
  });

  it('gives nothing to a session that was signed out before it subscribed', async () => {
    const admin = await createAdmin(apiUrl(), e2eEnvironment(testRunId()), fromThisFile);
    const secondDevice = await signIn(apiUrl(), admin.email, admin.password, fromThisFile);
    const id = await requestCompletedCheck(requester);

    // Control: while signed in, the second device is sent the completed check at once.
    const control = webSocketClient(apiUrl(), secondDevice.accessToken);
    try {
      const delivered = await firstResult<{ systemCheckCompleted: SystemCheck }>(control, CHECK_COMPLETED, { id });
      expect(delivered.data?.systemCheckCompleted).toEqual({ id, status: 'COMPLETED' });
    } finally {
      await control.dispose();
    }

    const everywhere = await call<{ logoutEverywhere: { ok: boolean } }>('mutation { logoutEverywhere { ok } }', {}, admin.accessToken);
    expect(everywhere.data?.logoutEverywhere.ok).toBe(true);

    for (const accessToken of [admin.accessToken, secondDevice.accessToken]) {
      expect(await closeCodeWhenSubscribing(accessToken, id)).toBe(4401);
    }
  });

  describe('a subscriber already listening when its session is revoked', () => {
    // An API copy of its own, on a Redis prefix that no worker serves yet: a check requested
    // through it stays PENDING until this test starts a worker, so the event comes after the
    // revocation, for certain.
    const liveEnvironment = (): Record<string, string> => ({
      ...e2eEnvironment(testRunId()),
      RUN_MIGRATIONS: 'false',
      REDIS_PREFIX: `${testRunId()}-live`,
    });
    let liveApi: RunningProcess | undefined;
    let liveWorker: RunningProcess | undefined;

    beforeAll(async () => {
      liveApi = await startProcess('api', liveEnvironment(), 'api-live');
    });

    afterAll(async () => {
      await Promise.all([liveApi, liveWorker].map((running) => (running ? stopProcess(running) : undefined)));
    });

    it('is not sent the event: the socket is closed with 4401 at once, while a signed-in subscriber receives it', async () => {
      const liveUrl = liveApi?.url ?? '';
      const revoked = await createAdmin(apiUrl(), e2eEnvironment(testRunId()), fromThisFile);
      const requested = await call<{ requestSystemCheck: SystemCheck }>('mutation { requestSystemCheck { id status } }', {}, requester.accessToken, liveUrl);
      expect(requested.data?.requestSystemCheck.status).toBe('PENDING');
      const id = requested.data?.requestSystemCheck.id ?? '';

      const listening = watch<{ systemCheckCompleted: SystemCheck }>(liveUrl, revoked.accessToken, CHECK_COMPLETED, { id });
      const control = watch<{ systemCheckCompleted: SystemCheck }>(liveUrl, requester.accessToken, CHECK_COMPLETED, { id });
      try {
        await Promise.all([listening.connected, control.connected]);
        // Both are subscribed to a check nobody can complete yet.
        const stillPending = await call<{ systemCheck: SystemCheck }>(
          'query($id: ID!) { systemCheck(id: $id) { status } }',
          { id },
          requester.accessToken,
          liveUrl,
        );
        expect(stillPending.data?.systemCheck.status).toBe('PENDING');

        // Through the API copy the socket is on: copies hear each other only on the same Redis prefix.
        const everywhere = await call<{ logoutEverywhere: { ok: boolean } }>('mutation { logoutEverywhere { ok } }', {}, revoked.accessToken, liveUrl);
        expect(everywhere.data?.logoutEverywhere.ok).toBe(true);
        // Signing out ends the socket itself, without waiting for an event.
        await eventually('the revoked subscriber’s subscription to end', () => (listening.heard.ended ? true : undefined));
        expect(listening.heard.closeCodes).toEqual([4401]);

        liveWorker = await startProcess('worker', liveEnvironment(), 'worker-live');
        const delivered = await eventually('the signed-in subscriber to receive the completed check', () => control.heard.results[0]);
        expect(delivered.data?.systemCheckCompleted).toEqual({ id, status: 'COMPLETED' });
        expect(listening.heard.results.filter((result) => result.data)).toEqual([]);
      } finally {
        await Promise.all([listening.dispose(), control.dispose()]);
      }
    });

    it('is not sent the event once it has lost the role it subscribed with', async () => {
      // No worker serves this prefix while the subscriber is listening, as above.
      if (liveWorker) await stopProcess(liveWorker);
      liveWorker = undefined;
      const liveUrl = liveApi?.url ?? '';
      const demoted = await createAdmin(apiUrl(), e2eEnvironment(testRunId()), fromThisFile);
      const demotedId = (await call<{ me: { id: string } }>('{ me { id } }', {}, demoted.accessToken)).data?.me.id;
      const requested = await call<{ requestSystemCheck: SystemCheck }>('mutation { requestSystemCheck { id status } }', {}, requester.accessToken, liveUrl);
      const id = requested.data?.requestSystemCheck.id ?? '';

      const listening = watch<{ systemCheckCompleted: SystemCheck }>(liveUrl, demoted.accessToken, CHECK_COMPLETED, { id });
      let control: ReturnType<typeof watch<{ systemCheckCompleted: SystemCheck }>> | undefined;
      const redis = new Redis(TEST_REDIS_URL);
      try {
        await listening.connected;
        // Harness synchronisation, not an assertion: the API listens on this channel only once
        // the subscription passed its access check, so the role is taken away from a
        // subscriber that is already live (the path this test is about), never before.
        const channel = `${liveEnvironment()['REDIS_PREFIX']}:events:operations.system-check.completed`;
        await eventually('the subscription to be live on the API', async () => {
          const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
          return count > 0 ? true : undefined;
        });
        control = watch<{ systemCheckCompleted: SystemCheck }>(liveUrl, requester.accessToken, CHECK_COMPLETED, { id });
        await control.connected;
        const revoked = await call<{ revokeRole: { roles: string[] } }>(
          'mutation($id: ID!) { revokeRole(userId: $id, role: ADMIN) { roles } }',
          { id: demotedId },
          requester.accessToken,
        );
        expect(revoked.data?.revokeRole.roles).toEqual(['MEMBER']);

        liveWorker = await startProcess('worker', liveEnvironment(), 'worker-live-2');
        const live = control;
        const delivered = await eventually('the administrator to receive the completed check', () => live.heard.results[0]);
        expect(delivered.data?.systemCheckCompleted).toEqual({ id, status: 'COMPLETED' });

        await eventually('the demoted subscriber’s subscription to end', () => (listening.heard.ended ? true : undefined));
        expect(listening.heard.results.filter((result) => result.data)).toEqual([]);
        expect(listening.heard.closeCodes).toContain(4403);
      } finally {
        redis.disconnect();
        await Promise.all([listening.dispose(), control?.dispose()]);
      }
    });
  });
});
