import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError, type UserMessage, type Viewer } from '@kindred/core';
import { ConsentGrants, SharingScope } from '@kindred/consent';
import { PlanMessages } from '../plans.messages';

/** The one answer anyone gets about a plan, or a part of it, that is not theirs nor shared with them. */
export const notShared = (what: UserMessage = PlanMessages.PLAN_THAT()): NotFoundError => new NotFoundError(PlanMessages.PLAN_PART_NOT_SHARED({ what }));

/**
 * Who may do what with a member's recovery plan. The member does everything. Someone holding
 * the member's PLAN grant, in force now, reads it (each read written to the member's
 * disclosure log) and suggests goals and steps. A grantee once the grant ends is told it
 * ended (SHARING_ENDED); anyone else is told it does not exist, so whether a person has a
 * plan is never revealed.
 */
@Injectable()
export class PlanAccess {
  constructor(private readonly consent: ConsentGrants) {}

  /** Resolves when the viewer may read this part (`what`) of the owner's plan now. */
  async assertCanRead(viewer: Viewer, ownerId: string, what: string): Promise<void> {
    if (viewer.userId === ownerId) return;
    await this.consent.requireRead(viewer.userId, ownerId, SharingScope.PLAN, what, () => notShared());
  }

  /** Resolves when someone other than the owner holds the owner's PLAN grant now; reads nothing, so logs nothing. */
  async assertSharedWith(manager: EntityManager, viewer: Viewer, ownerId: string, what = PlanMessages.PLAN_THAT()): Promise<void> {
    if (viewer.userId === ownerId) throw notShared(what);
    await this.consent.requireInForce(manager, ownerId, viewer.userId, SharingScope.PLAN, { notFound: () => notShared(what) });
  }

  /** The notice that goes with a plan shared with the viewer, in their language. */
  redisclosureNotice(viewer: Viewer): Promise<string> {
    return this.consent.redisclosureNotice(viewer.userId);
  }

  /** Whether someone other than the owner holds the owner's PLAN grant now; reads nothing, so logs nothing. */
  async isSharedWith(manager: EntityManager, viewerId: string, ownerId: string): Promise<boolean> {
    if (viewerId === ownerId) return false;
    return (await this.consent.activeGrant(manager, ownerId, viewerId, SharingScope.PLAN)) !== null;
  }
}
