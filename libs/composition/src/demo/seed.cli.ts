import 'reflect-metadata';
import { createLogger, loadConfigOrExit } from '@kindred/core';
import { createApiApp } from '../create-api-app';
import { allDemoPersonasText, DEMO_PASSWORD } from './demo-personas';
import { DemoWorld } from './demo-world';

/**
 * `npm run seed`: creates the demo world unless it is there (safe to run again), and lists its
 * people. Refused in production, before anything is opened.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.isProduction) {
    process.stderr.write('The demo world is never created in production (NODE_ENV=production): its people share a known password.\n');
    process.exit(1);
  }
  const logger = createLogger(config, 'api');
  const app = await createApiApp(config, logger);
  try {
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const outcome = await new DemoWorld(app, logger).ensure();
    process.stdout.write(
      `${outcome === 'created' ? 'The demo world is ready.' : 'The demo world was already there; nothing changed.'}\n` +
        `Everyone signs in with the password "${DEMO_PASSWORD}":\n${allDemoPersonasText()}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\nIf it stopped half-way, start again from an empty development database (dropdb kindred).\n`,
  );
  process.exit(1);
});
