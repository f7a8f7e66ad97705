import { Injectable } from '@nestjs/common';
import { Outbox, type Viewer } from '@kindred/core';
import { MentorVettingService } from '../mentor-vetting/mentor-vetting.service';
import { MembershipsService } from './memberships.service';
import type { AllianceMembershipObject } from './membership.types';

/** Leaving an alliance: every capacity, any mentoring there, and the PEER_MENTOR role if it was the last. */
@Injectable()
export class LeavingService {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly vetting: MentorVettingService,
    private readonly outbox: Outbox,
  ) {}

  async leave(viewer: Viewer, allianceId: string, requestId: string): Promise<AllianceMembershipObject[]> {
    await this.memberships.leave(viewer, allianceId, async (manager) => {
      // The alliance's mentors leave the person's suggestions; if they mentored there, they leave everyone's.
      await this.outbox.stage(manager, { name: 'mentorship.refresh-member-suggestions', data: { memberId: viewer.userId } });
      if (await this.vetting.withdrawOnLeaving(manager, viewer.userId, allianceId)) {
        await this.outbox.stage(manager, { name: 'mentorship.refresh-alliance-suggestions', data: { allianceId } });
      }
    });
    await this.vetting.syncPeerMentorRole(viewer.userId, viewer.userId, requestId);
    return this.memberships.mine(viewer);
  }
}
