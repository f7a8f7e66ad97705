/**
 * Benchmark: moderation scan jobs processed per second by one worker process.
 *
 * Run: `npm run bench:moderation` (optionally JOBS=…). It starts one built worker on a
 * throw-away database and Redis prefix, seeds messages directly in the database (sealed
 * with the same field cipher the API uses; a realistic mix of everyday, stigmatizing,
 * harassing, dealing, spam and crisis messages), enqueues one `moderation.scan-content`
 * job per message at once, and times the worker draining them, with its CPU per job read from
 * /proc (the figure that holds still on a shared machine). It prints figures; it is a
 * script that reports, not a test that asserts.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Queue, QueueEvents } from 'bullmq';
import { Client as PgClient } from 'pg';
import { AppConfig, FieldCipher, QueueName } from '@kindred/core';
import { deleteRunRedisKeys, dropRunDatabases, startTestRun } from '@kindred/core/testing';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import { cpuSeconds, loadAverage } from '@kindred/test-support/process-cpu';

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

export interface ModerationBenchmarkReport {
  jobs: number;
  seconds: number;
  jobsPerSecond: number;
  failed: number;
  workerCpuMicrosecondsPerJob: number;
  loadAverage: string;
  held: number;
  cases: number;
  offers: number;
}

export async function moderationBenchmark(jobs: number): Promise<ModerationBenchmarkReport> {
  const run = startTestRun();
  const env: Record<string, string> = { ...e2eEnvironment(run), LOG_LEVEL: 'warn' };
  const config = AppConfig.fromEnvironment(env);
  let worker: RunningProcess | undefined;
  const connection = { url: config.redisUrl };
  const prefix = `${config.redisPrefix}-bull`;
  const queue = new Queue(QueueName.Default, { connection, prefix });
  const events = new QueueEvents(QueueName.Default, { connection, prefix });
  try {
    worker = await startProcess('worker', env, 'bench-moderation-worker');
    const ids = await seed(config.databaseUrl, new FieldCipher(config), jobs);
    process.stdout.write(`seeded ${ids.length} messages by ${AUTHORS} people\n`);
    await events.waitUntilReady();

    // Counted by job id from the queue's events: the queue keeps only the latest 5,000 completed
    // jobs, so counting the completed set never reaches 5,000 more once anything else completed.
    // A job may finish before addBulk returns its id: such early ends wait in `endedFirst`.
    const ours = new Set<string>();
    const endedFirst = new Map<string, boolean>();
    let finished = 0;
    let failed = 0;
    const ended = (jobId: string, didFail: boolean): void => {
      if (!ours.has(jobId)) return void endedFirst.set(jobId, didFail);
      finished++;
      if (didFail) failed++;
    };
    events.on('completed', ({ jobId }) => ended(jobId, false));
    events.on('failed', ({ jobId }) => ended(jobId, true));

    const workerPid = worker.child.pid ?? 0;
    const cpuBefore = cpuSeconds(workerPid);
    const started = performance.now();
    for (let start = 0; start < ids.length; start += 1000) {
      const added = await queue.addBulk(
        ids.slice(start, start + 1000).map((contentId) => ({ name: 'moderation.scan-content', data: { kind: 'MESSAGE', contentId } })),
      );
      for (const job of added) {
        if (!job.id) continue;
        ours.add(job.id);
        const early = endedFirst.get(job.id);
        if (early !== undefined) ended(job.id, early);
      }
    }
    while (finished < ids.length) await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = (performance.now() - started) / 1000;
    const workerCpu = cpuSeconds(workerPid) - cpuBefore;
    const load = loadAverage();

    const db = new PgClient({ connectionString: config.databaseUrl });
    await db.connect();
    const cases = await db.query<{ n: string }>(`SELECT count(*) AS n FROM moderation_cases`);
    const held = await db.query<{ n: string }>(`SELECT count(*) AS n FROM messages WHERE visibility = 'HELD_FOR_REVIEW'`);
    const offers = await db.query<{ n: string }>(`SELECT count(*) AS n FROM crisis_support_offers`);
    await db.end();
    return {
      jobs: ids.length,
      seconds,
      jobsPerSecond: ids.length / seconds,
      failed,
      workerCpuMicrosecondsPerJob: (workerCpu * 1e6) / ids.length,
      loadAverage: load,
      held: Number(held.rows[0]!.n),
      cases: Number(cases.rows[0]!.n),
      offers: Number(offers.rows[0]!.n),
    };
  } finally {
    await events.close();
    await queue.close();
    if (worker) await stopProcess(worker);
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  }
}

async function main(): Promise<void> {
  const report = await moderationBenchmark(Number(process.env['JOBS'] ?? 5000));
  process.stdout.write(
    [
      `scan jobs: ${report.jobs} in ${report.seconds.toFixed(2)} s by one worker (load average ${report.loadAverage})`,
      `throughput: ${report.jobsPerSecond.toFixed(0)} jobs/s`,
      `worker CPU per job (/proc): ${report.workerCpuMicrosecondsPerJob.toFixed(0)} µs`,
      `failed: ${report.failed}`,
      `outcome: ${report.held} messages held, ${report.cases} cases opened, ${report.offers} crisis support offers`,
    ].join('\n') + '\n',
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
