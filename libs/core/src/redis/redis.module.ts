import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import type { AppConfig } from '../config/app-config';

/** Injection token for the shared general-purpose Redis client (health, counters, caches). */
export const REDIS = Symbol('REDIS');

/**
 * One Redis client per process for ordinary commands. BullMQ and pub/sub open their own
 * connections because they block or subscribe.
 */
@Global()
@Module({})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        {
          provide: REDIS,
          inject: [LOGGER],
          useFactory: (logger: Logger) => {
            const redis = new Redis(config.redisUrl, {
              keyPrefix: `${config.redisPrefix}:`,
              // Commands issued while (re)connecting wait briefly rather than fail, and fail
              // fast once Redis has been unreachable for a retry.
              maxRetriesPerRequest: 1,
            });
            // ioredis reconnects by itself; without a listener each failure would crash the process.
            redis.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis connection problem'));
            return redis;
          },
        },
      ],
      exports: [REDIS],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
