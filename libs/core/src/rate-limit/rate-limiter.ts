import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimitedError, ServiceUnavailableError } from '../graphql/errors';
import { LOGGER } from '../logging/logging.module';
import { withinRedisDeadline } from '../redis/redis-deadline';
import { REDIS } from '../redis/redis.module';

export interface RateLimit {
  /** What is limited, e.g. `login:ip`. */
  name: string;
  limit: number;
  windowSeconds: number;
  /**
   * What happens while Redis cannot count (down or frozen), decided per limit and listed in
   * the README: `allow` lets the attempt through uncounted (for what people must be able to
   * do during an outage), `refuse` answers SERVICE_UNAVAILABLE at once (for what can wait a
   * minute and would be abused without the limit).
   */
  whenUncounted: 'allow' | 'refuse';
}

/**
 * Fixed-window counters in Redis, so a limit holds across every API copy. Keys carry a
 * hash of the subject, never an email address or IP in clear.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Counts one attempt; throws RATE_LIMITED with a retry-after once the limit is passed. */
  async consume(rule: RateLimit, subject: string): Promise<void> {
    const key = `ratelimit:${rule.name}:${createHash('sha256').update(subject).digest('base64url')}`;
    let count: number;
    let ttl: number;
    try {
      [[, count], , [, ttl]] = (await withinRedisDeadline(this.redis, () =>
        this.redis
          .multi()
          .incr(key)
          .pexpire(key, rule.windowSeconds * 1000, 'NX')
          .pttl(key)
          .exec(),
      )) as [[null, number], [null, number], [null, number]];
    } catch (error) {
      this.logger.warn(
        { limit: rule.name, whenUncounted: rule.whenUncounted, err: error instanceof Error ? error.message : 'unknown' },
        'rate limit could not count',
      );
      if (rule.whenUncounted === 'allow') return;
      throw new ServiceUnavailableError();
    }
    if (count > rule.limit) throw new RateLimitedError(Math.max(1, Math.ceil((ttl > 0 ? ttl : rule.windowSeconds * 1000) / 1000)));
  }
}
