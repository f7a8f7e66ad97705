import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startTestRun } from '@kindred/core/testing';
import { e2eEnvironment, ROOT, startProcess, type RunningProcess } from './processes';

declare global {
  var kindredE2eProcesses: RunningProcess[] | undefined;
}

/**
 * Starts the built api and worker once for the whole end-to-end run, on free ports, against
 * a database and a Redis prefix of this run. Tests reach them only over HTTP and WebSocket.
 */
export default async function setup(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'))) {
    throw new Error('Build first: `npm run test:e2e` builds, then runs these tests.');
  }
  const run = startTestRun();
  const env = e2eEnvironment(run);
  // The API creates and migrates the database; the worker starts after, with nothing to migrate.
  const api = await startProcess('api', env);
  const worker = await startProcess('worker', env);
  globalThis.kindredE2eProcesses = [api, worker];
  process.env['E2E_API_URL'] = api.url;
  process.env['E2E_WORKER_URL'] = worker.url;
}
