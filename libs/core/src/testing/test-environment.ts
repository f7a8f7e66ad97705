import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Redis } from 'ioredis';

/**
 * Test isolation: every test run gets its own databases (named after the run) and its own
 * Redis key prefix, so runs never see each other's data and nothing is cleaned by hand.
 */
export const TEST_DATABASE_SERVER_URL = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const RUN_VARIABLE = 'KINDRED_TEST_RUN';

/** The current run's id, set by the global setup and inherited by Jest workers. */
export function testRunId(): string {
  const run = process.env[RUN_VARIABLE];
  if (!run) throw new Error(`${RUN_VARIABLE} is not set: run tests through the Jest configs, which set it up`);
  return run;
}

export function startTestRun(): string {
  const run = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  process.env[RUN_VARIABLE] = run;
  return run;
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function templateDatabaseName(run = testRunId()): string {
  return `kindred_${run}_template`;
}

export async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the run's migrated template: isolated, and fast to make. */
export async function createDatabaseFromTemplate(label: string): Promise<string> {
  const safeLabel = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 20);
  const name = `kindred_${testRunId()}_${safeLabel}_${randomBytes(3).toString('hex')}`;
  await withServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName()}"`));
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await withServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Drops every database this run created, template included. */
export async function dropRunDatabases(run = testRunId()): Promise<void> {
  await withServer(async (client) => {
    const result = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`kindred\\_${run}\\_%`]);
    for (const { datname } of result.rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

export function redisPrefix(label: string): string {
  return `${testRunId()}-${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 20)}`;
}

/** Deletes every Redis key of this run. */
export async function deleteRunRedisKeys(run = testRunId()): Promise<void> {
  await deleteRedisKeys(`${run}-*`);
}

/**
 * Deletes every key of one environment's prefix (its counters, queues and schedules), as a
 * Redis restarted empty would lose them, without touching other test files' keys.
 */
export async function emptyRedisPrefix(prefix: string): Promise<void> {
  await deleteRedisKeys(`${prefix}:*`);
  await deleteRedisKeys(`${prefix}-bull:*`);
}

async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
