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
import { MentorCapacity } from './mentorships/mentor-capacity';
import { MentorshipsService } from './mentorships/mentorships.service';
import { MentorOrAllianceCoordinatorPolicy } from './places/mentor-places.policy';
import { MentorPlacesResolver } from './places/mentor-places.resolver';
import { MentorPlacesService } from './places/mentor-places.service';
import { CoordinatorSupportService } from './support/coordinator-support.service';
import { MentorReport } from './support/mentor-report.entity';
import { MentorPool } from './suggestions/mentor-pool';
import { MentorReach } from './suggestions/mentor-reach';
import { MentorSuggestionsService } from './suggestions/mentor-suggestions.service';

export const MENTORSHIP_ENTITIES = [Mentorship, MentorshipEvent, MentorAvailability, MentorReport];

/** API side of mentorships: requests, their answers, the mentorship's life, breaks, mentors' places, and coordinators' support. */
@Module({
  imports: [
    TypeOrmModule.forFeature(MENTORSHIP_ENTITIES),
    IdentityModule,
    AlliancesModule,
    RecoveryModule,
    MessagingModule,
    ConsentModule,
    NotificationsModule,
  ],
  providers: [
    MentorshipsService,
    MentorCapacity,
    MentorAvailabilityService,
    CoordinatorSupportService,
    MentorSuggestionsService,
    MentorPool,
    MentorReach,
    MentorPlacesService,
    MentorOrAllianceCoordinatorPolicy,
    MentorshipResolver,
    MentorPlacesResolver,
  ],
})
export class MentorshipModule {}
