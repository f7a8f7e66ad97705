import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
  isAdministrator(viewer: Viewer): boolean {
    return hasAnyRole(viewer, [PlatformRole.ADMIN]);
  }

  /** The alliances this person moderates now. */
  async alliancesOf(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = await manager
      .getRepository(AllianceModerator)
      .createQueryBuilder('moderator')
      .select('moderator.alliance_id', 'allianceId')
      .where('moderator.user_id = :userId AND moderator.ended_at IS NULL', { userId })
      .getRawMany<{ allianceId: string }>();
    return rows.map((row) => row.allianceId);
  }

  /** Whether the viewer may act on something belonging to these alliances. */
  async covers(manager: EntityManager, viewer: Viewer, allianceIds: readonly string[]): Promise<boolean> {
    if (this.isAdministrator(viewer)) return true;
    if (!hasAnyRole(viewer, [PlatformRole.MODERATOR])) return false;
    const mine = new Set(await this.alliancesOf(manager, viewer.userId));
    return allianceIds.some((allianceId) => mine.has(allianceId));
  }

  async require(manager: EntityManager, viewer: Viewer, allianceIds: readonly string[]): Promise<void> {
    if (!(await this.covers(manager, viewer, allianceIds))) {
      throw new ForbiddenError(ModerationMessages.MODERATE_OWN_ALLIANCES_ONLY());
    }
  }

  /** Every current moderator of any of these alliances, for escalations. */
  async moderatorsOf(manager: EntityManager, allianceIds: readonly string[]): Promise<string[]> {
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
