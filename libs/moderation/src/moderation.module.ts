import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesModule } from '@kindred/alliances';
import { ModeratedContentModule } from '@kindred/core';
import { IdentityModule } from '@kindred/identity';
import { MessagingModule } from '@kindred/messaging';
import { NotificationsModule } from '@kindred/notifications';
import { ModerationAppealsService } from './appeals/moderation-appeals.service';
import { ModerationCases } from './cases/moderation-cases';
import { ModerationQueueService } from './cases/moderation-queue.service';
import { CrisisSupportService } from './crisis/crisis-support.service';
import { CrisisResolver } from './crisis/crisis.resolver';
import { ModerationDecisionsService } from './decisions/moderation-decisions.service';
import { MODERATION_ENTITIES } from './moderation-entities';
import { ModerationResolver } from './moderation.resolver';
import { ModeratorScope } from './moderators/moderator-scope.policy';
import { ModeratorsResolver } from './moderators/moderators.resolver';
import { ModeratorsService } from './moderators/moderators.service';
import { ModerationReportsResolver } from './reports/moderation-reports.resolver';
import { ModerationReportsService } from './reports/moderation-reports.service';

/** API side of moderation: reports, the moderator's queue and decisions, appeals, crisis support. */
@Module({
  imports: [TypeOrmModule.forFeature(MODERATION_ENTITIES), ModeratedContentModule, IdentityModule, AlliancesModule, MessagingModule, NotificationsModule],
  providers: [
    ModeratorScope,
    ModeratorsService,
    ModerationCases,
    ModerationQueueService,
    ModerationDecisionsService,
    ModerationAppealsService,
    ModerationReportsService,
    CrisisSupportService,
    ModeratorsResolver,
    ModerationResolver,
    ModerationReportsResolver,
    CrisisResolver,
  ],
  exports: [ModeratorScope],
})
export class ModerationModule {}
