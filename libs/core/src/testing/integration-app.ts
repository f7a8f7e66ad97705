import type { Logger } from 'pino';
import pino from 'pino';
import { AppConfig } from '../config/app-config';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase, redisPrefix, TEST_REDIS_URL } from './test-environment';

/** A silent logger, or a real one when KINDRED_TEST_LOGS=1 is set while debugging a test. */
export function testLogger(): Logger {
  return pino({ level: process.env['KINDRED_TEST_LOGS'] === '1' ? 'debug' : 'silent' });
}

export interface IntegrationEnvironment {
  config: AppConfig;
  logger: Logger;
  /** Drops the test file's database. */
  cleanup(): Promise<void>;
}

/**
 * A test file's own database (a copy of the migrated template) and Redis prefix, with the
 * configuration that points at them. Migrations already ran on the template.
 */
export async function integrationEnvironment(label: string, overrides: Record<string, string> = {}): Promise<IntegrationEnvironment> {
  const database = await createDatabaseFromTemplate(label);
  const config = AppConfig.fromEnvironment({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(database),
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redisPrefix(label),
    RUN_MIGRATIONS: 'false',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
  return { config, logger: testLogger(), cleanup: () => dropDatabase(database) };
}
