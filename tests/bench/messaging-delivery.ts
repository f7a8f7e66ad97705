/**
 * Benchmark: messages sent per second through the API, and live delivery latency (send →
 * subscriber receives; p50, p95, p99) with 1,000 subscribers across two API processes.
 *
 * Run: `npm run bench:messaging` (optionally SUBSCRIBERS=…, MESSAGES=…, SEND_CONCURRENCY=…).
 * Besides latency it reports the API processes' CPU (from /proc) per delivery, the figure that
 * does not swing with whatever else shares the machine.
 * It starts its own api (×2) and worker on a throw-away database and Redis prefix, seeds
 * people, sessions and one group conversation directly in the database (registering 1,000
 * people through argon2id and the sign-in rate limits would measure something else), and
 * prints figures. It is a script that reports, not a test that asserts.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client as PgClient } from 'pg';
import type { Client as WsClient } from 'graphql-ws';
import { deleteRunRedisKeys, dropRunDatabases, startTestRun } from '@kindred/core/testing';
import { graphql, webSocketClient } from '@kindred/test-support/graphql-client';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import { percentile } from '@kindred/test-support/percentile';
import { cpuSeconds, loadAverage } from '@kindred/test-support/process-cpu';
import { seedPeople, type SeededPerson } from '@kindred/test-support/seeded-people';

export interface MessagingBenchmarkSizes {
  subscribers: number;
  throughputMessages: number;
  sendConcurrency: number;
  latencyMessages: number;
  latencyIntervalMs: number;
}

export interface MessagingBenchmarkReport {
  messagesPerSecond: number;
  liveSubscribers: number;
  expectedDeliveries: number;
  deliveries: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  apiCpuMicrosecondsPerDelivery: number;
  loadAverage: string;
}
const JWT_SECRET = 'kindred-benchmark-secret-with-more-than-32-characters';

const SEND = 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }';
const WATCH = 'subscription($c: ID!) { messageEvents(conversationId: $c) { kind message { id } } }';

async function seed(databaseUrl: string, count: number): Promise<{ sender: SeededPerson; subscribers: SeededPerson[]; conversationId: string }> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    const conversationId = randomUUID();
    await db.query('BEGIN');
    const people = await seedPeople(db, count + 1, JWT_SECRET);
    const [sender, ...subscribers] = people;
    await db.query(`INSERT INTO conversations (id, kind, title, created_by) VALUES ($1, 'GROUP', 'Benchmark group', $2)`, [conversationId, sender!.userId]);
    await db.query(
      `INSERT INTO conversation_participants (conversation_id, user_id, role, joined_at)
       SELECT $1, id, CASE WHEN id = $2 THEN 'OWNER' ELSE 'MEMBER' END, now() - interval '1 minute' FROM unnest($3::uuid[]) AS id`,
      [conversationId, sender!.userId, people.map((person) => person.userId)],
    );
    await db.query('COMMIT');
    return { sender: sender!, subscribers, conversationId };
  } finally {
    await db.end();
  }
}

/** graphql-ws reports a socket that closed as its close event, whose fields JSON does not show. */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  const { code, reason } = (error ?? {}) as { code?: number; reason?: string };
  return code === undefined ? JSON.stringify(error) : `socket closed ${code} ${reason ?? ''}`;
}

/** Sends warm-up messages until one reaches every subscriber: only then is each subscription live. */
async function warmUp(
  apiUrl: string,
  seeded: { sender: SeededPerson; conversationId: string },
  received: Map<string, number[]>,
  subscribers: number,
): Promise<number> {
  // A loaded machine admits a thousand signed-in sockets slowly.
  const deadline = Date.now() + 300_000;
  let best = 0;
  while (Date.now() < deadline) {
    const response = await graphql<{ sendMessage: { id: string } }>(apiUrl, SEND, { c: seeded.conversationId, b: 'warm-up' }, seeded.sender.token);
    if (response.errors) throw new Error(`the warm-up message was refused: ${JSON.stringify(response.errors)}`);
    const id = response.data?.sendMessage.id ?? '';
    const settle = Date.now() + 2_000;
    while ((received.get(id)?.length ?? 0) < subscribers && Date.now() < settle) await new Promise((resolve) => setTimeout(resolve, 50));
    best = Math.max(best, received.get(id)?.length ?? 0);
    if (best >= subscribers) return best;
  }
  return best;
}

