import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { FINISHED_WORK_RETENTION } from './job-catalogue';
import { HandlesJob } from './job-handler.decorator';
import { JobQueue } from './job-queue.service';
import { Outbox } from './outbox.service';
import { QueueName } from './queue-name';

const CLEAN_BATCH = 1000;

export interface PruneReport {
  outboxMessages: number;
  completedJobs: number;
  failedJobs: number;
}

/**
 * Deletes finished work past its retention: outbox messages whose job completed more than a day ago,
 * and completed and failed jobs in every queue, including any enqueued before their options
 * carried a retention.
 */
@Injectable()
export class PruneFinishedWorkHandler {
  constructor(
    private readonly outbox: Outbox,
    private readonly jobs: JobQueue,
  ) {}

  @HandlesJob('queue.prune-finished')
  async prune(): Promise<PruneReport> {
    const report: PruneReport = {
      outboxMessages: await this.outbox.pruneCompleted(FINISHED_WORK_RETENTION.completedOutboxMessages * 1000),
      completedJobs: 0,
      failedJobs: 0,
    };
    for (const name of Object.values(QueueName)) {
      const queue = this.jobs.queue(name);
      report.completedJobs += await cleanAll(queue, FINISHED_WORK_RETENTION.completedJobs * 1000, 'completed');
      report.failedJobs += await cleanAll(queue, FINISHED_WORK_RETENTION.failedJobs * 1000, 'failed');
    }
    return report;
  }
}

async function cleanAll(queue: Queue, graceMs: number, type: 'completed' | 'failed'): Promise<number> {
  let cleaned = 0;
  for (;;) {
    const ids = await queue.clean(graceMs, CLEAN_BATCH, type);
    cleaned += ids.length;
    if (ids.length < CLEAN_BATCH) return cleaned;
  }
}
