import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HandlesJob, JobQueue } from '@kindred/core';
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
    await this.jobs.schedule('milestones.celebrate', SWEEP_EVERY_MS);
  }

  @HandlesJob('milestones.celebrate')
  celebrate(): Promise<number> {
    return this.celebrations.celebrate();
  }
}
