import { Injectable } from '@nestjs/common';
import type { Viewer } from '@kindred/core';
import { MentorVettingService } from '../mentor-vetting/mentor-vetting.service';
import { MembershipsService } from './memberships.service';
import type { AllianceMembershipObject } from './membership.types';

/** Leaving an alliance: every capacity, any mentoring there, and the PEER_MENTOR role if it was the last. */
@Injectable()
export class LeavingService {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly vetting: MentorVettingService,
  ) {}

  async leave(viewer: Viewer, allianceId: string, requestId: string): Promise<AllianceMembershipObject[]> {
    await this.memberships.leave(viewer, allianceId, (manager) => this.vetting.withdrawOnLeaving(viewer.userId, allianceId, manager));
    await this.vetting.syncPeerMentorRole(viewer.userId, viewer.userId, requestId);
    return this.memberships.mine(viewer);
  }
}
