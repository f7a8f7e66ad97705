import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  AppConfig,
  ConfigModule,
  CryptoModule,
  DatabaseModule,
  EventBusModule,
  HealthModule,
  JobSchedulesHealthIndicator,
  LoggingModule,
  MetricsModule,
  QueueLagHealthIndicator,
  QueueModule,
  QueueWorkerModule,
  RedisModule,
} from '@kindred/core';
import { SCHEMA_MIGRATIONS } from '@kindred/schema';
import { WORKER_DOMAIN_MODULES } from '@kindred/composition';

/** The worker process: queue processors of every domain, and a health endpoint. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(config, 'worker', SCHEMA_MIGRATIONS),
        RedisModule.forRoot(config),
        QueueModule.forRoot(config),
        EventBusModule,
        MetricsModule,
        HealthModule.forRoot({ imports: [QueueWorkerModule], indicators: [JobSchedulesHealthIndicator, QueueLagHealthIndicator] }),
        QueueWorkerModule,
        CryptoModule,
        ...WORKER_DOMAIN_MODULES,
      ],
    };
  }
}
