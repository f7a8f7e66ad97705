export { AlliancesModule } from './alliances.module';
export { AlliancesWorkerModule } from './alliances-worker.module';
export { AllianceCapacity, MembershipStatus } from './memberships/alliance-membership.entity';
export { MembershipsService } from './memberships/memberships.service';
export { MentorVettingService } from './mentor-vetting/mentor-vetting.service';
export { CoordinatorsService } from './coordinators/coordinators.service';
export {
  AllianceDirectory,
  type AllianceCrisisLines,
  type AllianceStanding,
  type MentorVetting,
  type VettedMentorProfile,
} from './directory/alliance-directory';
export type { CrisisResource } from './alliances/alliance.entity';
export { MOST_MENTOR_PLACES } from './mentor-vetting/mentor-application.entity';
export { AllianceCoordinatorPolicy } from './policies/alliance-coordinator.policy';

export { ALLIANCES_MIGRATIONS } from './migrations';
