import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../config/load-config-or-exit';
import { createLogger } from '../logging/create-logger';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabaseExists } from './ensure-database';
import { runMigrations } from './run-migrations';

/** `npm run migrate`: create the database if needed and apply pending migrations. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config, 'migrate');
  await ensureDatabaseExists(config.databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(config, 'migrate')).initialize();
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
