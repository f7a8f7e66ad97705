import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createAdmin } from './accounts';
import { graphql } from './graphql-client';
import { LOG_DIR, startProcess, stopProcess, type RunningProcess } from './processes';
import { privatePostgres, startPrivateRedis, type PrivateRedis } from './private-services';

/** The built api and one worker on a database of this test file and a Redis of its own. */
export interface FaultStack {
  env: Record<string, string>;
  redis: PrivateRedis;
  api: RunningProcess;
  /** The first worker copy. */
  worker: RunningProcess;
  /** Every worker copy started with the stack. */
  workers: RunningProcess[];
  /** Direct connections to the file's database, for what a client cannot see (locks, outbox rows); they survive a PostgreSQL restart. */
  database: Pool;
  /** An administrator's access token (system checks are theirs to run). */
  adminToken: string;
  /** Starts another worker copy (also what a supervisor does after a crash). */
  startWorker(label: string): Promise<RunningProcess>;
  stop(): Promise<void>;
}

/** How long starting a stack may take on a loaded machine (process boots dominate). */
export const STACK_START_TIMEOUT_MS = 180_000;

/** The API first (it creates and migrates the database), then `workers` worker copies and an administrator, side by side. */
export async function startFaultStack(label: string, workers = 1): Promise<FaultStack> {
  const redis = await startPrivateRedis();
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: privatePostgres().databaseUrl(`kindred_fault_${label.replace(/[^a-z0-9]+/g, '_')}`),
    REDIS_URL: redis.url,
    REDIS_PREFIX: 'kindred',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SHUTDOWN_GRACE_MS: '15000',
  };
  const processes: RunningProcess[] = [];
  const startWorker = async (workerLabel: string): Promise<RunningProcess> => {
    const worker = await startProcess('worker', { ...env, RUN_MIGRATIONS: 'false' }, `fault-${label}-${workerLabel}`);
    processes.push(worker);
    return worker;
  };
  const api = await startProcess('api', env, `fault-${label}-api`);
  processes.push(api);
  const [admin, ...started] = await Promise.all([
    createAdmin(api.url, env),
    ...Array.from({ length: workers }, (_, index) => startWorker(index === 0 ? 'worker' : `worker-${index + 1}`)),
  ]);
  const database = new Pool({ connectionString: env.DATABASE_URL, max: 2 });
  database.on('error', () => undefined);
  return {
    env,
    adminToken: admin.accessToken,
    redis,
    api,
    worker: started[0]!,
    workers: started,
    database,
    startWorker,
    stop: async () => {
      await database.end().catch(() => undefined);
      redis.thaw();
      for (const running of processes) running.child.kill('SIGCONT');
      await Promise.all(processes.map((running) => stopProcess(running)));
      await redis.destroy();
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` and says how long it took. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const startedAt = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - startedAt), value };
}

/** Requests a system check (API → outbox → queue → worker → database) and returns its id. */
export async function requestSystemCheck(apiUrl: string, adminToken: string): Promise<string> {
  const response = await graphql<{ requestSystemCheck: { id: string } }>(apiUrl, 'mutation { requestSystemCheck { id } }', {}, adminToken);
  if (!response.data) throw new Error(`requestSystemCheck failed: ${JSON.stringify(response.errors)}`);
  return response.data.requestSystemCheck.id;
}

/** How many of these checks the worker has completed. */
export async function completedChecks(database: Pool, ids: readonly string[]): Promise<number> {
  const { rows } = await database.query<{ count: number }>(`SELECT count(*)::int AS count FROM system_checks WHERE id = ANY($1) AND status = 'COMPLETED'`, [
    ids,
  ]);
  return rows[0]!.count;
}

/** Every "job done" line a process logged (as many times as it logged it): the job id, and when. */
export function jobsDoneIn(label: string): { jobId: string; at: number }[] {
  return readFileSync(join(LOG_DIR, `${label}.log`), 'utf8')
    .split('\n')
    .filter((line) => line.includes('"job done"'))
    .flatMap((line) => {
      try {
        const entry = JSON.parse(line) as { jobId: unknown; time: string };
        return [{ jobId: String(entry.jobId), at: Date.parse(entry.time) }];
      } catch {
        return []; // The last line of a killed process may be cut short.
      }
    });
}

/** Prints a figure for the closing note, where the test output shows it. */
export function report(title: string, lines: string[]): void {
  process.stdout.write(`\n[fault figures] ${title}\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
}
