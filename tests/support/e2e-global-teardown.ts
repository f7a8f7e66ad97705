import { deleteRunRedisKeys, dropRunDatabases } from '@kindred/core/testing';
import { stopProcess } from './processes';

export default async function teardown(): Promise<void> {
  await Promise.all((globalThis.kindredE2eProcesses ?? []).map((running) => stopProcess(running)));
  await dropRunDatabases();
  await deleteRunRedisKeys();
}
