import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { ChangeStamps } from './change-stamps';
import { DEFAULT_JOB_OPTIONS, definitionOf, type JobItem, type JobName, type JobPayloads, type ScheduledJobName } from './job-catalogue';
import { QueueName } from './queue-name';

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

  async enqueue(item: JobItem): Promise<Job> {
    return this.enqueueNamed(item.name, item.data);
  }

  /**
   * Runs a sweep every `everyMs`, in its catalogued queue. The schedule is stored in Redis under
   * the job's name, so every worker copy scheduling it at start-up keeps one.
   */
  async schedule(name: ScheduledJobName, everyMs: number): Promise<void> {
    await this.queue(definitionOf(name).queue).upsertJobScheduler(name, { every: everyMs }, { name, data: {} });
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Queue ${name} is not registered`);
    return queue;
  }

  private async enqueueNamed<N extends JobName>(name: N, data: JobPayloads[N]): Promise<Job> {
    const definition = definitionOf(name);
    const jobId = definition.deduplicationId?.(data);
    const debounce = definition.debounce
      ? { delay: definition.debounce.delayMs, deduplication: { id: definition.debounce.id(data), ttl: definition.debounce.delayMs, extend: true, replace: true } }
      : {};
    const job = await this.queue(definition.queue).add(name, data, { ...DEFAULT_JOB_OPTIONS, ...(jobId ? { jobId } : {}), ...debounce });
    await this.stamps.announce(name, data);
    return job;
  }
}
