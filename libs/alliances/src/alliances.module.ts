import { AllianceDirectory } from './directory/alliance-directory';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kindred/identity';
import { Alliance } from './alliances/alliance.entity';
import { AlliancesResolver } from './alliances/alliances.resolver';
import { AlliancesService } from './alliances/alliances.service';
import { AllianceCoordinator } from './coordinators/alliance-coordinator.entity';
import { CoordinatorsResolver } from './coordinators/coordinators.resolver';
import { CoordinatorsService } from './coordinators/coordinators.service';
import { AllianceMembership } from './memberships/alliance-membership.entity';
import { LeavingService } from './memberships/leaving.service';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { MembershipsService } from './memberships/memberships.service';
import { MentorApplication } from './mentor-vetting/mentor-application.entity';
import { MentorVettingResolver } from './mentor-vetting/mentor-vetting.resolver';
import { MentorVettingService } from './mentor-vetting/mentor-vetting.service';
import { CoordinatesAlliancePolicy, DecidesForAlliancePolicy } from './policies/coordinates-alliance.policy';
import { AllianceResource } from './resources/alliance-resource.entity';
import { ResourcesResolver } from './resources/resources.resolver';
import { ResourcesService } from './resources/resources.service';

export const ALLIANCE_ENTITIES = [Alliance, AllianceResource, AllianceCoordinator, AllianceMembership, MentorApplication];

/** API side of alliances: directory, resources, coordinators, memberships, mentor vetting. */
@Module({
  imports: [TypeOrmModule.forFeature(ALLIANCE_ENTITIES), IdentityModule],
  providers: [
    AllianceDirectory,
    AlliancesService,
    CoordinatorsService,
    MembershipsService,
    MentorVettingService,
    LeavingService,
    ResourcesService,
    CoordinatesAlliancePolicy,
    DecidesForAlliancePolicy,
    AlliancesResolver,
    CoordinatorsResolver,
    MembershipsResolver,
    MentorVettingResolver,
    ResourcesResolver,
  ],
  exports: [MembershipsService, MentorVettingService, CoordinatorsService, AllianceDirectory],
})
export class AlliancesModule {}
