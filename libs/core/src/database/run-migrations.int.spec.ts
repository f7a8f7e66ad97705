import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { databaseUrl, dropDatabase, testRunId } from '../testing/test-environment';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabaseExists } from './ensure-database';
import { MIGRATIONS } from './migrations';
import { runMigrations } from './run-migrations';

describe('database start-up', () => {
  const name = `kindred_${testRunId()}_fresh_start`;
  const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(name) });

  afterAll(() => dropDatabase(name));

  it('creates a missing database and migrates it once, even when processes start together', async () => {
    await Promise.all([ensureDatabaseExists(config.databaseUrl), ensureDatabaseExists(config.databaseUrl)]);
    const sources = await Promise.all(
      [1, 2, 3].map(() => new DataSource(dataSourceOptions(config, 'test')).initialize()),
    );
    try {
      const applied = await Promise.all(sources.map((source) => runMigrations(source)));
      expect(applied.flat().map((migration) => migration.name).sort()).toEqual(
        MIGRATIONS.map((migration) => migration.name).sort(),
      );
      const [source] = sources;
      const rows = await source!.query('SELECT name FROM schema_migrations');
      expect(rows).toHaveLength(MIGRATIONS.length);
      const tables = await source!.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((row: { table_name: string }) => row.table_name)).toEqual(
        expect.arrayContaining(['outbox_messages', 'schema_migrations', 'system_checks']),
      );
    } finally {
      await Promise.all(sources.map((source) => source.destroy()));
    }
  });

  it('can undo every migration', async () => {
    const source = await new DataSource(dataSourceOptions(config, 'test')).initialize();
    try {
      for (let step = 0; step < MIGRATIONS.length; step += 1) await source.undoLastMigration();
      const rows = await source.query('SELECT count(*)::int AS count FROM schema_migrations');
      expect(rows[0].count).toBe(0);
      expect(await runMigrations(source)).toHaveLength(MIGRATIONS.length);
    } finally {
      await source.destroy();
    }
  });
});
