import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HandlesJob, JobQueue, QueueName } from '@kindred/core';
import { MilestoneCelebrationsService } from './milestone-celebrations.service';

/** Hourly, so each member's new day is noticed soon after their own midnight. */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

@Injectable()
export class CelebrateMilestonesJobHandler implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly celebrations: MilestoneCelebrationsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.queue(QueueName.Default).upsertJobScheduler('milestones.celebrate', { every: SWEEP_EVERY_MS }, { name: 'milestones.celebrate', data: {} });
  }

  @HandlesJob('milestones.celebrate')
  celebrate(): Promise<number> {
    return this.celebrations.celebrate();
  }
}
