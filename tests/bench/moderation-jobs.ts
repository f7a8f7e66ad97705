/**
 * Benchmark: moderation scan jobs processed per second by one worker process.
 *
 * Run: `npm run bench:moderation` (optionally JOBS=…). It starts one built worker on a
 * throw-away database and Redis prefix, seeds messages directly in the database (sealed
 * with the same field cipher the API uses; a realistic mix of everyday, stigmatizing,
 * harassing, dealing, spam and crisis messages), enqueues one `moderation.scan-content`
 * job per message at once, and times the worker draining them. It prints figures; it is a
 * script that reports, not a test that asserts.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import { Client as PgClient } from 'pg';
import { AppConfig, FieldCipher, QueueName } from '@kindred/core';
import { deleteRunRedisKeys, dropRunDatabases, startTestRun } from '@kindred/core/testing';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';

const JOBS = Number(process.env['JOBS'] ?? 5000);
const AUTHORS = 50;

/** A third of these need moderation's attention (harassment, dealing, spam, a crisis): a deliberately busy mix. */
const TEXTS = [
  'Made it to group tonight, thank you all for the welcome.',
  'Day 40. The mornings are easier now, and I walked to work in the sun.',
  'My sister keeps calling me an addict, it really hurts after two years in recovery.',
  'Anyone else find Sunday evenings the hardest? Tea and a film helped me.',
  'Merci pour hier soir, ça m’a fait du bien de parler avec vous.',
  'Je suis clean depuis six mois et je commence une formation lundi.',
  'The housing office finally called back, the flat is ours from March.',
  'Proud of you all. One day at a time.',
  'Nobody wants you here, just kill yourself',
  'selling xans and oxys, dm for prices',
  'Click here to win: https://win-big.example.com',
  'I want to end it all tonight.',
];

async function seed(databaseUrl: string, cipher: FieldCipher, count: number): Promise<string[]> {
  const db = new PgClient({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    const authors: string[] = [];
    for (let index = 0; index < AUTHORS; index++) {
      const id = randomUUID();
      await db.query(`INSERT INTO users (id, email, password_hash, display_name) VALUES ($1, $2, 'unused', $3)`, [
        id,
        `bench-mod-${index}@example.org`,
        `Bench ${index}`,
      ]);
      authors.push(id);
    }
    const conversationId = randomUUID();
    await db.query(`INSERT INTO conversations (id, kind, title, created_by) VALUES ($1, 'GROUP', 'Benchmark group', $2)`, [conversationId, authors[0]]);
    const ids: string[] = [];
    for (let start = 0; start < count; start += 500) {
      const rows = Array.from({ length: Math.min(500, count - start) }, (_, offset) => {
        const id = randomUUID();
        ids.push(id);
        const text = TEXTS[(start + offset) % TEXTS.length]!;
        return [id, conversationId, authors[(start + offset) % AUTHORS]!, cipher.encrypt(text, { table: 'messages', column: 'body', rowId: id })];
      });
      const values = rows.map((_, row) => `($${row * 4 + 1}, $${row * 4 + 2}, $${row * 4 + 3}, $${row * 4 + 4})`).join(', ');
      await db.query(`INSERT INTO messages (id, conversation_id, author_id, body) VALUES ${values}`, rows.flat());
    }
    await db.query('COMMIT');
    return ids;
  } finally {
    await db.end();
  }
}

async function main(): Promise<void> {
  const run = startTestRun();
  const env: Record<string, string> = { ...e2eEnvironment(run), LOG_LEVEL: 'warn' };
  const config = AppConfig.fromEnvironment(env);
  let worker: RunningProcess | undefined;
  const queue = new Queue(QueueName.Default, { connection: { url: config.redisUrl }, prefix: `${config.redisPrefix}-bull` });
  try {
    worker = await startProcess('worker', env, 'bench-moderation-worker');
    const ids = await seed(config.databaseUrl, new FieldCipher(config), JOBS);
    process.stdout.write(`seeded ${ids.length} messages by ${AUTHORS} people\n`);
    const before = (await queue.getJobCounts('completed')).completed ?? 0;

    const started = performance.now();
    for (let start = 0; start < ids.length; start += 1000) {
      await queue.addBulk(ids.slice(start, start + 1000).map((contentId) => ({ name: 'moderation.scan-content', data: { kind: 'MESSAGE', contentId } })));
    }
    for (;;) {
      const counts = await queue.getJobCounts('completed', 'failed');
      if ((counts.completed ?? 0) - before + (counts.failed ?? 0) >= ids.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    const failed = (await queue.getJobCounts('failed')).failed ?? 0;

    const db = new PgClient({ connectionString: config.databaseUrl });
    await db.connect();
    const cases = await db.query<{ n: string }>(`SELECT count(*) AS n FROM moderation_cases`);
    const held = await db.query<{ n: string }>(`SELECT count(*) AS n FROM messages WHERE visibility = 'HELD_FOR_REVIEW'`);
    const offers = await db.query<{ n: string }>(`SELECT count(*) AS n FROM crisis_support_offers`);
    await db.end();

    process.stdout.write(
      [
        `scan jobs: ${ids.length} in ${seconds.toFixed(2)} s by one worker (concurrency 8)`,
        `throughput: ${(ids.length / seconds).toFixed(0)} jobs/s`,
        `failed: ${failed}`,
        `outcome: ${held.rows[0]!.n} messages held, ${cases.rows[0]!.n} cases opened, ${offers.rows[0]!.n} crisis support offers`,
      ].join('\n') + '\n',
    );
  } finally {
    await queue.close();
    if (worker) await stopProcess(worker);
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
