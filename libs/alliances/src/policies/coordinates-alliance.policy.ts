import { Injectable } from '@nestjs/common';
import { AllianceCoordinatorPolicy } from './alliance-coordinator.policy';

const ALLIANCE_OF = {
  allianceId: null,
  membershipId: 'alliance_memberships',
  applicationId: 'mentor_applications',
  resourceId: 'alliance_resources',
} as const;

/** A coordinator of the alliance a membership, mentor application or resource belongs to. */
@Injectable()
export class CoordinatesAlliancePolicy extends AllianceCoordinatorPolicy {
  protected readonly allianceOf = ALLIANCE_OF;
}

/**
 * Decisions about the alliance's people (joining, mentor vetting) and what they need to see:
 * its coordinators, or an administrator, who decides what a coordinator cannot decide about
 * themselves when nobody else coordinates there.
 */
@Injectable()
export class DecidesForAlliancePolicy extends AllianceCoordinatorPolicy {
  protected readonly allianceOf = ALLIANCE_OF;
  protected override readonly administratorsToo = true;
}
