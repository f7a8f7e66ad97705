import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesWorkerModule } from '@kindred/alliances';
import { ModeratedContentModule } from '@kindred/core';
import { IdentityWorkerModule } from '@kindred/identity';
import { MessagingWorkerModule } from '@kindred/messaging';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { ModerationCases } from './cases/moderation-cases';
import { CrisisSupportService } from './crisis/crisis-support.service';
import { EscalateStaleReportsJobHandler } from './escalation/escalate-stale-reports.job-handler';
import { MODERATION_ENTITIES } from './moderation-entities';
import { ModeratorScope } from './moderators/moderator-scope.policy';
import { ModerationPersonalData } from './privacy/moderation-personal-data';
import { ScanContentJobHandler } from './scanning/scan-content.job-handler';
import { OnCallPeers } from './on-call/on-call-peers';
import { EscalateSupportRequestJobHandler } from './support-now/escalate-support-request.job-handler';
import { SupportEscalation } from './support-now/support-escalation';

/** Worker side of moderation: scanning content, escalating stale reports and unanswered calls for support, and its share of export and erasure. */
@Module({
  imports: [
    TypeOrmModule.forFeature(MODERATION_ENTITIES),
    ModeratedContentModule,
    IdentityWorkerModule,
    AlliancesWorkerModule,
    MessagingWorkerModule,
    NotificationsWorkerModule,
  ],
  providers: [
    ModeratorScope,
    ModerationCases,
    CrisisSupportService,
    ScanContentJobHandler,
    EscalateStaleReportsJobHandler,
    ModerationPersonalData,
    OnCallPeers,
    SupportEscalation,
    EscalateSupportRequestJobHandler,
  ],
})
export class ModerationWorkerModule {}
