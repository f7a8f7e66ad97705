import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentWorkerModule } from '@kindred/consent';
import { IdentityWorkerModule } from '@kindred/identity';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { CelebrateMilestonesJobHandler } from './celebrations/celebrate-milestones.job-handler';
import { MilestoneCelebrationsService } from './celebrations/milestone-celebrations.service';
import { MILESTONE_ENTITIES } from './milestones.module';
import { MilestonesPersonalData } from './privacy/milestones-personal-data';

/** Worker side of milestones: celebrating them in each member's own day, and its share of export and erasure. */
@Module({
  imports: [TypeOrmModule.forFeature(MILESTONE_ENTITIES), IdentityWorkerModule, ConsentWorkerModule, NotificationsWorkerModule],
  providers: [MilestoneCelebrationsService, CelebrateMilestonesJobHandler, MilestonesPersonalData],
})
export class MilestonesWorkerModule {}
