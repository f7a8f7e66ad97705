import { randomBytes } from 'node:crypto';
import { signIn } from '@kindred/test-support/accounts';
import { allianceWithMembers, must, type Member } from '@kindred/test-support/alliance-setup';
import { graphql } from '@kindred/test-support/graphql-client';
import { eventually } from '@kindred/test-support/polling';
import { privatePostgres } from '@kindred/test-support/private-services';
import {
  completedChecks,
  report,
  requestSystemCheck,
  sleep,
  STACK_START_TIMEOUT_MS,
  startFaultStack,
  timed,
  type FaultStack,
} from '@kindred/test-support/fault-stack';

/** The bound: while Redis is down or frozen, nobody waits more than a second. */
const FAIL_FAST_MS = 1000;
const SELLING = 'Got oxys for sale, dm for prices.';
const SEND = 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }';
const HISTORY = 'query($c: ID!) { messages(conversationId: $c, first: 50) { edges { node { id heldForReview } } } }';

interface Outcome {
  operation: string;
  /** 'ok', or the error code the client got. */
  outcome: string;
  ms: number;
}

/**
 * Redis stopped, frozen and restarted empty, and PostgreSQL restarted, under the built api and
 * worker: people get a quick answer during the outage (success through the outbox, or
 * SERVICE_UNAVAILABLE at once), and afterwards every job has run and every schedule is back.
 */
