import { isUuid } from '@kindred/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Policy, Viewer } from '@kindred/core';
import { CoordinatorsService } from '../coordinators/coordinators.service';


/** The argument naming what is acted on, and the table that says which alliance it belongs to. */
const ALLIANCE_OF: Record<string, string | null> = {
  allianceId: null,
  membershipId: 'alliance_memberships',
  applicationId: 'mentor_applications',
  resourceId: 'alliance_resources',
};

/**
 * Only a current coordinator of the alliance concerned may act. The alliance is found from
 * whichever id the operation takes, so a coordinator of one alliance can neither see nor act
 * on another alliance's people.
 */
@Injectable()
export class CoordinatesAlliancePolicy implements Policy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coordinators: CoordinatorsService,
  ) {}

  async allows(viewer: Viewer | null, args: Record<string, unknown>): Promise<boolean> {
    if (!viewer) return false;
    const allianceId = await this.allianceIdFrom(args);
    return allianceId !== null && this.coordinators.isCoordinator(viewer.userId, allianceId);
  }

  private async allianceIdFrom(args: Record<string, unknown>): Promise<string | null> {
    for (const [argument, table] of Object.entries(ALLIANCE_OF)) {
      const id = args[argument];
      if (typeof id !== 'string' || !isUuid(id)) continue;
      if (table === null) return id;
      const rows: { alliance_id: string }[] = await this.dataSource.query(`SELECT alliance_id FROM ${table} WHERE id = $1`, [id]);
      return rows[0]?.alliance_id ?? null;
    }
    return null;
  }
}
