import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsWorkerModule } from '@kindred/notifications';
import { ExpireRequestsJobHandler } from './expiry/expire-requests.job-handler';
import { MENTORSHIP_ENTITIES } from './mentorship.module';
import { MentorshipPersonalData } from './privacy/mentorship-personal-data';

/** Worker side of mentorships: expiring unanswered requests, and its share of export and erasure. */
@Module({
  imports: [TypeOrmModule.forFeature(MENTORSHIP_ENTITIES), NotificationsWorkerModule],
  providers: [ExpireRequestsJobHandler, MentorshipPersonalData],
})
export class MentorshipWorkerModule {}
