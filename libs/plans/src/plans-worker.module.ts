import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecoveryGoals } from './goals/recovery-goals.reader';
import { PLAN_ENTITIES } from './plans.module';
import { PlansPersonalData } from './privacy/plans-personal-data';
import { PlanCipher } from './shared/plan-cipher';

/** Worker side of recovery plans: its share of export and erasure, and the goal reader for other domains' jobs. */
@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES)],
  providers: [PlanCipher, PlansPersonalData, RecoveryGoals],
  exports: [RecoveryGoals],
})
export class PlansWorkerModule {}
