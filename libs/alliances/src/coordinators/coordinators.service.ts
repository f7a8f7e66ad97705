import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, PlatformRole } from '@kindred/core';
import { PeopleDirectory, RolesService } from '@kindred/identity';
import { AlliancesService } from '../alliances/alliances.service';
import { AllianceCoordinator } from './alliance-coordinator.entity';

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
    await this.alliances.get(allianceId);
    if (!(await this.people.isActive(userId))) throw new NotFoundError('We could not find that account.');
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AllianceCoordinator)
      .values({ allianceId, userId, appointedBy: actorId })
      .orIgnore()
      .execute();
    await this.roles.grant(userId, PlatformRole.COORDINATOR, actorId, requestId);
  }

  async remove(allianceId: string, userId: string, actorId: string, requestId: string): Promise<void> {
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

  /** Whether the person coordinates this alliance now. */
  isCoordinator(userId: string, allianceId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager
      .getRepository(AllianceCoordinator)
      .createQueryBuilder('coordinator')
      .where('coordinator.user_id = :userId AND coordinator.alliance_id = :allianceId AND coordinator.ended_at IS NULL', {
        userId,
        allianceId,
      })
      .getExists();
  }
}
