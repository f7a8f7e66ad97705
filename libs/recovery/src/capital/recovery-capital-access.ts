import { Injectable } from '@nestjs/common';
import { type Viewer } from '@kindred/core';
import { ConsentGrants, SharingScope } from '@kindred/consent';

/**
 * Who may read a person's recovery capital scores: the person, and whoever they granted the
 * CAPITAL scope to (checked at every read, each read written to their disclosure log).
 * Anyone else is told it does not exist, so whether a person has assessments is not revealed.
 * Notes are never shared: callers leave them out for anyone but the owner.
 */
@Injectable()
export class RecoveryCapitalAccess {
  constructor(private readonly consent: ConsentGrants) {}

  /** Resolves when the viewer may read this part (`what`) of the owner's recovery capital now. */
  async assertCanRead(viewer: Viewer, ownerId: string, what: string): Promise<void> {
    if (viewer.userId === ownerId) return;
    await this.consent.requireRead(viewer.userId, ownerId, SharingScope.CAPITAL, what);
  }

  /** Whether the owner shares their recovery capital with the viewer now; reads nothing, so logs nothing. */
  async isSharedWith(viewer: Viewer, ownerId: string): Promise<boolean> {
    return viewer.userId === ownerId || (await this.consent.activeGrant(ownerId, viewer.userId, SharingScope.CAPITAL)) !== null;
  }
}
