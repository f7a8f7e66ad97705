import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { withinRedisDeadline } from '../redis/redis-deadline';
import type { ReadinessIndicator } from '../health/readiness-indicator';
import { JobQueue } from './job-queue.service';
import { JobSchedules } from './job-schedules';
import { QueueName } from './queue-name';

const CHECK_TIMEOUT_MS = 1500;

/** The worker is ready only while every repeatable sweep has its schedule in Redis. */
@Injectable()
export class JobSchedulesHealthIndicator implements ReadinessIndicator {
  readonly key = 'schedules';

  constructor(
    private readonly schedules: JobSchedules,
    private readonly jobs: JobQueue,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy(): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(this.key);
    try {
      const missing = await withinRedisDeadline(this.jobs.queue(QueueName.Default).getBackend().client, () => this.schedules.missing(), CHECK_TIMEOUT_MS);
      return missing.length === 0 ? indicator.up() : indicator.down({ missing });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : 'unreachable' });
    }
  }
}
