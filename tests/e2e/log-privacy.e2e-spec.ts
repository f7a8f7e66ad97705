import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { testRunId } from '@kindred/core/testing';
import { registerAndSignIn, signIn } from '@kindred/test-support/accounts';
import { allianceWithMembers, must, type Member } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { firstResult, webSocketClient } from '@kindred/test-support/graphql-client';
import { eventually } from '@kindred/test-support/polling';
import { e2eEnvironment, LOG_DIR, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';

const NUL = '\u0000';
const tag = randomBytes(4).toString('hex');
/** One distinctive string per kind of thing people tell Kindred; none may reach a log line. */
const MARKERS = {
  email: `mkemail${tag}`,
  displayName: `MkName${tag}`,
  password: `MkPassword${tag}`,
  diary: `MkDiary${tag}`,
  checkinNote: `MkNote${tag}`,
  message: `MkMessage${tag}`,
  plan: `MkPlan${tag}`,
  circle: `MkCircle${tag}`,
  story: `MkStory${tag}`,
};
/** PostgreSQL refuses what carries this, standing in for a database fault mid-request. */
const FORCED = 'forced-failure';

interface LogLine {
  level: string;
  msg?: string;
  requestId?: string;
  reqId?: string;
  code?: string;
  err?: { type?: string; stack?: string };
  jobName?: string;
  [key: string]: unknown;
}

const run = (): string => testRunId();
/** Its own api and worker, logging everything down to trace, on their own database and Redis prefix. */
const env = (): Record<string, string> => ({
  ...e2eEnvironment(run()),
  DATABASE_URL: `postgres://postgres@127.0.0.1:5432/kindred_${run()}_logs`,
  REDIS_PREFIX: `${run()}-logs`,
  LOG_LEVEL: 'trace',
});
const logFile = (kind: 'api' | 'worker'): string => join(LOG_DIR, `log-privacy-${kind}.log`);
const rawLines = (kind: 'api' | 'worker'): string[] => readFileSync(logFile(kind), 'utf8').split('\n').filter(Boolean);
// Node's own warnings (a library's deprecation notice) reach the same file as plain text; only
// the JSON lines are the process's log. rawLines still holds every line for the marker checks.
const lines = (kind: 'api' | 'worker'): LogLine[] =>
  rawLines(kind)
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);

/** Makes writes carrying FORCED fail inside PostgreSQL, and every finished data export too. */
async function installForcedFailures(): Promise<void> {
  const client = new Client({ connectionString: env()['DATABASE_URL'] });
  await client.connect();
  try {
    await client.query(`CREATE FUNCTION forced_failure() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure for a test'; END $$`);
    await client.query(
      `CREATE TRIGGER forced_failure BEFORE INSERT ON users FOR EACH ROW WHEN (NEW.email LIKE '${FORCED}%') EXECUTE FUNCTION forced_failure()`,
    );
    await client.query(
      `CREATE TRIGGER forced_failure BEFORE UPDATE ON support_circles FOR EACH ROW WHEN (NEW.name LIKE '${FORCED}%') EXECUTE FUNCTION forced_failure()`,
    );
    await client.query(
      `CREATE TRIGGER forced_failure BEFORE UPDATE ON data_exports FOR EACH ROW WHEN (NEW.status = 'READY') EXECUTE FUNCTION forced_failure()`,
    );
  } finally {
    await client.end();
  }
}

