/**
 * Benchmark: messages sent per second through the API, and live delivery latency (send →
 * subscriber receives; p50, p95, p99) with 1,000 subscribers across two API processes.
 *
 * Run: `npm run bench:messaging` (optionally SUBSCRIBERS=…, MESSAGES=…, SEND_CONCURRENCY=…).
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
import { waitForListeners } from '@kindred/test-support/live-channels';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import { percentile } from '@kindred/test-support/percentile';
import { seedPeople, type SeededPerson } from '@kindred/test-support/seeded-people';

const SUBSCRIBERS = Number(process.env['SUBSCRIBERS'] ?? 1000);
const THROUGHPUT_MESSAGES = Number(process.env['MESSAGES'] ?? 1000);
const SEND_CONCURRENCY = Number(process.env['SEND_CONCURRENCY'] ?? 20);
const LATENCY_MESSAGES = Number(process.env['LATENCY_MESSAGES'] ?? 50);
const LATENCY_INTERVAL_MS = Number(process.env['LATENCY_INTERVAL_MS'] ?? 250);
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

async function main(): Promise<void> {
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
          error: (error) => process.stderr.write(`subscription error: ${JSON.stringify(error)}\n`),
          complete: () => undefined,
        },
      );
    }
    await waitForListeners(env['REDIS_PREFIX'] ?? '', `messaging.conversation.${seeded.conversationId}`, 2);
    // Every subscriber must be live before timing: a warm-up message has to reach them all.
    const warmUp = await graphql<{ sendMessage: { id: string } }>(apis[0]!, SEND, { c: seeded.conversationId, b: 'warm-up' }, seeded.sender.token);
    const warmUpId = warmUp.data?.sendMessage.id ?? '';
    const warmDeadline = Date.now() + 120_000;
    while ((received.get(warmUpId)?.length ?? 0) < SUBSCRIBERS && Date.now() < warmDeadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const live = received.get(warmUpId)?.length ?? 0;
    process.stdout.write(`${live}/${SUBSCRIBERS} subscribers live\n`);

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

    const latencies = [...sentAt].flatMap(([id, at]) => (received.get(id) ?? []).map((time) => time - at)).sort((a, b) => a - b);
    const format = (ms: number) => `${ms.toFixed(1)} ms`;
    process.stdout.write(
      [
        '',
        `machine: ${process.platform} ${process.arch}, node ${process.version}`,
        `throughput: ${THROUGHPUT_MESSAGES} messages through 2 API copies, ${SEND_CONCURRENCY} concurrent senders: ${(THROUGHPUT_MESSAGES / throughputSeconds).toFixed(1)} messages/s`,
        `delivery: ${LATENCY_MESSAGES} messages × ${live} subscribers (half on each API copy), one message every ${LATENCY_INTERVAL_MS} ms`,
        `  deliveries received: ${latencies.length} of ${expected}`,
        `  latency p50 ${format(percentile(latencies, 50))}, p95 ${format(percentile(latencies, 95))}, p99 ${format(percentile(latencies, 99))}, max ${format(latencies.at(-1) ?? Number.NaN)}`,
        '',
      ].join('\n'),
    );
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all(processes.map((running) => stopProcess(running)));
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
