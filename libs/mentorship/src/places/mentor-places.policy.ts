import { Injectable } from '@nestjs/common';
import { AllianceCoordinatorPolicy } from '@kindred/alliances';
import type { Viewer } from '@kindred/core';

/**
 * The mentor themself, or a current coordinator of the alliance named by `allianceId`. How far
 * each may go (a mentor only up to the alliance's limit, even one who coordinates there) is a
 * rule of MentorPlacesService.
 */
@Injectable()
export class MentorOrAllianceCoordinatorPolicy extends AllianceCoordinatorPolicy {
  protected readonly allianceOf = { allianceId: null };

  override async allows(viewer: Viewer | null, args: Record<string, unknown>): Promise<boolean> {
    if (viewer && args['mentorId'] === viewer.userId) return true;
    return super.allows(viewer, args);
  }
}
