import { request } from 'node:http';
import { Client } from 'pg';
import { eventually } from '@kindred/test-support/polling';
import { startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import {
  completedChecks,
  jobsDoneIn,
  report,
  requestSystemCheck,
  sleep,
  STACK_START_TIMEOUT_MS,
  startFaultStack,
  type FaultStack,
} from '@kindred/test-support/fault-stack';

const JOB_CONCURRENCY = 8;

const jobIdOf = (checkId: string): string => `operations.system-check-${checkId}`;

/**
 * Waits until the workers' logs (which reach their files a moment after the database writes)
 * show each check's job done, then says how often each was done and when the last one was.
 */
async function jobsDoneFor(checkIds: readonly string[], workerLabels: readonly string[]): Promise<{ counts: Map<string, number>; lastAt: number }> {
  return eventually("every job in the workers' logs", () => {
    const done = workerLabels.flatMap((label) => jobsDoneIn(label)).filter((entry) => checkIds.some((id) => entry.jobId === jobIdOf(id)));
    const counts = done.reduce((found, entry) => found.set(entry.jobId, (found.get(entry.jobId) ?? 0) + 1), new Map<string, number>());
    return checkIds.every((id) => counts.has(jobIdOf(id))) ? { counts, lastAt: Math.max(...done.map((entry) => entry.at)) } : undefined;
  });
}

/**
 * Workers and API copies killed or stopped while busy: a job is never lost and never has its
 * effect twice, and work held by a killed worker resumes within seconds.
 */
describe('a worker or API copy ends while busy', () => {
  let stack: FaultStack;
  let survivor: RunningProcess;
  /** A second API copy, booting in the background while the worker tests run. */
  let apiCopy: Promise<RunningProcess>;

  /** Sessions of the database waiting on a row lock: the jobs stuck behind `holdRows`. */
  const jobsWaiting = async (): Promise<number> =>
    (
      await stack.database.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )
    ).rows[0]!.count;

  /** Locks these checks' rows, so the worker jobs completing them wait (they are running, and hold their BullMQ lock). */
  const holdRows = async (ids: readonly string[]): Promise<{ release(): Promise<void> }> => {
    const holder = new Client({ connectionString: stack.env['DATABASE_URL'] });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT id FROM system_checks WHERE id = ANY($1) FOR UPDATE`, [ids]);
    return {
      release: async () => {
        await holder.query('ROLLBACK');
        await holder.end();
      },
    };
  };

  /** A burst of checks that waits in Redis while the given workers are frozen, then runs into held rows. */
  const burstIntoHeldRows = async (workers: readonly RunningProcess[], count: number): Promise<{ ids: string[]; release(): Promise<void> }> => {
    for (const worker of workers) worker.child.kill('SIGSTOP');
    const ids = await Promise.all(Array.from({ length: count }, () => requestSystemCheck(stack.api.url, stack.adminToken)));
    const held = await holdRows(ids);
    for (const worker of workers) worker.child.kill('SIGCONT');
    await eventually('every worker to be busy with held jobs', async () => ((await jobsWaiting()) >= workers.length * JOB_CONCURRENCY ? true : undefined), {
      timeoutMs: 20_000,
      intervalMs: 50,
    });
    return { ids, release: held.release };
  };

  beforeAll(async () => {
    stack = await startFaultStack('crash', 2);
    survivor = stack.workers[1]!;
    apiCopy = startProcess('api', { ...stack.env, RUN_MIGRATIONS: 'false' }, 'fault-crash-api-2');
    apiCopy.catch(() => undefined);
  }, STACK_START_TIMEOUT_MS);

  afterAll(async () => {
    await apiCopy.then(
      (copy) => stopProcess(copy),
      () => undefined,
    );
    await stack.stop();
  });

  it('kill -9 of a worker mid-burst: its jobs resume on another copy within 10 s, nothing lost, nothing done twice', async () => {
    const { ids, release } = await burstIntoHeldRows([stack.worker, survivor], 40);
    stack.worker.child.kill('SIGKILL');
    const killedAt = Date.now();
    // The burst goes on while the worker is dead.
    const later = await Promise.all(Array.from({ length: 20 }, () => requestSystemCheck(stack.api.url, stack.adminToken)));
    await release();
    const all = [...ids, ...later];

    await eventually('every check to complete', async () => ((await completedChecks(stack.database, all)) === all.length ? true : undefined), {
      timeoutMs: 45_000,
      intervalMs: 100,
    });
    expect(await stack.worker.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // The killed worker's statements may still complete in Postgres; its jobs are recovered
    // once another worker has run them to completion, which its log says.
    const { counts, lastAt } = await jobsDoneFor(all, ['fault-crash-worker', 'fault-crash-worker-2']);
    const recoveryMs = lastAt - killedAt;
    expect(all.filter((id) => counts.get(jobIdOf(id)) !== 1)).toEqual([]);
    const { rows } = await stack.database.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM outbox_messages WHERE payload->>'systemCheckId' = ANY($1) AND completed_at IS NULL`,
      [all],
    );
    expect(rows[0]!.count).toBe(0);

    report('kill -9 of a worker mid-burst (2 worker copies, 60 checks, 8 held by the killed worker)', [
      `every job done ${recoveryMs} ms after the kill (BullMQ before: 30 s lock + 30 s stalled check, 62 s seen)`,
      `each of ${all.length} jobs completed exactly once; no outbox message left unfinished`,
    ]);
    expect(recoveryMs).toBeLessThan(10_000);
  });

  it('SIGTERM of a worker mid-burst: it finishes the jobs it runs, exits 0, and the rest run elsewhere once each', async () => {
    const { ids, release } = await burstIntoHeldRows([survivor], 16);
    survivor.child.kill('SIGTERM');
    const signalledAt = performance.now();
    // As a supervisor would, a replacement starts at once; it takes the jobs still queued.
    const next = stack.startWorker('worker-3');
    await sleep(300);
    await release();
    expect(await survivor.exited).toEqual({ code: 0, signal: null });
    const exitMs = Math.round(performance.now() - signalledAt);
    await next;

    await eventually('every check to complete', async () => ((await completedChecks(stack.database, ids)) === ids.length ? true : undefined), {
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    const { counts } = await jobsDoneFor(ids, ['fault-crash-worker-2', 'fault-crash-worker-3']);
    expect(ids.filter((id) => counts.get(jobIdOf(id)) !== 1)).toEqual([]);
    const finishedByStopped = jobsDoneIn('fault-crash-worker-2').filter((entry) => ids.some((id) => entry.jobId === jobIdOf(id)));
    expect(finishedByStopped).toHaveLength(JOB_CONCURRENCY);
    report('SIGTERM of a worker running 8 jobs', [`it finished them and exited 0 in ${exitMs} ms (300 ms of which the jobs were held)`]);
  });

  it('SIGTERM of an API copy under load: every request it accepted is answered, and each check it took is completed', async () => {
    const copy = await apiCopy;
    const { port } = new URL(copy.url);
    const body = JSON.stringify({ query: 'mutation { requestSystemCheck { id } }' });
    const accepted: string[] = [];
    /** Answered "closing" (503) or closed before the request was read: the client tries another copy. */
    const turnedAway: string[] = [];
    const failures: string[] = [];
    let stopping = false;
    const [{ now: startedAt }] = (await stack.database.query<{ now: Date }>('SELECT now()')).rows;
    // One connection per request, as clients behind a load balancer would open them.
    const send = (): Promise<void> =>
      new Promise((resolve) => {
        const call = request(
          {
            host: '127.0.0.1',
            port,
            path: '/graphql',
            method: 'POST',
            agent: false,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${stack.adminToken}` },
          },
          (response) => {
            let text = '';
            response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
            response.on('end', () => {
              const parsed = JSON.parse(text) as { data?: { requestSystemCheck: { id: string } } };
              if (response.statusCode === 200 && parsed.data) accepted.push(parsed.data.requestSystemCheck.id);
              else if (response.statusCode === 503) turnedAway.push('503');
              else failures.push(`HTTP ${response.statusCode ?? '?'}: ${text.slice(0, 200)}`);
              resolve();
            });
          },
        );
        call.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED') stopping = true;
          else if (error.code === 'ECONNRESET') turnedAway.push(error.code);
          else failures.push(error.code ?? error.message);
          resolve();
        });
        call.end(body);
      });
    const clients = Array.from({ length: 12 }, async () => {
      while (!stopping) await send();
    });
    await sleep(800);
    copy.child.kill('SIGTERM');
    const exit = await copy.exited;
    stopping = true;
    await Promise.all(clients);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(failures).toEqual([]);
    expect(accepted.length).toBeGreaterThan(0);
    // Every request the copy carried out was answered: no check exists that nobody heard of.
    const { rows } = await stack.database.query<{ id: string }>(`SELECT id FROM system_checks WHERE requested_at >= $1`, [startedAt]);
    expect(rows.map((row) => row.id).sort()).toEqual([...accepted].sort());
    await eventually(
      'every accepted check to complete',
      async () => ((await completedChecks(stack.database, accepted)) === accepted.length ? true : undefined),
      {
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );
    report('SIGTERM of an API copy under 12 concurrent clients', [
      `${accepted.length} requests carried out and answered, none carried out unanswered; ${turnedAway.length} turned away while closing (503, or the connection closed before its request was read), then connections refused`,
    ]);
  });
});
