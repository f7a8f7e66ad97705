import { Injectable } from '@nestjs/common';
import { HandlesJob } from '@kindred/core';
import { MilestoneCelebrationsService } from './milestone-celebrations.service';

@Injectable()
export class CelebrateMilestonesJobHandler {
  constructor(private readonly celebrations: MilestoneCelebrationsService) {}

  @HandlesJob('milestones.celebrate')
  celebrate(): Promise<number> {
    return this.celebrations.celebrate();
  }
}
