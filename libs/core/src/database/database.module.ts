import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../logging/logging.module';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions, type MigrationClass } from './data-source-options';
import { ensureDatabaseExists } from './ensure-database';
import { runMigrations } from './run-migrations';

/**
 * Connects TypeORM to PostgreSQL. Entities are registered by each domain module with
 * `TypeOrmModule.forFeature`. A process given the schema's migrations (the api and the
 * worker pass `@kindred/schema`'s) creates the database if missing and migrates it before it
 * serves anything, when RUN_MIGRATIONS is on (the default); a tool given none only connects.
 */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, applicationName: 'api' | 'worker', migrations: readonly MigrationClass[] = []): DynamicModule {
    const migrates = config.runMigrations && migrations.length > 0;
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [LOGGER],
          useFactory: (logger: Logger) => ({
            ...dataSourceOptions(config, applicationName, { logger, migrations }),
            autoLoadEntities: true,
            retryAttempts: 3,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('TypeORM options are missing');
            if (migrates) await ensureDatabaseExists(config.databaseUrl);
            const dataSource = await new DataSource(options).initialize();
            if (migrates) await runMigrations(dataSource);
            return dataSource;
          },
        }),
      ],
    };
  }
}