export async function messagingBenchmark(sizes: MessagingBenchmarkSizes): Promise<MessagingBenchmarkReport> {
  const { subscribers: SUBSCRIBERS, throughputMessages: THROUGHPUT_MESSAGES, sendConcurrency: SEND_CONCURRENCY } = sizes;
  const { latencyMessages: LATENCY_MESSAGES, latencyIntervalMs: LATENCY_INTERVAL_MS } = sizes;
  const run = startTestRun();
  // Every subscriber connects from this machine: the cap per address must let them all in.
  const env: Record<string, string> = { ...e2eEnvironment(run), JWT_SECRET, LOG_LEVEL: 'warn', MAX_CONNECTIONS_PER_ADDRESS: String(SUBSCRIBERS + 100) };
  const processes: RunningProcess[] = [];
  const clients: WsClient[] = [];
  try {
    const apiA = await startProcess('api', env, 'bench-api-a');
    processes.push(apiA);
    const apiB = await startProcess('api', { ...env, RUN_MIGRATIONS: 'false' }, 'bench-api-b');
    processes.push(apiB);
    processes.push(await startProcess('worker', { ...env, RUN_MIGRATIONS: 'false' }, 'bench-worker'));
    const apis = [apiA.url, apiB.url];

    const seeded = await seed(env['DATABASE_URL'] ?? '', SUBSCRIBERS);
    process.stdout.write(`seeded ${SUBSCRIBERS} subscribers and one group conversation\n`);

    // Throughput: messages sent through the API, spread over both copies, no subscriber listening.
    let sent = 0;
    const throughputStart = performance.now();
    await Promise.all(
      Array.from({ length: SEND_CONCURRENCY }, async (_, worker) => {
        while (sent < THROUGHPUT_MESSAGES) {
          sent++;
          const response = await graphql(apis[(sent + worker) % 2]!, SEND, { c: seeded.conversationId, b: `throughput ${sent}` }, seeded.sender.token);
          if (response.errors) throw new Error(JSON.stringify(response.errors));
        }
      }),
    );
    const throughputSeconds = (performance.now() - throughputStart) / 1000;

    // Latency: 1,000 subscribers, half on each API copy.
    const received = new Map<string, number[]>();
    let deliveries = 0;
    for (const [index, subscriber] of seeded.subscribers.entries()) {
      const client = webSocketClient(apis[index % 2]!, subscriber.token);
      clients.push(client);
      client.subscribe<{ messageEvents: { kind: string; message: { id: string } } }>(
        { query: WATCH, variables: { c: seeded.conversationId } },
        {
          next: (result) => {
            const id = result.data?.messageEvents.message.id;
            if (!id || result.data?.messageEvents.kind !== 'ADDED') return;
            const times = received.get(id) ?? [];
            times.push(performance.now());
            received.set(id, times);
            deliveries++;
          },
          error: (error) => process.stderr.write(`subscription error: ${describeError(error)}\n`),
          complete: () => undefined,
        },
      );
    }
    // Two API copies listening on the channel would say nothing of the 1,000 subscriptions
    // behind them: a warm-up message has to reach every one before timing starts.
    const live = await warmUp(apis[0]!, seeded, received, SUBSCRIBERS);
    process.stdout.write(`${live}/${SUBSCRIBERS} subscribers live\n`);
    if (live < SUBSCRIBERS) throw new Error(`only ${live} of ${SUBSCRIBERS} subscribers were live after five minutes`);
    const apiPids = [apiA.child.pid ?? 0, apiB.child.pid ?? 0];
    const cpuBefore = apiPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);

    const sentAt = new Map<string, number>();
    deliveries = 0;
    for (let index = 0; index < LATENCY_MESSAGES; index++) {
      const before = performance.now();
      const response = await graphql<{ sendMessage: { id: string } }>(
        apis[index % 2]!,
        SEND,
        { c: seeded.conversationId, b: `latency ${index}` },
        seeded.sender.token,
      );
      const id = response.data?.sendMessage.id;
      if (id) sentAt.set(id, before);
      await new Promise((resolve) => setTimeout(resolve, LATENCY_INTERVAL_MS));
    }
    const expected = LATENCY_MESSAGES * live;
    const drainDeadline = Date.now() + 120_000;
    while (deliveries < expected && Date.now() < drainDeadline) await new Promise((resolve) => setTimeout(resolve, 100));

    const apiCpu = apiPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - cpuBefore;
    const load = loadAverage();
    const latencies = [...sentAt].flatMap(([id, at]) => (received.get(id) ?? []).map((time) => time - at)).sort((a, b) => a - b);
    return {
      messagesPerSecond: THROUGHPUT_MESSAGES / throughputSeconds,
      liveSubscribers: live,
      expectedDeliveries: expected,
      deliveries: latencies.length,
      latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? Number.NaN },
      // Includes the API side of the sends themselves: one send against `live` deliveries.
      apiCpuMicrosecondsPerDelivery: (apiCpu * 1e6) / Math.max(1, latencies.length),
      loadAverage: load,
    };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all(processes.map((running) => stopProcess(running)));
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  }
}

async function main(): Promise<void> {
  const sizes: MessagingBenchmarkSizes = {
    subscribers: Number(process.env['SUBSCRIBERS'] ?? 1000),
    throughputMessages: Number(process.env['MESSAGES'] ?? 1000),
    sendConcurrency: Number(process.env['SEND_CONCURRENCY'] ?? 20),
    latencyMessages: Number(process.env['LATENCY_MESSAGES'] ?? 50),
    latencyIntervalMs: Number(process.env['LATENCY_INTERVAL_MS'] ?? 250),
  };
  const report = await messagingBenchmark(sizes);
  const format = (ms: number) => `${ms.toFixed(1)} ms`;
  process.stdout.write(
    [
      '',
      `machine: ${process.platform} ${process.arch}, node ${process.version}, load average ${report.loadAverage}`,
      `throughput: ${sizes.throughputMessages} messages through 2 API copies, ${sizes.sendConcurrency} concurrent senders: ${report.messagesPerSecond.toFixed(1)} messages/s`,
      `delivery: ${sizes.latencyMessages} messages × ${report.liveSubscribers} subscribers (half on each API copy), one message every ${sizes.latencyIntervalMs} ms`,
      `  deliveries received: ${report.deliveries} of ${report.expectedDeliveries}`,
      `  latency p50 ${format(report.latencyMs.p50)}, p95 ${format(report.latencyMs.p95)}, p99 ${format(report.latencyMs.p99)}, max ${format(report.latencyMs.max)}`,
      `  API CPU per delivery (both copies, /proc): ${report.apiCpuMicrosecondsPerDelivery.toFixed(0)} µs`,
      '',
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
