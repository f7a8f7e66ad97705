import { Injectable } from '@nestjs/common';
import { AllianceCoordinatorPolicy } from './alliance-coordinator.policy';

/** A coordinator of the alliance a membership, mentor application or resource belongs to. */
@Injectable()
export class CoordinatesAlliancePolicy extends AllianceCoordinatorPolicy {
  protected readonly allianceOf = {
    allianceId: null,
    membershipId: 'alliance_memberships',
    applicationId: 'mentor_applications',
    resourceId: 'alliance_resources',
  };
}
