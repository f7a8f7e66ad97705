import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError, hasAnyRole, PlatformRole, type Viewer } from '@kindred/core';
import { AllianceModerator } from './alliance-moderator.entity';
import { ModerationMessages } from '../moderation.messages';

/**
 * Where a moderator may act: in the alliances they moderate now, and administrators
 * everywhere. Checked per case and per subject inside the services, because a case can
 * concern several alliances (a direct message between people of two alliances).
 */
@Injectable()
export class ModeratorScope {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  isAdministrator(viewer: Viewer): boolean {
    return hasAnyRole(viewer, [PlatformRole.ADMIN]);
  }

  /** The alliances this person moderates now. */
  async alliancesOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager
      .getRepository(AllianceModerator)
      .createQueryBuilder('moderator')
      .select('moderator.alliance_id', 'allianceId')
      .where('moderator.user_id = :userId AND moderator.ended_at IS NULL', { userId })
      .getRawMany<{ allianceId: string }>();
    return rows.map((row) => row.allianceId);
  }

  /** Whether the viewer may act on something belonging to these alliances. */
  async covers(viewer: Viewer, allianceIds: readonly string[], manager?: EntityManager): Promise<boolean> {
    if (this.isAdministrator(viewer)) return true;
    if (!hasAnyRole(viewer, [PlatformRole.MODERATOR])) return false;
    const mine = new Set(await this.alliancesOf(viewer.userId, manager));
    return allianceIds.some((allianceId) => mine.has(allianceId));
  }

  async require(viewer: Viewer, allianceIds: readonly string[], manager?: EntityManager): Promise<void> {
    if (!(await this.covers(viewer, allianceIds, manager))) {
      throw new ForbiddenError(ModerationMessages.MODERATE_OWN_ALLIANCES_ONLY());
    }
  }

  /** Every current moderator of any of these alliances, for escalations. */
  async moderatorsOf(allianceIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (allianceIds.length === 0) return [];
    const rows = await manager
      .getRepository(AllianceModerator)
      .createQueryBuilder('moderator')
      .select('DISTINCT moderator.user_id', 'userId')
      .where('moderator.alliance_id = ANY(:allianceIds) AND moderator.ended_at IS NULL', { allianceIds })
      .getRawMany<{ userId: string }>();
    return rows.map((row) => row.userId);
  }
}
