import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { withinRedisDeadline } from '../redis/redis-deadline';
import { REDIS } from '../redis/redis.module';
import { definitionOf, type AnnouncedJobName, type JobName, type JobPayloads } from './job-catalogue';

const keyOf = (change: string): string => `change-stamp:${change}`;

/**
 * A counter per announced change, raised as soon as a job that recomputes it is enqueued
 * (after the change is committed), not when a debounced job finally runs. A process caching
 * what the job will recompute compares stamps to know its copy is stale, whichever copy of
 * the API or worker made the change. Losing Redis only loses the counters: readers then see
 * every stamp as new and read Postgres again.
 */
@Injectable()
export class ChangeStamps {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Raises the job's change stamp, for jobs whose catalogue entry announces one. */
  async announce<N extends JobName>(name: N, data: JobPayloads[N]): Promise<void> {
    const announces = definitionOf(name).announces;
    if (announces) await withinRedisDeadline(this.redis, () => this.redis.incr(keyOf(announces(data))));
  }

  /**
   * The current stamp of each payload's change, in order ('0' when never raised). While Redis
   * cannot answer, every stamp is new, so readers read Postgres rather than wait.
   */
  async current<N extends AnnouncedJobName>(name: N, payloads: readonly JobPayloads[N][]): Promise<string[]> {
    if (payloads.length === 0) return [];
    const announces = definitionOf(name).announces!;
    try {
      const stamps = await withinRedisDeadline(this.redis, () => this.redis.mget(payloads.map((data) => keyOf(announces(data)))));
      return stamps.map((stamp) => stamp ?? '0');
    } catch {
      const unknown = `unknown-${randomUUID()}`;
      return payloads.map(() => unknown);
    }
  }
}
