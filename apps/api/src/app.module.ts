import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  AccessControlModule,
  AppConfig,
  ConfigModule,
  CryptoModule,
  DatabaseModule,
  EventBusModule,
  HealthModule,
  KindredGraphqlModule,
  LoggingModule,
  MetricsModule,
  QueueModule,
  RateLimitModule,
  RedisModule,
} from '@kindred/core';
import { AlliancesModule } from '@kindred/alliances';
import { CirclesModule } from '@kindred/circles';
import { ConsentModule } from '@kindred/consent';
import { DiaryModule } from '@kindred/diary';
import { MentorshipModule } from '@kindred/mentorship';
import { IdentityModule } from '@kindred/identity';
import { MessagingModule } from '@kindred/messaging';
import { NotificationsModule } from '@kindred/notifications';
import { ModerationModule } from '@kindred/moderation';
import { OperationsModule } from '@kindred/operations';
import { PlansModule } from '@kindred/plans';
import { RecoveryModule } from '@kindred/recovery';
import { SparksModule } from '@kindred/sparks';
import { CheckinsModule } from '@kindred/checkins';
import { MilestonesModule } from '@kindred/milestones';
import { StoriesModule } from '@kindred/stories';
import { SCHEMA_MIGRATIONS } from '@kindred/schema';

/** The API process: shared infrastructure, then one module per domain. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(config, 'api', SCHEMA_MIGRATIONS),
        RedisModule.forRoot(config),
        QueueModule.forRoot(config),
        EventBusModule,
        MetricsModule,
        KindredGraphqlModule.forRoot(config, logger),
        HealthModule.forRoot(),
        AccessControlModule,
        RateLimitModule,
        CryptoModule,
        IdentityModule,
        OperationsModule,
        RecoveryModule,
        AlliancesModule,
        MessagingModule,
        NotificationsModule,
        ModerationModule,
        StoriesModule,
        ConsentModule,
        CirclesModule,
        MentorshipModule,
        SparksModule,
        CheckinsModule,
        MilestonesModule,
        PlansModule,
        DiaryModule,
      ],
    };
  }
}
