import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import type { ReadinessIndicator } from '../health/readiness-indicator';
import { KindredMetrics } from '../metrics/kindred-metrics';
import { withinRedisDeadline } from '../redis/redis-deadline';
import { JobQueue } from './job-queue.service';
import { QueueName } from './queue-name';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children'] as const;
const CHECK_TIMEOUT_MS = 1500;

/** How long, in seconds, the oldest job still waiting on each queue has waited (0 when none waits). */
async function queueLagSeconds(jobs: JobQueue): Promise<Record<QueueName, number>> {
  const lag = {} as Record<QueueName, number>;
  for (const name of Object.values(QueueName)) {
    const [oldest] = await jobs.queue(name).getJobs(['waiting', 'prioritized'], 0, 0, true);
    lag[name] = oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0;
  }
  return lag;
}

/** The worker's view of its queues and of the outbox, read at scrape time. */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: KindredMetrics,
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.observe('kindred_queue_jobs', 'Jobs in each queue, by state', ['queue', 'state'], async (gauge) => {
      for (const queue of Object.values(QueueName)) {
        const counts = await this.jobs.queue(queue).getJobCounts(...JOB_STATES);
        for (const state of JOB_STATES) gauge.set({ queue, state }, counts[state] ?? 0);
      }
    });
    this.metrics.observe('kindred_queue_lag_seconds', 'Age of the oldest job still waiting in each queue', ['queue'], async (gauge) => {
      for (const [queue, seconds] of Object.entries(await queueLagSeconds(this.jobs))) gauge.set({ queue }, seconds);
    });
    this.metrics.observe(
      'kindred_outbox_oldest_unfinished_age_seconds',
      'Age of the oldest outbox message whose job has not completed (0 when none)',
      [],
      async (gauge) => {
        const [row] = await this.dataSource.query<{ age: string | null }[]>(
          'SELECT EXTRACT(EPOCH FROM now() - min(created_at)) AS age FROM outbox_messages WHERE completed_at IS NULL',
        );
        gauge.set(Number(row?.age ?? 0));
      },
    );
  }
}

/** Readiness detail: how far behind the queues are. It informs; it does not make the worker unready. */
@Injectable()
export class QueueLagHealthIndicator implements ReadinessIndicator {
  readonly key = 'queueLag';

  constructor(
    private readonly jobs: JobQueue,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(this.key);
    try {
      const seconds = await withinRedisDeadline(this.jobs.queue(QueueName.Default).getBackend().client, () => queueLagSeconds(this.jobs), CHECK_TIMEOUT_MS);
      return indicator.up({ oldestWaitingSeconds: seconds });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : 'unreachable' });
    }
  }
}
