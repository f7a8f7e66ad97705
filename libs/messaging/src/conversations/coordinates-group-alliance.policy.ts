import { Injectable } from '@nestjs/common';
import { CoordinatorsService } from '@kindred/alliances';
import { isUuid } from '@kindred/core';
import type { Policy, Viewer } from '@kindred/core';

/** Only a current coordinator of the alliance named by `allianceId` may start a group for it. */
@Injectable()
export class CoordinatesGroupAlliancePolicy implements Policy {
  constructor(private readonly coordinators: CoordinatorsService) {}

  async allows(viewer: Viewer | null, args: Record<string, unknown>): Promise<boolean> {
    const allianceId = args['allianceId'];
    if (!viewer || typeof allianceId !== 'string' || !isUuid(allianceId)) return false;
    return this.coordinators.isCoordinator(viewer.userId, allianceId);
  }
}
