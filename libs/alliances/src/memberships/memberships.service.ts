import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import {
  BadUserInputError,
  checkText,
  ConflictError,
  isUuid,
  mapConnectionInBatch,
  NotFoundError,
  Outbox,
  paginateByKeyset,
  PlatformRole,
  refuseOwnCase,
  type Connection,
  type PageArgs,
  type Viewer,
} from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory } from '@kindred/identity';
import { Alliance } from '../alliances/alliance.entity';
import { AlliancesService } from '../alliances/alliances.service';
import { AllianceCapacity, AllianceMembership, MembershipStatus } from './alliance-membership.entity';
import { MembershipDecision, type AllianceMembershipObject } from './membership.types';
import { AllianceMessages } from '../alliances.messages';
import { DecidedByAnotherError } from '../decided-by-another.error';

const UNIQUE_VIOLATION = '23505';
const OPEN = [MembershipStatus.REQUESTED, MembershipStatus.ACTIVE];

/** The platform role a person needs to join in each capacity they may ask for. */
const ROLE_FOR_CAPACITY: Partial<Record<AllianceCapacity, PlatformRole>> = {
  [AllianceCapacity.MEMBER]: PlatformRole.MEMBER,
  [AllianceCapacity.SUPPORTER]: PlatformRole.SUPPORTER,
};

