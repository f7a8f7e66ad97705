import type { Logger } from 'pino';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { TypeormLogger } from '../logging/typeorm-logger';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one place connection settings are decided. Schema changes happen only through
 * migrations: `synchronize` is off everywhere, tests included. With a logger, TypeORM's own
 * lines go through it, never with query parameters.
 */
export function dataSourceOptions(config: AppConfig, applicationName: string, logger?: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    applicationName: `kindred-${applicationName}`,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
    synchronize: false,
    // TypeORM calls a logger it is given on every query, whatever `logging` says.
    ...(logger ? { logger: new TypeormLogger(logger) } : { logging: false }),
    extra: { max: config.databasePoolSize },
  };
}
