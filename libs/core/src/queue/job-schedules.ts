import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { withinRedisDeadline } from '../redis/redis-deadline';
import { REDIS } from '../redis/redis.module';
import { REPEATABLE_JOBS, type JobName } from './job-catalogue';
import { JobQueue } from './job-queue.service';
import { Outbox } from './outbox.service';
import { QueueName } from './queue-name';

/** How often the worker checks that Redis still holds its schedules (and after every reconnection). */
export const SCHEDULE_CHECK_MS = 2000;
const CHECK_DEADLINE_MS = 10_000;
/**
 * Written once the schedules are registered. Redis restarted empty (or flushed) has lost it
 * with the queued jobs, which tells the worker to register them again and to enqueue every
 * unfinished outbox message at once.
 */
const MARKER_KEY = 'queue-data-marker';

/**
 * Keeps every repeatable sweep of the catalogue registered in Redis: at start-up, whenever
 * the Redis connection is ready again, and every SCHEDULE_CHECK_MS. Job schedulers are stored
 * by id, so several workers doing this keep one schedule each. Readiness fails while any is
 * missing (see `missing`).
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private readonly onReconnected = (): void => void this.check();

  constructor(
    private readonly jobs: JobQueue,
    private readonly outbox: Outbox,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.check();
    this.timer = setInterval(this.onReconnected, SCHEDULE_CHECK_MS).unref();
    this.redis.on('ready', this.onReconnected);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.redis.off('ready', this.onReconnected);
  }

  /** The repeatable jobs Redis has no schedule for. */
  async missing(): Promise<JobName[]> {
    const registered = new Set((await this.jobs.queue(QueueName.Default).getJobSchedulers(0, -1)).map((scheduler) => scheduler.key));
    return REPEATABLE_JOBS.filter(({ name }) => !registered.has(name)).map(({ name }) => name);
  }

  /** Registers what is missing; one check at a time. Never throws: the next check tries again. */
  check(): Promise<void> {
    this.checking ??= this.repair()
      .catch((error: unknown) => this.logger.warn({ err: error instanceof Error ? error.message : 'unknown' }, 'job schedules could not be checked'))
      .finally(() => (this.checking = undefined));
    return this.checking;
  }

  private repair(): Promise<void> {
    return withinRedisDeadline(
      this.redis,
      async () => {
        const lostData = (await this.redis.exists(MARKER_KEY)) === 0;
        const missing = await this.missing();
        if (!lostData && missing.length === 0) return;
        const redispatched = lostData ? await this.outbox.redispatchUnfinished() : 0;
        const queue = this.jobs.queue(QueueName.Default);
        for (const { name, everyMs } of REPEATABLE_JOBS) await queue.upsertJobScheduler(name, { every: everyMs }, { name, data: {} });
        await this.redis.set(MARKER_KEY, new Date().toISOString());
        this.logger.info({ missing, lostData, redispatched }, 'job schedules registered');
      },
      CHECK_DEADLINE_MS,
    );
  }
}
