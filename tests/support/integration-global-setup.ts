import { DataSource } from 'typeorm';
import { AppConfig, dataSourceOptions, ensureDatabaseExists, runMigrations } from '@kindred/core';
import { databaseUrl, startTestRun, templateDatabaseName } from '@kindred/core/testing';
import { SCHEMA_MIGRATIONS } from '@kindred/schema';

/** Migrates one template database per run; each test file copies it (CREATE DATABASE … TEMPLATE). */
export default async function setup(): Promise<void> {
  startTestRun();
  const url = databaseUrl(templateDatabaseName());
  await ensureDatabaseExists(url);
  const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', DATABASE_URL: url });
  const dataSource = await new DataSource(dataSourceOptions(config, 'test-setup', { migrations: SCHEMA_MIGRATIONS })).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
