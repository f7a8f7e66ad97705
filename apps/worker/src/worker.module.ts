import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  AppConfig,
  ConfigModule,
  CryptoModule,
  DatabaseModule,
  EventBusModule,
  HealthModule,
  JobSchedulesHealthIndicator,
  LoggingModule,
  MetricsModule,
  QueueLagHealthIndicator,
  QueueModule,
  QueueWorkerModule,
  RedisModule,
} from '@kindred/core';
import { AlliancesWorkerModule } from '@kindred/alliances';
import { CirclesWorkerModule } from '@kindred/circles';
import { ConsentWorkerModule } from '@kindred/consent';
import { DiaryWorkerModule } from '@kindred/diary';
import { MentorshipWorkerModule } from '@kindred/mentorship';
import { IdentityWorkerModule } from '@kindred/identity';
import { MessagingWorkerModule } from '@kindred/messaging';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { ModerationWorkerModule } from '@kindred/moderation';
import { OperationsWorkerModule } from '@kindred/operations';
import { PlansWorkerModule } from '@kindred/plans';
import { RecoveryWorkerModule } from '@kindred/recovery';
import { SparksWorkerModule } from '@kindred/sparks';
import { CheckinsWorkerModule } from '@kindred/checkins';
import { MilestonesWorkerModule } from '@kindred/milestones';
import { StoriesWorkerModule } from '@kindred/stories';
import { SCHEMA_MIGRATIONS } from '@kindred/schema';

/** Every domain's worker side: job handlers, export and erasure, encrypted column declarations. */
export const WORKER_DOMAIN_MODULES: Type[] = [
  IdentityWorkerModule,
  OperationsWorkerModule,
  RecoveryWorkerModule,
  AlliancesWorkerModule,
  MessagingWorkerModule,
  NotificationsWorkerModule,
  ModerationWorkerModule,
  StoriesWorkerModule,
  ConsentWorkerModule,
  CirclesWorkerModule,
  MentorshipWorkerModule,
  SparksWorkerModule,
  PlansWorkerModule,
  CheckinsWorkerModule,
  MilestonesWorkerModule,
  DiaryWorkerModule,
];

/** The worker process: queue processors of every domain, and a health endpoint. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(config, 'worker', SCHEMA_MIGRATIONS),
        RedisModule.forRoot(config),
        QueueModule.forRoot(config),
        EventBusModule,
        MetricsModule,
        HealthModule.forRoot({ imports: [QueueWorkerModule], indicators: [JobSchedulesHealthIndicator, QueueLagHealthIndicator] }),
        QueueWorkerModule,
        CryptoModule,
        ...WORKER_DOMAIN_MODULES,
      ],
    };
  }
}
