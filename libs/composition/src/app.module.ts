import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  AccessControlModule,
  AppConfig,
  ConfigModule,
  CryptoModule,
  DatabaseModule,
  EventBusModule,
  HealthModule,
  KindredGraphqlModule,
  LoggingModule,
  MetricsModule,
  QueueModule,
  RateLimitModule,
  RedisModule,
} from '@kindred/core';
import { SCHEMA_MIGRATIONS } from '@kindred/schema';
import { API_DOMAIN_MODULES } from './domains';

/** The API process: shared infrastructure, then one module per domain. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(config, 'api', SCHEMA_MIGRATIONS),
        RedisModule.forRoot(config),
        QueueModule.forRoot(config),
        EventBusModule,
        MetricsModule,
        KindredGraphqlModule.forRoot(config, logger),
        HealthModule.forRoot(),
        AccessControlModule,
        RateLimitModule,
        CryptoModule,
        ...API_DOMAIN_MODULES,
      ],
    };
  }
}
