import type { Logger } from 'pino';
import type { DataSourceOptions, MigrationInterface } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { TypeormLogger } from '../logging/typeorm-logger';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** A migration class, as TypeORM takes them. */
export type MigrationClass = new () => MigrationInterface;

export interface DataSourceExtras {
  /** With a logger, TypeORM's own lines go through it, never with query parameters. */
  logger?: Logger;
  /**
   * The schema's whole history, composed outside core (`@kindred/schema`), so core knows
   * no domain's tables. Without it the data source can query but not migrate.
   */
  migrations?: readonly MigrationClass[];
}

/**
 * The one place connection settings are decided. Schema changes happen only through
 * migrations: `synchronize` is off everywhere, tests included.
 */
export function dataSourceOptions(config: AppConfig, applicationName: string, extras: DataSourceExtras = {}): DataSourceOptions {
  const { logger, migrations = [] } = extras;
  return {
    type: 'postgres',
    url: config.databaseUrl,
    applicationName: `kindred-${applicationName}`,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: [...migrations],
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
    synchronize: false,
    // TypeORM calls a logger it is given on every query, whatever `logging` says.
    ...(logger ? { logger: new TypeormLogger(logger) } : { logging: false }),
    extra: { max: config.databasePoolSize },
  };
}
