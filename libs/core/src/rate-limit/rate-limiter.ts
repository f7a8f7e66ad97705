import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimitedError } from '../graphql/errors';
import { REDIS } from '../redis/redis.module';

export interface RateLimit {
  /** What is limited, e.g. `login:ip`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in Redis, so a limit holds across every API copy. Keys carry a
 * hash of the subject, never an email address or IP in clear.
 */
@Injectable()
export class RateLimiter {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Counts one attempt; throws RATE_LIMITED with a retry-after once the limit is passed. */
  async consume(rule: RateLimit, subject: string): Promise<void> {
    const key = `ratelimit:${rule.name}:${createHash('sha256').update(subject).digest('base64url')}`;
    const [[, count], [, ttl]] = (await this.redis
      .multi()
      .incr(key)
      .pexpire(key, rule.windowSeconds * 1000, 'NX')
      .pttl(key)
      .exec()) as [[null, number], [null, number], [null, number]];
    if (count > rule.limit) throw new RateLimitedError(Math.max(1, Math.ceil((ttl > 0 ? ttl : rule.windowSeconds * 1000) / 1000)));
  }
}