/** Joining, being welcomed or declined, and leaving an alliance. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AllianceMembership) private readonly memberships: Repository<AllianceMembership>,
    private readonly alliances: AlliancesService,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async request(viewer: Viewer, allianceId: string, capacity: AllianceCapacity): Promise<AllianceMembershipObject> {
    const alliance = await this.alliances.get(allianceId);
    const role = ROLE_FOR_CAPACITY[capacity];
    if (!role) {
      throw new BadUserInputError(AllianceMessages.MENTOR_NEEDS_MEMBERSHIP_FIRST(), { field: 'capacity' });
    }
    if (!viewer.roles.includes(role)) {
      throw new BadUserInputError(
        capacity === AllianceCapacity.MEMBER ? AllianceMessages.MEMBER_CAPACITY_FOR_RECOVERY() : AllianceMessages.SUPPORTER_CAPACITY_FOR_FAMILY(),
        { field: 'capacity' },
      );
    }
    try {
      const saved = await this.memberships.save(this.memberships.create({ allianceId: alliance.id, userId: viewer.userId, capacity }));
      return (await this.describe([saved]))[0]!;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictError(AllianceMessages.ALREADY_ASKED_TO_JOIN());
      }
      throw error;
    }
  }

  /**
   * Of two deciding at once, the first wins and the second is told. Nobody decides their own
   * request: another coordinator or an administrator does.
   */
  async decide(deciderId: string, membershipId: string, decision: MembershipDecision, reason: string | null | undefined): Promise<AllianceMembershipObject> {
    const declineReason =
      decision === MembershipDecision.DECLINE
        ? checkText(reason ?? '', 'reason', AllianceMessages.ALLIANCE_LABEL_DECLINE_REASON(), { min: 3, max: 500 })
        : null;
    const requested = isUuid(membershipId) ? await this.memberships.findOneBy({ id: membershipId }) : null;
    if (!requested) throw new NotFoundError(AllianceMessages.MEMBERSHIP_REQUEST_NOT_FOUND());
    refuseOwnCase(deciderId, requested.userId, AllianceMessages.OWN_REQUEST_TO_JOIN());
    const result = await this.memberships
      .createQueryBuilder()
      .update(AllianceMembership)
      .set({
        status: decision === MembershipDecision.APPROVE ? MembershipStatus.ACTIVE : MembershipStatus.DECLINED,
        decidedAt: () => 'now()',
        decidedBy: deciderId,
        declineReason,
      })
      .where('id = :membershipId AND status = :requested', { membershipId, requested: MembershipStatus.REQUESTED })
      .execute();
    const membership = await this.memberships.findOneBy({ id: membershipId });
    if (!membership) throw new NotFoundError(AllianceMessages.MEMBERSHIP_REQUEST_NOT_FOUND());
    if (!result.affected) {
      if (membership.decidedBy !== null && membership.decidedBy !== deciderId)
        throw new DecidedByAnotherError(AllianceMessages.MEMBERSHIP_REQUEST_DECIDED_BY_ANOTHER());
      throw new ConflictError(AllianceMessages.MEMBERSHIP_REQUEST_DECIDED());
    }
    if (membership.status === MembershipStatus.ACTIVE && membership.capacity === AllianceCapacity.MEMBER) {
      // A new alliance brings new mentors to suggest.
      await this.outbox.stage(this.dataSource.manager, { name: 'mentorship.refresh-member-suggestions', data: { memberId: membership.userId } });
    }
    return (await this.describe([membership]))[0]!;
  }

  /** Leaves every capacity in the alliance at once; what leaving means elsewhere runs in the same transaction. */
  async leave(viewer: Viewer, allianceId: string, also?: (manager: EntityManager) => Promise<void>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(AllianceMembership)
        .set({ status: MembershipStatus.LEFT, leftAt: () => 'now()' })
        .where('alliance_id = :allianceId AND user_id = :userId AND status IN (:...open)', {
          allianceId,
          userId: viewer.userId,
          open: OPEN,
        })
        .execute();
      if (!result.affected) throw new NotFoundError(AllianceMessages.ALLIANCE_NOT_A_MEMBER());
      await also?.(manager);
      return result.affected;
    });
  }

  async mine(viewer: Viewer): Promise<AllianceMembershipObject[]> {
    return this.describe(await this.memberships.find({ where: { userId: viewer.userId }, order: { requestedAt: 'DESC' } }));
  }

  /** For the alliance's coordinators and administrators (checked by policy); each read of the list is audited. */
  async members(
    readerId: string,
    allianceId: string,
    status: MembershipStatus | null | undefined,
    page: PageArgs,
    requestId: string,
  ): Promise<Connection<AllianceMembershipObject>> {
    const query = this.memberships.createQueryBuilder('membership').where('membership.alliance_id = :allianceId', { allianceId });
    if (status) query.andWhere('membership.status = :status', { status });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'membership.requested_at',
      idColumn: 'membership.id',
      direction: 'DESC',
      keyOf: (membership) => [membership.requestedAt.toISOString(), membership.id],
    });
    const described = await mapConnectionInBatch(connection, (rows) => this.describe(rows));
    await this.audit.record(this.dataSource.manager, {
      action: AuditAction.SENSITIVE_RECORD_ACCESSED,
      actorId: readerId,
      requestId,
      details: { record: 'alliance_members', allianceId, count: described.edges.length },
    });
    return described;
  }

  /** Whether the person is an active member of the alliance in this capacity. */
  isActive(userId: string, allianceId: string, capacity: AllianceCapacity): Promise<boolean> {
    return this.dataSource.getRepository(AllianceMembership).existsBy({ userId, allianceId, capacity, status: MembershipStatus.ACTIVE });
  }

  /** Whether two people are both active, in any capacity, in at least one common alliance: one query. */
  sharesActiveAlliance(userId: string, otherUserId: string): Promise<boolean> {
    return this.memberships
      .createQueryBuilder('mine')
      .innerJoin(AllianceMembership, 'theirs', 'theirs.alliance_id = mine.alliance_id AND theirs.user_id = :otherUserId AND theirs.status = :active', {
        otherUserId,
        active: MembershipStatus.ACTIVE,
      })
      .where('mine.user_id = :userId AND mine.status = :active', { userId })
      .getExists();
  }

  /** Names for display, loaded in two queries whatever the number of rows. */
  private async describe(rows: AllianceMembership[]): Promise<AllianceMembershipObject[]> {
    const alliances = rows.length
      ? await this.dataSource
          .getRepository(Alliance)
          .find({ select: { id: true, name: true }, where: { id: In([...new Set(rows.map((row) => row.allianceId))]) } })
      : [];
    const allianceNames = new Map(alliances.map((alliance) => [alliance.id, alliance.name]));
    const people = await this.people.summaries(rows.map((row) => row.userId));
    return rows.map((row) => ({
      id: row.id,
      allianceId: row.allianceId,
      allianceName: allianceNames.get(row.allianceId) ?? '',
      personId: row.userId,
      personDisplayName: people.get(row.userId)?.displayName ?? '',
      capacity: row.capacity,
      status: row.status,
      requestedAt: row.requestedAt,
      decidedAt: row.decidedAt,
      declineReason: row.declineReason,
    }));
  }
}
