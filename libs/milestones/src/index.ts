export { MilestonesModule } from './milestones.module';
export { MilestonesWorkerModule } from './milestones-worker.module';
export { MilestoneCelebrationsService } from './celebrations/milestone-celebrations.service';
