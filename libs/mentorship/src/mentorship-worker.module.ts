import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesWorkerModule } from '@kindred/alliances';
import { IdentityWorkerModule } from '@kindred/identity';
import { MessagingWorkerModule } from '@kindred/messaging';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { RecoveryWorkerModule } from '@kindred/recovery';
import { ExpireRequestsJobHandler } from './expiry/expire-requests.job-handler';
import { MENTORSHIP_ENTITIES } from './mentorship.module';
import { MentorshipPersonalData } from './privacy/mentorship-personal-data';
import { MentorPool } from './suggestions/mentor-pool';
import { MentorReach } from './suggestions/mentor-reach';
import { MentorSuggestionsService } from './suggestions/mentor-suggestions.service';
import { RefreshSuggestionsJobHandler } from './suggestions/refresh-suggestions.job-handler';

/** Worker side of mentorships: refreshing suggestions, expiring unanswered requests, and its share of export and erasure. */
@Module({
  imports: [
    TypeOrmModule.forFeature(MENTORSHIP_ENTITIES),
    NotificationsWorkerModule,
    AlliancesWorkerModule,
    IdentityWorkerModule,
    MessagingWorkerModule,
    RecoveryWorkerModule,
  ],
  providers: [ExpireRequestsJobHandler, MentorshipPersonalData, MentorSuggestionsService, MentorPool, MentorReach, RefreshSuggestionsJobHandler],
})
export class MentorshipWorkerModule {}
