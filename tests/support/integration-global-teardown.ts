import { deleteRunRedisKeys, dropRunDatabases } from '@kindred/core/testing';

/** Leaves nothing behind: the run's databases are dropped and its Redis keys deleted. */
export default async function teardown(): Promise<void> {
  await dropRunDatabases();
  await deleteRunRedisKeys();
}
