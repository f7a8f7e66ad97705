import { Injectable } from '@nestjs/common';
import { AllianceCapacity, MembershipStatus, MembershipsService } from '@kindred/alliances';
import type { Viewer } from '@kindred/core';

/**
 * Who may start a direct conversation with whom: the one place this rule lives. Strangers
 * cannot cold-message; today a shared alliance (both active, in any capacity) is the only
 * connection, and the circles and mentorship issues add theirs here.
 */
@Injectable()
export class ContactEligibility {
  constructor(private readonly memberships: MembershipsService) {}

  async mayStartDirect(viewer: Viewer, otherUserId: string): Promise<boolean> {
    return this.shareAnActiveAlliance(viewer, otherUserId);
  }

  /**
   * Alliances exposes the viewer's own memberships and a per-alliance check, not a "shared
   * alliances" query, so this reads the viewer's (few) alliances and checks the other person
   * in each. A `sharesActiveAlliance(a, b)` in alliances would make it one query.
   */
  private async shareAnActiveAlliance(viewer: Viewer, otherUserId: string): Promise<boolean> {
    const mine = await this.memberships.mine(viewer);
    const allianceIds = [...new Set(mine.filter((membership) => membership.status === MembershipStatus.ACTIVE).map((membership) => membership.allianceId))];
    for (const allianceId of allianceIds) {
      for (const capacity of Object.values(AllianceCapacity)) {
        if (await this.memberships.isActive(otherUserId, allianceId, capacity)) return true;
      }
    }
    return false;
  }
}
