import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ForbiddenError, isUuid, NotFoundError, PlatformRole, refuseOwnCase, type UserMessage } from '@kindred/core';
import { PeopleDirectory, RolesService } from '@kindred/identity';
import { Alliance } from '../alliances/alliance.entity';
import { AlliancesService } from '../alliances/alliances.service';
import { AllianceCoordinator } from './alliance-coordinator.entity';
import { AllianceMessages } from '../alliances.messages';

/** A person coordinating an alliance now, as administrators and fellow coordinators see them. */
export interface CoordinatorSummary {
  userId: string;
  displayName: string;
  appointedAt: Date;
}

/** An administrator appoints or steps down someone else; their own appointment is another administrator's decision. */
const OWN_APPOINTMENT = AllianceMessages.OWN_COORDINATOR_APPOINTMENT();

/** Who runs which alliance. Appointing gives the COORDINATOR role; the last stepping down takes it. */
@Injectable()
export class CoordinatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AlliancesService,
    private readonly people: PeopleDirectory,
    private readonly roles: RolesService,
  ) {}

  async appoint(allianceId: string, userId: string, actorId: string, requestId: string): Promise<void> {
    refuseOwnCase(actorId, userId, OWN_APPOINTMENT);
    await this.alliances.get(allianceId);
    if (!isUuid(userId) || !(await this.people.isActive(userId))) throw new NotFoundError(AllianceMessages.COORDINATOR_ACCOUNT_NOT_FOUND());
    await this.dataSource.createQueryBuilder().insert().into(AllianceCoordinator).values({ allianceId, userId, appointedBy: actorId }).orIgnore().execute();
    await this.roles.grant(userId, PlatformRole.COORDINATOR, actorId, requestId);
  }

  async remove(allianceId: string, userId: string, actorId: string, requestId: string): Promise<void> {
    refuseOwnCase(actorId, userId, OWN_APPOINTMENT);
    const stillCoordinating = await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(AllianceCoordinator)
        .set({ endedAt: () => 'now()' })
        .where('alliance_id = :allianceId AND user_id = :userId AND ended_at IS NULL', { allianceId, userId })
        .execute();
      return manager
        .getRepository(AllianceCoordinator)
        .createQueryBuilder('coordinator')
        .where('coordinator.user_id = :userId AND coordinator.ended_at IS NULL', { userId })
        .getExists();
    });
    if (!stillCoordinating) await this.roles.revoke(userId, PlatformRole.COORDINATOR, actorId, requestId);
  }

  /** The alliance's coordinators now, longest-serving first (for its coordinators and administrators; checked by policy). */
  async list(allianceId: string): Promise<CoordinatorSummary[]> {
    await this.alliances.get(allianceId);
    const rows = await this.dataSource
      .getRepository(AllianceCoordinator)
      .createQueryBuilder('coordinator')
      .where('coordinator.alliance_id = :allianceId AND coordinator.ended_at IS NULL', { allianceId })
      .orderBy('coordinator.appointed_at', 'ASC')
      .addOrderBy('coordinator.id', 'ASC')
      .getMany();
    const names = await this.people.summaries(rows.map((row) => row.userId));
    return rows.map((row) => ({ userId: row.userId, displayName: names.get(row.userId)!.displayName, appointedAt: row.appointedAt }));
  }

  /** The alliances the person coordinates now, by name: where their console opens. */
  async coordinatedBy(userId: string): Promise<Alliance[]> {
    const rows = await this.dataSource.getRepository(AllianceCoordinator).find({ select: { allianceId: true }, where: { userId, endedAt: IsNull() } });
    if (rows.length === 0) return [];
    return this.dataSource.getRepository(Alliance).find({ where: { id: In(rows.map((row) => row.allianceId)) }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Whether the person coordinates this alliance now. */
  isCoordinator(manager: EntityManager, userId: string, allianceId: string): Promise<boolean> {
    return manager
      .getRepository(AllianceCoordinator)
      .createQueryBuilder('coordinator')
      .where('coordinator.user_id = :userId AND coordinator.alliance_id = :allianceId AND coordinator.ended_at IS NULL', {
        userId,
        allianceId,
      })
      .getExists();
  }

  /** Refuses anyone but a current coordinator of the alliance, in words that fit them (see `refusal`). */
  async requireCoordinator(manager: EntityManager, userId: string, allianceId: string, what: UserMessage): Promise<void> {
    if (isUuid(allianceId) && (await this.isCoordinator(manager, userId, allianceId))) return;
    throw new ForbiddenError(await this.refusal(manager, userId, allianceId, what));
  }

  /**
   * Why someone is refused what only this alliance's coordinators may do (`what`, a catalogued
   * phrase such as "see its insights"). A coordinator of another alliance is told that is why, never invited to
   * join: joining would not make them one of this alliance's coordinators.
   */
  async refusal(manager: EntityManager, userId: string, allianceId: string | null, what: UserMessage): Promise<UserMessage> {
    const elsewhere = await manager
      .getRepository(AllianceCoordinator)
      .createQueryBuilder('coordinator')
      .where('coordinator.user_id = :userId AND coordinator.ended_at IS NULL AND coordinator.alliance_id IS DISTINCT FROM :allianceId', {
        userId,
        allianceId: allianceId !== null && isUuid(allianceId) ? allianceId : null,
      })
      .getExists();
    return elsewhere ? AllianceMessages.COORDINATORS_ONLY_ELSEWHERE({ what }) : AllianceMessages.COORDINATORS_ONLY({ what });
  }
}
