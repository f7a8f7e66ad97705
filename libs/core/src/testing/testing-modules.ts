import type { DynamicModule, Type } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { CryptoModule } from '../crypto/crypto.module';
import { DatabaseModule } from '../database/database.module';
import { KindredError } from '../graphql/errors';
import { LoggingModule } from '../logging/logging.module';
import { MetricsModule } from '../metrics/metrics.module';
import { EventBusModule } from '../pubsub/event-bus.module';
import { QueueModule } from '../queue/queue.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { RedisModule } from '../redis/redis.module';
import type { IntegrationEnvironment } from './integration-app';

/** The shared infrastructure a domain's integration test module stands on: real, not mocked. */
export function infrastructureModules(env: IntegrationEnvironment): (DynamicModule | Type)[] {
  return [
    ConfigModule.forRoot(env.config),
    LoggingModule.forRoot(env.logger),
    DatabaseModule.forRoot(env.config, 'api'),
    RedisModule.forRoot(env.config),
    QueueModule.forRoot(env.config),
    EventBusModule,
    RateLimitModule,
    CryptoModule,
    MetricsModule,
  ];
}

/** The error code a call fails with, or 'ok': for asserting refusals by their code. */
export async function errorCodeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof KindredError) return error.code;
    throw error;
  }
}
