/**
 * Benchmark: what two everyday reads cost the API, beside a floor that does the same work with
 * nothing in the way (tests/bench/api-floor.ts: raw Fastify + pg, same SQL, same session check,
 * same JSON). The reads: the conversation list of 20, signed in; and `me`.
 *
 * Run: `npm run bench:api` (optionally ROUNDS=…, SECONDS=…, CONNECTIONS=…). The API runs built
 * and in production mode, as deployed. Targets are measured in interleaved rounds (API, floor,
 * API, floor…) so a neighbour's burst of load touches both alike. The steady figure is CPU per
 * request, read from /proc for the server process alone; requests per second swing with the
 * machine's load and are printed beside it with the load average. It reports; it never asserts.
 */
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { Client as PgClient } from 'pg';
import { AppConfig, FieldCipher } from '@kindred/core';
import { deleteRunRedisKeys, dropRunDatabases, startTestRun } from '@kindred/core/testing';
import { e2eEnvironment, freePort, ROOT, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import { cpuSeconds, loadAverage } from '@kindred/test-support/process-cpu';
import { productionEnvironment } from '@kindred/test-support/production-environment';
import { seedPeople } from '@kindred/test-support/seeded-people';

export interface ApiBenchmarkSizes {
  rounds: number;
  secondsPerRun: number;
  connections: number;
}

export interface TargetFigures {
  requests: number;
  cpuMsPerRequest: number;
  requestsPerSecond: number;
}

export interface PathReport {
  path: string;
  kindred: TargetFigures;
  floor: TargetFigures;
  /** Floor CPU per request over Kindred's: 1 would mean Kindred costs no more than the floor. */
  ratio: number;
  loadAverages: string[];
}

const JWT_SECRET = 'kindred-benchmark-secret-with-more-than-32-characters';
const CONVERSATIONS = 25;
const MESSAGES_PER_CONVERSATION = 3;

const LIST = `query MyConversations($after: String) {
  myConversations(first: 20, after: $after) {
    edges { node { id kind title archived muted unreadCount lastActivityAt lastMessage { id sentByMe body deleted } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ME = 'query Me { me { id displayName email roles locale } }';

const PATHS = [
  { path: 'conversation list, 20 items, signed in', body: JSON.stringify({ operationName: 'MyConversations', query: LIST, variables: {} }) },
  { path: 'me', body: JSON.stringify({ operationName: 'Me', query: ME, variables: {} }) },
];

/** One person in 25 group conversations of three, each with a few sealed messages, some unread. */
async function seed(databaseUrl: string, cipher: FieldCipher): Promise<string> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    const [viewer, ...others] = await seedPeople(db, 3, JWT_SECRET, 'bench-api');
    for (let index = 0; index < CONVERSATIONS; index++) {
      const conversationId = randomUUID();
      await db.query(
        `INSERT INTO conversations (id, kind, title, created_by, last_message_at) VALUES ($1, 'GROUP', $2, $3, now() - $4 * interval '1 minute')`,
        [conversationId, `Group ${index}`, viewer!.userId, index],
      );
      await db.query(
        `INSERT INTO conversation_participants (conversation_id, user_id, role, joined_at)
         SELECT $1, id, CASE WHEN id = $2 THEN 'OWNER' ELSE 'MEMBER' END, now() - interval '1 day' FROM unnest($3::uuid[]) AS id`,
        [conversationId, viewer!.userId, [viewer!.userId, ...others.map((person) => person.userId)]],
      );
      for (let message = 0; message < MESSAGES_PER_CONVERSATION; message++) {
        const id = randomUUID();
        const author = [viewer!, ...others][message % 3]!;
        await db.query(`INSERT INTO messages (id, conversation_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, now() - $5 * interval '1 minute')`, [
          id,
          conversationId,
          author.userId,
          cipher.encrypt(`Message ${message} in group ${index}: thank you for being here today.`, { table: 'messages', column: 'body', rowId: id }),
          index + (MESSAGES_PER_CONVERSATION - message) / 10,
        ]);
      }
    }
    await db.query('COMMIT');
    return viewer!.token;
  } finally {
    await db.end();
  }
}

interface Target {
  name: 'kindred' | 'floor';
  url: string;
  pid: number;
}

function post(agent: Agent, url: string, body: string, token: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), authorization: `Bearer ${token}` },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Keeps `connections` kept-alive requests in flight for the whole run; counts answers, fails on any error. */
async function load(target: Target, body: string, token: string, sizes: ApiBenchmarkSizes): Promise<TargetFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: sizes.connections });
  try {
    let requests = 0;
    const cpuBefore = cpuSeconds(target.pid);
    const started = performance.now();
    const until = started + sizes.secondsPerRun * 1000;
    await Promise.all(
      Array.from({ length: sizes.connections }, async () => {
        while (performance.now() < until) {
          const { status, text } = await post(agent, target.url, body, token);
          if (status !== 200 || text.includes('"errors"')) throw new Error(`${target.name} answered ${status}: ${text.slice(0, 300)}`);
          requests++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(target.pid) - cpuBefore;
    return { requests, cpuMsPerRequest: (cpu * 1000) / requests, requestsPerSecond: requests / seconds };
  } finally {
    agent.destroy();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function summary(runs: TargetFigures[]): TargetFigures {
  return {
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    cpuMsPerRequest: median(runs.map((run) => run.cpuMsPerRequest)),
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
  };
}

type Server = Pick<RunningProcess, 'child' | 'exited' | 'url'>;

async function startFloor(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'tests', 'bench', 'api-floor.js')], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await post(new Agent(), url, '{}', 'not-a-token');
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { child, exited, url };
}

export async function apiBenchmark(sizes: ApiBenchmarkSizes): Promise<PathReport[]> {
  const run = startTestRun();
  const env: Record<string, string> = {
    ...e2eEnvironment(run),
    ...productionEnvironment(JWT_SECRET),
    LOG_LEVEL: process.env['API_LOG_LEVEL'] ?? 'info',
    DEMO_WORLD: 'false',
    MAX_CONNECTIONS_PER_ADDRESS: String(sizes.connections + 50),
  };
  const processes: Server[] = [];
  try {
    const api = await startProcess('api', env, 'bench-api');
    processes.push(api);
    const config = AppConfig.fromEnvironment(env);
    const token = await seed(config.databaseUrl, new FieldCipher(config));
    const floor = await startFloor(env);
    processes.push(floor);
    const targets: Target[] = [
      { name: 'kindred', url: api.url, pid: api.child.pid ?? 0 },
      { name: 'floor', url: floor.url, pid: floor.child.pid ?? 0 },
    ];

    const reports: PathReport[] = [];
    for (const { path, body } of PATHS) {
      // Honesty first: the floor must answer exactly what the API answers.
      const [fromApi, fromFloor] = await Promise.all(targets.map((target) => post(new Agent(), target.url, body, token)));
      if (!isDeepStrictEqual(JSON.parse(fromApi!.text), JSON.parse(fromFloor!.text))) {
        throw new Error(`the floor's answer differs from the API's for ${path}:\n${fromApi!.text}\n${fromFloor!.text}`);
      }
      // Warm both (JIT, pools) before anything is counted.
      for (const target of targets) await load(target, body, token, { ...sizes, secondsPerRun: Math.min(2, sizes.secondsPerRun) });
      const runs: Record<Target['name'], TargetFigures[]> = { kindred: [], floor: [] };
      const loadAverages: string[] = [];
      for (let round = 0; round < sizes.rounds; round++) {
        for (const target of round % 2 ? [...targets].reverse() : targets) runs[target.name].push(await load(target, body, token, sizes));
        loadAverages.push(loadAverage());
      }
      const kindred = summary(runs.kindred);
      const floorFigures = summary(runs.floor);
      reports.push({ path, kindred, floor: floorFigures, ratio: floorFigures.cpuMsPerRequest / kindred.cpuMsPerRequest, loadAverages });
    }
    return reports;
  } finally {
    await Promise.all(processes.map((running) => stopProcess(running)));
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  }
}

async function main(): Promise<void> {
  const sizes: ApiBenchmarkSizes = {
    rounds: Number(process.env['ROUNDS'] ?? 5),
    secondsPerRun: Number(process.env['SECONDS'] ?? 5),
    connections: Number(process.env['CONNECTIONS'] ?? 50),
  };
  const reports = await apiBenchmark(sizes);
  const figures = (target: TargetFigures) =>
    `${target.cpuMsPerRequest.toFixed(3)} ms CPU/request, ${target.requestsPerSecond.toFixed(0)} requests/s (${target.requests} requests)`;
  process.stdout.write(
    [
      `machine: ${process.platform} ${process.arch}, node ${process.version}`,
      `${sizes.rounds} interleaved rounds of ${sizes.secondsPerRun} s per target, ${sizes.connections} kept-alive connections; medians of the rounds`,
      ...reports.flatMap((report) => [
        '',
        report.path,
        `  kindred: ${figures(report.kindred)}`,
        `  floor:   ${figures(report.floor)}`,
        `  ratio (floor CPU / Kindred CPU): ${report.ratio.toFixed(2)}`,
        `  load average after each round: ${report.loadAverages.join(' | ')}`,
      ]),
      '',
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