describe('Redis and PostgreSQL outages', () => {
  let stack: FaultStack;
  let ana: Member;
  let ben: Member;
  let conversation = '';

  const isHeldFor = async (reader: Member, messageId: string): Promise<boolean | undefined> => {
    const { messages } = await must<{ messages: { edges: { node: { id: string; heldForReview: boolean } }[] } }>(
      stack.api.url,
      HISTORY,
      { c: conversation },
      reader.accessToken,
      {},
    );
    return messages.edges.find((edge) => edge.node.id === messageId)?.node.heldForReview;
  };
  const workerReadiness = async (): Promise<{ status: number; body: { info?: Record<string, { status: string }>; error?: Record<string, unknown> } }> => {
    const response = await fetch(`${stack.worker.url}/health/ready`);
    return { status: response.status, body: (await response.json()) as { info?: Record<string, { status: string }> } };
  };

  /** What people get from the API right now, and how fast: a write through the outbox, sign-in, joining, a read, an admin's check. */
  const whatClientsGet = async (): Promise<{ outcomes: Outcome[]; messageId: string | undefined; checkId: string | undefined }> => {
    const outcomes: Outcome[] = [];
    const attempt = async <T>(operation: string, work: () => ReturnType<typeof graphql<T>>): Promise<T | undefined> => {
      const { ms, value } = await timed(work);
      outcomes.push({ operation, outcome: value.data ? 'ok' : String(value.errors?.[0]?.extensions?.['code']), ms });
      return value.data ?? undefined;
    };
    const sent = await attempt<{ sendMessage: { id: string } }>('sendMessage (held-for-review text)', () =>
      graphql(stack.api.url, SEND, { c: conversation, b: SELLING }, ana.accessToken),
    );
    await attempt('login', () =>
      graphql(stack.api.url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: ben.email, p: ben.password }),
    );
    await attempt('register', () =>
      graphql(stack.api.url, 'mutation($input: RegisterInput!) { register(input: $input) { ok } }', {
        input: {
          email: `outage-${randomBytes(4).toString('hex')}@example.org`,
          password: `steady lantern ${randomBytes(4).toString('hex')}`,
          displayName: 'Outage',
        },
      }),
    );
    await attempt('me (read)', () => graphql(stack.api.url, '{ me { id } }', {}, ben.accessToken));
    const check = await attempt<{ requestSystemCheck: { id: string } }>('requestSystemCheck', () =>
      graphql(stack.api.url, 'mutation { requestSystemCheck { id } }', {}, stack.adminToken),
    );
    return { outcomes, messageId: sent?.sendMessage.id, checkId: check?.requestSystemCheck.id };
  };

  const expectFastAnswers = (outcomes: Outcome[]): void => {
    expect(outcomes.map(({ operation, outcome }) => ({ operation, outcome }))).toEqual([
      { operation: 'sendMessage (held-for-review text)', outcome: 'ok' },
      { operation: 'login', outcome: 'ok' },
      { operation: 'register', outcome: 'SERVICE_UNAVAILABLE' },
      { operation: 'me (read)', outcome: 'ok' },
      { operation: 'requestSystemCheck', outcome: 'ok' },
    ]);
    expect(outcomes.filter((entry) => entry.ms > FAIL_FAST_MS)).toEqual([]);
  };

  /** After the outage: the message is held for review by the worker's scan, and the check is completed. */
  const expectEveryJobDone = async (messageId: string, checkId: string): Promise<number> => {
    const { ms } = await timed(() =>
      eventually(
        'the scan to hold the message and the check to complete',
        async () => ((await isHeldFor(ben, messageId)) && (await completedChecks(stack.database, [checkId])) === 1 ? true : undefined),
        { timeoutMs: 40_000, intervalMs: 200 },
      ),
    );
    return ms;
  };

  const table = (outcomes: Outcome[]): string[] => outcomes.map(({ operation, outcome, ms }) => `${operation}: ${outcome} in ${ms} ms`);

  beforeAll(async () => {
    stack = await startFaultStack('outages');
    const scene = await allianceWithMembers(stack.api.url, stack.env, 2, {});
    [ana, ben] = scene.members as [Member, Member];
    conversation = (
      await must<{ startDirectConversation: { id: string } }>(
        stack.api.url,
        'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }',
        { u: ben.userId },
        ana.accessToken,
        {},
      )
    ).startDirectConversation.id;
  }, STACK_START_TIMEOUT_MS);

  afterAll(async () => {
    await stack.stop();
  });

  it('Redis stopped: quick answers meanwhile; once it is back (empty), every job runs and the schedules return', async () => {
    await stack.redis.stop();
    await sleep(200);
    const { outcomes, messageId, checkId } = await whatClientsGet();
    expectFastAnswers(outcomes);
    expect((await workerReadiness()).status).toBe(503);

    await stack.redis.start();
    const { ms: readyMs, value: readiness } = await timed(() =>
      eventually(
        'the worker to be ready, schedules included',
        async () => {
          const ready = await workerReadiness();
          return ready.status === 200 ? ready : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      ),
    );
    expect(readiness.body.info).toMatchObject({ redis: { status: 'up' }, schedules: { status: 'up' } });
    const doneMs = await expectEveryJobDone(messageId!, checkId!);
    report('Redis stopped (what clients get meanwhile)', [
      ...table(outcomes),
      `after Redis came back empty: worker ready with every schedule in ${readyMs} ms; the held-for-review scan and the check done ${doneMs} ms later`,
    ]);
  });

  it('Redis frozen (SIGSTOP): quick answers meanwhile; once it thaws, every job runs', async () => {
    stack.redis.freeze();
    const { outcomes, messageId, checkId } = await whatClientsGet();
    stack.redis.thaw();
    expectFastAnswers(outcomes);
    const doneMs = await expectEveryJobDone(messageId!, checkId!);
    report('Redis frozen (what clients get meanwhile)', [
      ...table(outcomes),
      `after it thawed: the held-for-review scan and the check done within ${doneMs} ms`,
    ]);
  });

  it('Redis restarted empty while jobs waited in it: they are re-derived and run, and the schedules return', async () => {
    // The worker is frozen, so the jobs wait in Redis, handed over but not done.
    stack.worker.child.kill('SIGSTOP');
    const { data } = await graphql<{ sendMessage: { id: string } }>(stack.api.url, SEND, { c: conversation, b: SELLING }, ana.accessToken);
    const checkId = await requestSystemCheck(stack.api.url, stack.adminToken);
    const messageId = data!.sendMessage.id;
    const { rows } = await stack.database.query<{ dispatched: boolean; completed: boolean }>(
      `SELECT dispatched_at IS NOT NULL AS dispatched, completed_at IS NOT NULL AS completed FROM outbox_messages WHERE payload->>'contentId' = $1`,
      [messageId],
    );
    expect(rows).toEqual([{ dispatched: true, completed: false }]);

    await stack.redis.stop();
    await stack.redis.start();
    stack.worker.child.kill('SIGCONT');

    const doneMs = await expectEveryJobDone(messageId, checkId);
    const readiness = await eventually('the worker to be ready', async () => {
      const ready = await workerReadiness();
      return ready.status === 200 ? ready : undefined;
    });
    expect(readiness.body.info).toMatchObject({ schedules: { status: 'up' } });
    expect(await isHeldFor(ben, messageId)).toBe(true);
    report('Redis restarted empty with a scan job waiting in it', [
      `the message was scanned and held, and the check completed, ${doneMs} ms after the worker resumed`,
    ]);
  });

  it('PostgreSQL restarted: no process exits, and requests and jobs work again at once', async () => {
    const postgres = privatePostgres();
    const { ms: restartMs } = await timed(async () => postgres.restart());
    const { ms: recoveredMs } = await timed(() =>
      eventually('the API to read again', async () => ((await graphql(stack.api.url, '{ me { id } }', {}, ben.accessToken)).data ? true : undefined), {
        timeoutMs: 20_000,
        intervalMs: 50,
      }),
    );
    const checkId = await requestSystemCheck(stack.api.url, stack.adminToken);
    await eventually('the check to complete', async () => ((await completedChecks(stack.database, [checkId])) === 1 ? true : undefined), { timeoutMs: 20_000 });
    for (const running of [stack.api, stack.worker]) expect(running.child.exitCode).toBeNull();
    const tokens = await signIn(stack.api.url, ben.email, ben.password);
    expect(tokens.accessToken).toEqual(expect.any(String));
    report('PostgreSQL restarted (pg_ctl restart -m fast)', [
      `restart took ${restartMs} ms; the API answered again ${recoveredMs} ms after; no process exited`,
    ]);
  });
});
