import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './processes';
import { startPrivatePostgres, type PrivatePostgres } from './private-services';

declare global {
  var kindredFaultPostgres: PrivatePostgres | undefined;
}

/**
 * One private PostgreSQL for the fault tests (each file makes its own database on it, and its
 * own Redis; see `privatePostgres()`): restarting it, or anything else the tests do to it, reaches no shared service.
 */
export default async function setup(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'))) {
    throw new Error('Build first: `npm run test:fault` builds, then runs these tests.');
  }
  globalThis.kindredFaultPostgres = await startPrivatePostgres();
}
