import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hasAnyRole, isUuid, PlatformRole, type Policy, type UserMessage, type Viewer } from '@kindred/core';
import { CoordinatorsService } from '../coordinators/coordinators.service';
import { AllianceMessages } from '../alliances.messages';

/**
 * Only a current coordinator of the alliance concerned may act. The alliance is found from
 * whichever id the operation takes, so a coordinator of one alliance can neither see nor act
 * on another alliance's people or money. Each domain names its own arguments and tables.
 */
@Injectable()
export abstract class AllianceCoordinatorPolicy implements Policy {
  /** The argument naming what is acted on, and the table whose `alliance_id` says whose it is (null: the argument is the alliance). */
  protected abstract readonly allianceOf: Readonly<Record<string, string | null>>;

  /**
   * Whether administrators may act too: for decisions about people, which a coordinator never
   * makes about themselves, so an alliance with one coordinator still has someone to decide.
   */
  protected readonly administratorsToo: boolean = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coordinators: CoordinatorsService,
  ) {}

  async allows(viewer: Viewer | null, args: Record<string, unknown>): Promise<boolean> {
    if (!viewer) return false;
    if (this.administratorsToo && hasAnyRole(viewer, [PlatformRole.ADMIN])) return true;
    const allianceId = await this.allianceIdFrom(args);
    return allianceId !== null && this.coordinators.isCoordinator(this.dataSource.manager, viewer.userId, allianceId);
  }

  async refusal(viewer: Viewer, args: Record<string, unknown>): Promise<UserMessage> {
    return this.coordinators.refusal(this.dataSource.manager, viewer.userId, await this.allianceIdFrom(args), AllianceMessages.ALLIANCE_DO_THIS());
  }

  private async allianceIdFrom(args: Record<string, unknown>): Promise<string | null> {
    for (const [argument, table] of Object.entries(this.allianceOf)) {
      const id = args[argument];
      if (typeof id !== 'string' || !isUuid(id)) continue;
      if (table === null) return id;
      // Each subclass names its own table, so there is no one statement to declare with defineQuery.
      // eslint-disable-next-line no-restricted-syntax -- the table comes from code, never from input
      const rows: { alliance_id: string }[] = await this.dataSource.query(`SELECT alliance_id FROM ${table} WHERE id = $1`, [id]);
      return rows[0]?.alliance_id ?? null;
    }
    return null;
  }
}
