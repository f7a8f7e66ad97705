import { DataSource } from 'typeorm';
import { AppConfig, dataSourceOptions, ensureDatabaseExists, runMigrations } from '@kindred/core';
import { databaseUrl, dropDatabase, testRunId } from '@kindred/core/testing';
import { SCHEMA_MIGRATIONS } from './index';

describe('database start-up', () => {
  const name = `kindred_${testRunId()}_fresh_start`;
  const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', DATABASE_URL: databaseUrl(name) });

  afterAll(() => dropDatabase(name));

  it('creates a missing database and migrates it once, even when processes start together', async () => {
    await Promise.all([ensureDatabaseExists(config.databaseUrl), ensureDatabaseExists(config.databaseUrl)]);
    const sources = await Promise.all([1, 2, 3].map(() => new DataSource(dataSourceOptions(config, 'test', { migrations: SCHEMA_MIGRATIONS })).initialize()));
    try {
      const applied = await Promise.all(sources.map((source) => runMigrations(source)));
      expect(
        applied
          .flat()
          .map((migration) => migration.name)
          .sort(),
      ).toEqual(SCHEMA_MIGRATIONS.map((migration) => migration.name).sort());
      const [source] = sources;
      const rows = await source!.query('SELECT name FROM schema_migrations');
      expect(rows).toHaveLength(SCHEMA_MIGRATIONS.length);
      const tables = await source!.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`);
      expect(tables.map((row: { table_name: string }) => row.table_name)).toEqual(
        expect.arrayContaining(['outbox_messages', 'schema_migrations', 'system_checks']),
      );
    } finally {
      await Promise.all(sources.map((source) => source.destroy()));
    }
  });

  it('can undo every migration', async () => {
    const source = await new DataSource(dataSourceOptions(config, 'test', { migrations: SCHEMA_MIGRATIONS })).initialize();
    try {
      for (let step = 0; step < SCHEMA_MIGRATIONS.length; step += 1) await source.undoLastMigration();
      const rows = await source.query('SELECT count(*)::int AS count FROM schema_migrations');
      expect(rows[0].count).toBe(0);
      expect(await runMigrations(source)).toHaveLength(SCHEMA_MIGRATIONS.length);
    } finally {
      await source.destroy();
    }
  });
});
