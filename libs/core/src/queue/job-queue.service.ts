import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { REDIS_REQUEST_DEADLINE_MS, withinRedisDeadline } from '../redis/redis-deadline';
import { ChangeStamps } from './change-stamps';
import { DEFAULT_JOB_OPTIONS, definitionOf, type JobItem, type JobName, type JobPayloads } from './job-catalogue';
import { QueueName } from './queue-name';

export interface EnqueueOptions {
  /**
   * The outbox message this job carries out. Its job id is then stable (the catalogue's
   * deduplication id, or one derived from the message), so however often the message is
   * dispatched or relayed, Redis holds at most one job for it while that job is queued,
   * running or kept. Only a sweep run by hand (tests) has none.
   */
  outboxMessageId?: string;
  /** Give up waiting for Redis after this long (the job may still be added once it answers). */
  deadlineMs?: number;
}

/** Adds catalogued jobs to their queue. The only producer API: nothing calls queue.add directly. */
@Injectable()
export class JobQueue {
  private readonly queues: ReadonlyMap<QueueName, Queue>;

  constructor(
    @Inject(getQueueToken(QueueName.Default)) defaultQueue: Queue,
    @Inject(LOGGER) logger: Logger,
    private readonly stamps: ChangeStamps,
  ) {
    this.queues = new Map([[QueueName.Default, defaultQueue]]);
    for (const [name, queue] of this.queues) {
      queue.on('error', (error: Error) => logger.warn({ queue: name, err: error.message }, 'queue connection problem'));
    }
  }

  async enqueue(item: JobItem, options: EnqueueOptions = {}): Promise<Job> {
    return this.enqueueNamed(item.name, item.data, options);
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Queue ${name} is not registered`);
    return queue;
  }

  private async enqueueNamed<N extends JobName>(name: N, data: JobPayloads[N], options: EnqueueOptions): Promise<Job> {
    const definition = definitionOf(name);
    const queue = this.queue(definition.queue);
    const jobId = definition.deduplicationId?.(data) ?? (options.outboxMessageId ? `outbox-${options.outboxMessageId}` : undefined);
    const debounce = definition.debounce
      ? {
          delay: definition.debounce.delayMs,
          deduplication: { id: definition.debounce.id(data), ttl: definition.debounce.delayMs, extend: true, replace: true },
        }
      : definition.delayMs
        ? { delay: definition.delayMs }
        : {};
    return withinRedisDeadline(
      queue.getBackend().client,
      async () => {
        const job = await queue.add(name, data, { ...DEFAULT_JOB_OPTIONS, ...(jobId ? { jobId } : {}), ...debounce });
        await this.stamps.announce(name, data);
        return job;
      },
      options.deadlineMs ?? REDIS_REQUEST_DEADLINE_MS,
    );
  }
}
