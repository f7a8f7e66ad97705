import type { DataSource, Migration } from 'typeorm';

/** An arbitrary, fixed advisory-lock key: "kindred migrations". */
const MIGRATION_LOCK_KEY = 4_242_017;

/**
 * Runs pending migrations under a Postgres advisory lock, so an API and a worker starting
 * together (or many API copies) never apply the same migration twice.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}
