import { DataSource } from 'typeorm';
import { createLogger, dataSourceOptions, ensureDatabaseExists, loadConfigOrExit, runMigrations } from '@kindred/core';
import { SCHEMA_MIGRATIONS } from './index';

/** `npm run migrate`: create the database if needed and apply pending migrations. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'migrate');
  await ensureDatabaseExists(config.databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(config, 'migrate', { migrations: SCHEMA_MIGRATIONS })).initialize();
  try {
    const applied = await runMigrations(dataSource);
    logger.info({ applied: applied.map((migration) => migration.name) }, `${applied.length} migration(s) applied`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
