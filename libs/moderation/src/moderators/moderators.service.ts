import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory, CoordinatorsService } from '@kindred/alliances';
import { BadUserInputError, ForbiddenError, PlatformRole, refuseOwnCase, type Viewer, isUuid } from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory, RolesService } from '@kindred/identity';
import { AllianceModerator } from './alliance-moderator.entity';
import { ModeratorScope } from './moderator-scope.policy';
import type { AllianceModeratorObject } from './moderators.types';
import { ModerationMessages } from '../moderation.messages';

const OWN_APPOINTMENT = ModerationMessages.OWN_MODERATOR_APPOINTMENT();

/**
 * Who moderates which alliance. An administrator or a coordinator of the alliance appoints
 * one of its members, never themselves; appointing gives the MODERATOR role, the last removal takes it.
 */
@Injectable()
export class ModeratorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ModeratorScope,
    private readonly coordinators: CoordinatorsService,
    private readonly alliances: AllianceDirectory,
    private readonly roles: RolesService,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLog,
  ) {}

  async appoint(viewer: Viewer, allianceId: string, userId: string, requestId: string): Promise<AllianceModeratorObject[]> {
    await this.requireAppointer(viewer, allianceId);
    refuseOwnCase(viewer.userId, userId, OWN_APPOINTMENT);
    if (!isUuid(userId) || !(await this.alliances.activeAllianceIdsOf(this.dataSource.manager, userId)).includes(allianceId)) {
      throw new BadUserInputError(ModerationMessages.MODERATOR_MUST_BE_MEMBER(), { field: 'userId' });
    }
    await this.dataSource.createQueryBuilder().insert().into(AllianceModerator).values({ allianceId, userId, appointedBy: viewer.userId }).orIgnore().execute();
    await this.roles.grant(userId, PlatformRole.MODERATOR, viewer.userId, requestId);
    await this.audit.record(this.dataSource.manager, {
      action: AuditAction.MODERATOR_APPOINTED,
      actorId: viewer.userId,
      subjectId: userId,
      requestId,
      details: { allianceId },
    });
    return this.list(viewer, allianceId);
  }

  async remove(viewer: Viewer, allianceId: string, userId: string, requestId: string): Promise<AllianceModeratorObject[]> {
    await this.requireAppointer(viewer, allianceId);
    refuseOwnCase(viewer.userId, userId, OWN_APPOINTMENT);
    if (!isUuid(userId)) throw new BadUserInputError(ModerationMessages.NOT_A_MODERATOR_HERE(), { field: 'userId' });
    const stillModerating = await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(AllianceModerator)
        .set({ endedAt: () => 'now()' })
        .where('alliance_id = :allianceId AND user_id = :userId AND ended_at IS NULL', { allianceId, userId })
        .execute();
      return (await this.scope.alliancesOf(manager, userId)).length > 0;
    });
    if (!stillModerating) await this.roles.revoke(userId, PlatformRole.MODERATOR, viewer.userId, requestId);
    await this.audit.record(this.dataSource.manager, {
      action: AuditAction.MODERATOR_REMOVED,
      actorId: viewer.userId,
      subjectId: userId,
      requestId,
      details: { allianceId },
    });
    return this.list(viewer, allianceId);
  }

  async list(viewer: Viewer, allianceId: string): Promise<AllianceModeratorObject[]> {
    if (!(await this.mayManage(viewer, allianceId)) && !(await this.scope.covers(this.dataSource.manager, viewer, [allianceId]))) {
      throw new ForbiddenError(ModerationMessages.MODERATORS_LIST_RESTRICTED());
    }
    const rows = await this.dataSource.getRepository(AllianceModerator).find({ where: { allianceId }, order: { appointedAt: 'ASC' } });
    const active = rows.filter((row) => row.endedAt === null);
    const names = await this.people.summaries(active.map((row) => row.userId));
    return active.map((row) => ({ userId: row.userId, displayName: names.get(row.userId)!.displayName, appointedAt: row.appointedAt }));
  }

  private async requireAppointer(viewer: Viewer, allianceId: string): Promise<void> {
    if (!isUuid(allianceId) || !(await this.mayManage(viewer, allianceId))) {
      throw new ForbiddenError(ModerationMessages.MODERATORS_APPOINTMENT_RESTRICTED());
    }
  }

  private async mayManage(viewer: Viewer, allianceId: string): Promise<boolean> {
    return this.scope.isAdministrator(viewer) || (isUuid(allianceId) && this.coordinators.isCoordinator(this.dataSource.manager, viewer.userId, allianceId));
  }
}
