import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesModule } from '@kindred/alliances';
import { ConsentModule } from '@kindred/consent';
import { IdentityModule } from '@kindred/identity';
import { MessagingModule } from '@kindred/messaging';
import { NotificationsModule } from '@kindred/notifications';
import { RecoveryModule } from '@kindred/recovery';
import { MentorAvailability } from './availability/mentor-availability.entity';
import { MentorAvailabilityService } from './availability/mentor-availability.service';
import { MentorshipResolver } from './mentorship.resolver';
import { Mentorship, MentorshipEvent } from './mentorships/mentorship.entity';
import { MentorshipsService } from './mentorships/mentorships.service';
import { CoordinatorSupportService } from './support/coordinator-support.service';
import { MentorReport } from './support/mentor-report.entity';
import { MentorPool } from './suggestions/mentor-pool';
import { MentorSuggestionsService } from './suggestions/mentor-suggestions.service';

export const MENTORSHIP_ENTITIES = [Mentorship, MentorshipEvent, MentorAvailability, MentorReport];

/** API side of mentorships: requests, their answers, the mentorship's life, breaks, and coordinators' support. */
@Module({
  imports: [TypeOrmModule.forFeature(MENTORSHIP_ENTITIES), IdentityModule, AlliancesModule, RecoveryModule, MessagingModule, ConsentModule, NotificationsModule],
  providers: [MentorshipsService, MentorAvailabilityService, CoordinatorSupportService, MentorSuggestionsService, MentorPool, MentorshipResolver],
})
export class MentorshipModule {}
