import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, registeredQueries } from '@kindred/core';
import { integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';

const LIBS = join(__dirname, '..', '..', '..', 'libs');

function queryModules(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : queryModules(path);
    return entry.name.endsWith('.queries.ts') ? [path] : [];
  });
}

/**
 * Every raw SQL statement declared with defineQuery is planned by Postgres against the
 * migrated schema with its example parameters: a renamed column or table fails here.
 */
describe('typed queries (EXPLAIN every registered query against the migrated schema)', () => {
  let env: IntegrationEnvironment;
  let dataSource: DataSource;
  const modules = queryModules(LIBS);

  beforeAll(async () => {
    for (const file of modules) await import(file);
    env = await integrationEnvironment('queries-explain');
    dataSource = await new DataSource(dataSourceOptions(env.config, 'test')).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await env?.cleanup();
  });

  it('finds the queries of every *.queries.ts module', () => {
    expect(modules.length).toBeGreaterThan(0);
    expect(registeredQueries().length).toBeGreaterThanOrEqual(modules.length);
  });

  it('plans every registered query', async () => {
    const failures: string[] = [];
    for (const query of registeredQueries()) {
      const { sql, params, example } = query.definition;
      try {
        await dataSource.query(`EXPLAIN ${sql}`, params(example));
      } catch (error) {
        failures.push(`${query.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
