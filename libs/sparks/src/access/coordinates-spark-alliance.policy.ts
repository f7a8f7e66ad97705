import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CoordinatorsService } from '@kindred/alliances';
import { isUuid, type Policy, type Viewer } from '@kindred/core';

/** The argument naming what is acted on, and the table that says which alliance it belongs to. */
const ALLIANCE_OF: Record<string, string | null> = {
  allianceId: null,
  fundId: 'spark_funds',
  applicationId: 'spark_applications',
};

/**
 * Only a current coordinator of the alliance the fund or application belongs to. A
 * coordinator of another alliance is refused before anything is read or changed.
 */
@Injectable()
export class CoordinatesSparkAlliancePolicy implements Policy {
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