describe('what the logs keep of people, through running api and worker processes', () => {
  let api: RunningProcess;
  let worker: RunningProcess;
  let ana: Member;
  let ben: Member;
  let fresh: Member;
  let allianceId = '';

  /** POST /graphql with our own request id, so the log lines of this one request can be found. */
  const send = async (query: string, variables: Record<string, unknown>, token?: string, requestId = `${tag}-${randomUUID()}`) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { requestId, code: body.errors?.[0]?.extensions?.code ?? 'ok' };
  };
  const as = <T>(person: Member, query: string, variables: Record<string, unknown> = {}) => must<T>(api.url, query, variables, person.accessToken, {});
  // Requests are not logged one by one; a refused or failed one leaves its lines, with its id.
  const linesOf = (requestId: string): Promise<LogLine[]> =>
    eventually(`the api to log request ${requestId}`, () => {
      const found = lines('api').filter((line) => line.requestId === requestId || line.reqId === requestId);
      return found.some((line) => line.requestId === requestId) ? found : undefined;
    });
  const register = async (email: string, displayName: string, password: string): Promise<Member> => {
    await must(api.url, 'mutation($i: RegisterInput!) { register(input: $i) { ok } }', { i: { email, displayName, password } }, undefined, {});
    const tokens = await signIn(api.url, email, password);
    const { me } = await must<{ me: { id: string } }>(api.url, '{ me { id } }', {}, tokens.accessToken, {});
    return { email, displayName, password, ...tokens, userId: me.id };
  };

  beforeAll(async () => {
    api = await startProcess('api', env(), 'log-privacy-api');
    worker = await startProcess('worker', { ...env(), RUN_MIGRATIONS: 'false' }, 'log-privacy-worker');
    await installForcedFailures();
    const scene = await allianceWithMembers(api.url, env(), 0, {});
    allianceId = scene.allianceId;
    ana = await register(`${MARKERS.email}.ana@example.org`, `${MARKERS.displayName} Ana`, `${MARKERS.password} ana`);
    ben = await register(`${MARKERS.email}.ben@example.org`, `${MARKERS.displayName} Ben`, `${MARKERS.password} ben`);
    for (const person of [ana, ben]) {
      const { requestToJoinAlliance } = await as<{ requestToJoinAlliance: { id: string } }>(
        person,
        'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }',
        {
          a: allianceId,
        },
      );
      await as(scene.admin, 'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }', { m: requestToJoinAlliance.id });
    }
    await ageAccounts(env(), [ana.userId, ben.userId], 30);
    const newcomer = await registerAndSignIn(api.url);
    fresh = { ...newcomer, userId: (await must<{ me: { id: string } }>(api.url, '{ me { id } }', {}, newcomer.accessToken, {})).me.id };
  });

  afterAll(async () => {
    await Promise.all([api, worker].filter(Boolean).map((running) => stopProcess(running)));
  });

  it('logs an expected refusal as one short info line, without a stack', async () => {
    const refusals = [
      [
        'UNAUTHENTICATED',
        await send('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: ana.email, p: `${MARKERS.password} wrong` }),
      ],
      ['FORBIDDEN', await send('mutation($u: ID!) { grantRole(userId: $u, role: ADMIN) { id } }', { u: ana.userId }, ana.accessToken)],
      ['BAD_USER_INPUT', await send('mutation($a: ID!) { leaveAlliance(allianceId: $a) { id } }', { a: MARKERS.circle }, ana.accessToken)],
      ['NOT_FOUND', await send('query($id: ID!) { myDataExport(id: $id) { id } }', { id: randomUUID() }, ana.accessToken)],
      ['CONFLICT', await send('mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }', { a: allianceId }, ana.accessToken)],
      [
        'TRUST_LIMIT',
        await send(
          'mutation($i: StoryInput!) { writeStory(input: $i) { __typename } }',
          { i: { title: MARKERS.story, body: `${MARKERS.story} https://example.org` } },
          fresh.accessToken,
        ),
      ],
    ] as const;
    let limited = { requestId: '', code: '' };
    for (let attempt = 0; attempt < 12 && limited.code !== 'RATE_LIMITED'; attempt++) {
      limited = await send('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
        e: `nobody-${tag}@example.org`,
        p: MARKERS.password,
      });
    }

    for (const [code, sent] of [...refusals, ['RATE_LIMITED', limited] as const]) {
      expect(sent.code).toBe(code);
      const logged = await linesOf(sent.requestId);
      const refused = logged.filter((line) => line.msg === 'request refused');
      expect(refused).toEqual([expect.objectContaining({ level: 'info', code })]);
      expect(JSON.stringify(refused[0]).length).toBeLessThan(400);
      expect(refused[0]).not.toHaveProperty('err');
      expect(logged.filter((line) => ['warn', 'error', 'fatal'].includes(line.level))).toEqual([]);
    }

    const client = webSocketClient(api.url, ana.accessToken);
    try {
      const refused = await firstResult(client, 'subscription($c: ID!) { messageEvents(conversationId: $c) { kind } }', { c: MARKERS.message });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    } finally {
      await client.dispose();
    }
    const overWebSocket = await eventually('the api to log the refused subscription', () =>
      lines('api').find((line) => line.msg === 'request refused' && line['transport'] === 'websocket' && line['path'] === 'messageEvents'),
    );
    expect(overWebSocket).toMatchObject({ level: 'info', code: 'BAD_USER_INPUT' });
    expect(overWebSocket).not.toHaveProperty('err');
  });

  it('logs an unexpected database failure at error level with its stack, and without what was sent', async () => {
    await as(ana, 'mutation($n: String!) { renameSupportCircle(name: $n) { name } }', { n: `${MARKERS.circle} family` });
    const sent = await send('mutation($n: String!) { renameSupportCircle(name: $n) { name } }', { n: `${FORCED} ${MARKERS.circle}` }, ana.accessToken);
    expect(sent.code).toBe('INTERNAL_SERVER_ERROR');
    const logged = await linesOf(sent.requestId);
    const errors = logged.filter((line) => line.level === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        msg: 'unexpected error in a GraphQL operation',
        path: 'renameSupportCircle',
        err: expect.objectContaining({ type: 'QueryFailedError' }),
      }),
    ]);
    expect(errors[0]?.err?.stack).toMatch(/\n\s+at /);
    expect(JSON.stringify(errors[0])).not.toContain(MARKERS.circle);
  });

  it('keeps nothing people wrote in any log line, even when the database refuses it', async () => {
    // Everything written with markers, as people would.
    await as(ana, 'mutation($i: DiaryEntryInput!) { writeDiaryEntry(input: $i) { id } }', {
      i: { entryDate: new Date().toISOString().slice(0, 10), body: `${MARKERS.diary} a hard day` },
    });
    await as(ana, 'mutation($i: CheckinInput!) { checkIn(input: $i) { id } }', { i: { mood: 2, cravings: 6, note: `${MARKERS.checkinNote} slept badly` } });
    const { createRecoveryGoal } = await as<{ createRecoveryGoal: { id: string } }>(
      ana,
      'mutation($i: RecoveryGoalInput!) { createRecoveryGoal(input: $i) { id } }',
      {
        i: { domain: 'COMMUNITY_AND_CULTURE', title: `${MARKERS.plan} join a choir`, why: `${MARKERS.plan} to sing again` },
      },
    );
    await as(ana, 'mutation($g: ID!, $i: RecoveryStepInput!) { addRecoveryStep(goalId: $g, input: $i) { id } }', {
      g: createRecoveryGoal.id,
      i: { title: `${MARKERS.plan} find one` },
    });
    const { startDirectConversation } = await as<{ startDirectConversation: { id: string } }>(
      ana,
      'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }',
      { u: ben.userId },
    );
    await as(ana, 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }', {
      c: startDirectConversation.id,
      b: `${MARKERS.message} are you around?`,
    });

    // The same with a NUL, which reached PostgreSQL before it was refused at the edge.
    const today = new Date().toISOString().slice(0, 10);
    const withNul = [
      await send(
        'mutation($i: DiaryEntryInput!) { writeDiaryEntry(input: $i) { id } }',
        { i: { entryDate: today, body: `${MARKERS.diary}${NUL}` } },
        ana.accessToken,
      ),
      await send(
        'mutation($i: CheckinInput!) { checkIn(input: $i) { id } }',
        { i: { mood: 2, cravings: 6, note: `${MARKERS.checkinNote}${NUL}` } },
        ana.accessToken,
      ),
      await send(
        'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }',
        { c: startDirectConversation.id, b: `${MARKERS.message}${NUL}` },
        ana.accessToken,
      ),
      await send(
        'mutation($i: RecoveryGoalInput!) { createRecoveryGoal(input: $i) { id } }',
        { i: { domain: 'COMMUNITY_AND_CULTURE', title: `${MARKERS.plan}${NUL}` } },
        ana.accessToken,
      ),
      await send('mutation($n: String!) { renameSupportCircle(name: $n) { name } }', { n: `${MARKERS.circle}${NUL}` }, ana.accessToken),
      await send('mutation($i: RegisterInput!) { register(input: $i) { ok } }', {
        i: { email: `${MARKERS.email}.nul@example.org`, displayName: `${MARKERS.displayName}${NUL}`, password: `${MARKERS.password} nul` },
      }),
    ];
    expect(withNul.map((sent) => sent.code)).toEqual(withNul.map(() => 'BAD_USER_INPUT'));

    // A registration the database refuses: its email, name and password hash are the query's parameters.
    const refusedByDatabase = await send('mutation($i: RegisterInput!) { register(input: $i) { ok } }', {
      i: { email: `${FORCED}.${MARKERS.email}@example.org`, displayName: `${MARKERS.displayName} Forced`, password: `${MARKERS.password} forced` },
    });
    expect(refusedByDatabase.code).toBe('INTERNAL_SERVER_ERROR');

    // An export the database refuses to store: its parameters are everything above, decrypted.
    await as(ana, 'mutation { requestDataExport { id } }');
    await eventually(
      'the worker to fail building the export',
      () => (lines('worker').some((line) => line.jobName === 'identity.build-export' && line.msg === 'job failed') ? true : undefined),
      { timeoutMs: 30_000, intervalMs: 200 },
    );

    await Promise.all([stopProcess(api), stopProcess(worker)]);
    const failedExport = lines('worker').find((line) => line.jobName === 'identity.build-export' && line.msg === 'job failed');
    expect(failedExport).toMatchObject({ level: 'warn', err: { type: 'QueryFailedError', stack: expect.stringMatching(/\n\s+at /) } });
    for (const kind of ['api', 'worker'] as const) {
      const leaks = rawLines(kind).filter((line) => Object.values(MARKERS).some((marker) => line.toLowerCase().includes(marker.toLowerCase())));
      expect({ kind, leaks: leaks.map((line) => line.slice(0, 600)) }).toEqual({ kind, leaks: [] });
    }
  });
});
