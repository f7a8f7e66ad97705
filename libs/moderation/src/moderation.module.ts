import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesModule } from '@kindred/alliances';
import { CirclesModule } from '@kindred/circles';
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
import { CoordinatesOnCallAlliancePolicy } from './on-call/coordinates-on-call-alliance.policy';
import { OnCallRotaService } from './on-call/on-call-rota.service';
import { OnCallResolver } from './on-call/on-call.resolver';
import { SupportNowResolver } from './support-now/support-now.resolver';
import { SupportRequestsService } from './support-now/support-requests.service';
import { SupportRespondersService } from './support-now/support-responders.service';

/** API side of moderation: reports, the moderator's queue and decisions, appeals, crisis support, "I need support now" and on-call rotas. */
@Module({
  imports: [
    TypeOrmModule.forFeature(MODERATION_ENTITIES),
    ModeratedContentModule,
    IdentityModule,
    AlliancesModule,
    MessagingModule,
    NotificationsModule,
    CirclesModule,
  ],
  providers: [
    ModeratorScope,
    ModeratorsService,
    ModerationCases,
    ModerationQueueService,
    ModerationDecisionsService,
    ModerationAppealsService,
    ModerationReportsService,
    CrisisSupportService,
    SupportRespondersService,
    SupportRequestsService,
    OnCallRotaService,
    CoordinatesOnCallAlliancePolicy,
    ModeratorsResolver,
    ModerationResolver,
    ModerationReportsResolver,
    CrisisResolver,
    SupportNowResolver,
    OnCallResolver,
  ],
  exports: [ModeratorScope],
})
export class ModerationModule {}
