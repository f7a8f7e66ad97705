import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { JOB_CATALOGUE, type JobName } from './job-catalogue';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';
import { buildHandlerRegistry, type DiscoveredHandler, type JobHandlerFn } from './job-handler-registry';
import { QueueName } from './queue-name';

/**
 * The worker's single consumer of the default queue: it routes each job to the one method
 * marked `@HandlesJob(name)`, and checks at start-up that the catalogue is fully covered.
 */
@Injectable()
@Processor(QueueName.Default, { concurrency: 8 })
export class JobDispatcher extends WorkerHost implements OnModuleInit {
  private handlers: ReadonlyMap<JobName, JobHandlerFn> = new Map();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(LOGGER) private readonly logger: Logger,
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
      const result = await handler(job.data);
      this.logger.info({ jobId: job.id, jobName: name, attempt: job.attemptsMade + 1, ms: Date.now() - startedAt }, 'job done');
      return result;
    } catch (error) {
      this.logger.warn({ jobId: job.id, jobName: name, attempt: job.attemptsMade + 1, err: error }, 'job failed');
      throw error;
    }
  }
}
