import type { Queue } from 'bullmq';
import { Client } from 'pg';
import type { JobName } from '@kindred/core';

/**
 * Moves accounts back in time, as if they had joined `days` ago: new-account limits (trust
 * levels) lift with account age, and a test cannot wait three days. The one place e2e tests
 * touch the database directly, standing in for the passage of time.
 */
export async function ageAccounts(env: Record<string, string>, userIds: readonly string[], days: number): Promise<void> {
  const client = new Client({ connectionString: env['DATABASE_URL'] });
  await client.connect();
  try {
    await client.query(`UPDATE users SET created_at = now() - make_interval(days => $2) WHERE id = ANY($1)`, [userIds, days]);
  } finally {
    await client.end();
  }
}

/**
 * Brings forward every delayed job of this name, as if its delay had passed: a timeout (an
 * unanswered call for support escalating after minutes) cannot be waited out in a test. The
 * jobs then run on the worker like any other; returns how many were brought forward.
 */
export async function runDelayedJobsNow(queue: Queue, name: JobName): Promise<number> {
  const delayed = (await queue.getDelayed()).filter((job) => job.name === name);
  await Promise.all(delayed.map((job) => job.promote()));
  return delayed.length;
}
