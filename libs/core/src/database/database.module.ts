import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../logging/logging.module';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { ensureDatabaseExists } from './ensure-database';
import { runMigrations } from './run-migrations';

/**
 * Connects TypeORM to PostgreSQL. Entities are registered by each domain module with
 * `TypeOrmModule.forFeature`; when RUN_MIGRATIONS is on (the default) the database is
 * created if missing and migrated before the process serves anything.
 */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, applicationName: 'api' | 'worker'): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [LOGGER],
          useFactory: (logger: Logger) => ({
            ...dataSourceOptions(config, applicationName, logger),
            autoLoadEntities: true,
            retryAttempts: 3,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('TypeORM options are missing');
            if (config.runMigrations) await ensureDatabaseExists(config.databaseUrl);
            const dataSource = await new DataSource(options).initialize();
            if (config.runMigrations) await runMigrations(dataSource);
            return dataSource;
          },
        }),
      ],
    };
  }
}
