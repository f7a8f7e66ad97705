import { Injectable } from '@nestjs/common';
import { MembershipsService } from '@kindred/alliances';
import type { Viewer } from '@kindred/core';

/**
 * Who may start a direct conversation with whom: the one place this rule lives. Strangers
 * cannot cold-message; today a shared alliance (both active, in any capacity) is the only
 * connection, and the circles and mentorship issues add theirs here.
 */
@Injectable()
export class ContactEligibility {
  constructor(private readonly memberships: MembershipsService) {}

  mayStartDirect(viewer: Viewer, otherUserId: string): Promise<boolean> {
    return this.memberships.sharesActiveAlliance(viewer.userId, otherUserId);
  }
}
