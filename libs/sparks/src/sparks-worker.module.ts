import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesWorkerModule } from '@kindred/alliances';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { SparkTexts } from './applications/spark-texts';
import { SparksPersonalData } from './privacy/sparks-personal-data';
import { SPARKS_ENTITIES } from './sparks.module';
import { NotifyStepJobHandler } from './timeline/notify-step.job-handler';

/** Worker side of small sparks: telling people about each step, and its share of export and erasure. */
@Module({
  imports: [TypeOrmModule.forFeature(SPARKS_ENTITIES), AlliancesWorkerModule, NotificationsWorkerModule],
  providers: [NotifyStepJobHandler, SparksPersonalData, SparkTexts],
})
export class SparksWorkerModule {}
