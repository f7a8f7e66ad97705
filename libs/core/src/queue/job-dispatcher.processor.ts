import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { KindredMetrics } from '../metrics/kindred-metrics';
import { JOB_CATALOGUE, definitionOf, type JobItem, type JobName } from './job-catalogue';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import { buildHandlerRegistry, type DiscoveredHandler, type JobHandlerFn } from './job-handler-registry';
import { Outbox } from './outbox.service';
import { QueueName } from './queue-name';

/**
 * How long a job's lock lasts without renewal. The worker renews it every half of this while
 * the job runs, so a live worker keeps its jobs; a killed one's jobs are free again within
 * this, and the next stalled-job check (every STALLED_CHECK_MS, on any worker copy) queues
 * them again: recovery within LOCK_DURATION_MS + STALLED_CHECK_MS (8 s) instead of BullMQ's
 * 30 s + 30 s. Shorter would risk a second run of a job whose worker is merely busy.
 */
export const LOCK_DURATION_MS = 5000;
export const STALLED_CHECK_MS = 3000;

/**
 * The worker's single consumer of the default queue: it routes each job to the one method
 * marked `@HandlesJob(name)`, and checks at start-up that the catalogue is fully covered.
 * A job from the outbox marks its messages completed once its handler has succeeded.
 */
@Injectable()
@Processor(QueueName.Default, { concurrency: 8, lockDuration: LOCK_DURATION_MS, stalledInterval: STALLED_CHECK_MS })
export class JobDispatcher extends WorkerHost implements OnModuleInit {
  private handlers: ReadonlyMap<JobName, JobHandlerFn> = new Map();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly outbox: Outbox,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly metrics: KindredMetrics,
  ) {
    super();
  }

  onModuleInit(): void {
    const discovered: DiscoveredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const method = (instance as Record<string, unknown>)[methodName];
        if (typeof method !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, method);
        if (!name) continue;
        discovered.push({
          name,
          owner: `${instance.constructor.name}.${methodName}`,
          run: (data) => (method as JobHandlerFn).call(instance, data),
        });
      }
    }
    this.handlers = buildHandlerRegistry(discovered);
  }

  /** Without a listener, BullMQ prints a worker's connection errors raw to stderr. */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.logger.warn({ err: error }, 'queue worker problem');
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    const handler = this.handlers.get(name);
    if (!handler || JOB_CATALOGUE[name].queue !== QueueName.Default) {
      throw new Error(`No handler for job "${job.name}" on queue ${QueueName.Default}`);
    }
    const startedAt = Date.now();
    try {
      // Read before the handler reloads its state, so what it reads covers these messages.
      const outboxMessages = definitionOf(name).everyMs ? [] : await this.outbox.unfinishedFor({ name, data: job.data } as JobItem);
      const result = await handler(job.data);
      // Before the job is reported complete: should this fail, the job is retried, and the
      // handler is idempotent, so no message is left unfinished behind a completed job.
      await this.outbox.markCompleted(outboxMessages);
      this.logger.info({ jobId: job.id, jobName: name, attempt: job.attemptsMade + 1, ms: Date.now() - startedAt }, 'job done');
      this.recordRun(name, 'completed', startedAt);
      return result;
    } catch (error) {
      this.logger.warn({ jobId: job.id, jobName: name, attempt: job.attemptsMade + 1, err: error }, 'job failed');
      this.recordRun(name, 'failed', startedAt);
      throw error;
    }
  }

  private recordRun(job: JobName, state: 'completed' | 'failed', startedAt: number): void {
    this.metrics.jobs.inc({ queue: QueueName.Default, job, state });
    this.metrics.jobDuration.observe({ queue: QueueName.Default, job }, (Date.now() - startedAt) / 1000);
  }

  /** A job whose worker stopped renewing its lock (killed, or frozen) is queued again: said once, for the operator. */
  @OnWorkerEvent('stalled')
  onStalled(jobId: string): void {
    this.logger.warn({ jobId }, 'job stalled: its worker stopped; queued again');
  }
}
