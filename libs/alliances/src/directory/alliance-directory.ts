import { Injectable } from '@nestjs/common';
import type { MentorGender, RecoveryDomain, RecoveryPathway, WeeklySlot } from '@kindred/recovery';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Alliance, type CrisisResource } from '../alliances/alliance.entity';
import { AllianceCoordinator } from '../coordinators/alliance-coordinator.entity';
import { AllianceCapacity, AllianceMembership, MembershipStatus } from '../memberships/alliance-membership.entity';
import { standingTowards, vettedMentorsIn, vettingsOf } from './directory.queries';

/** A vetted mentor's profile as matching reads it: never their lived-experience summary. */
export interface VettedMentorProfile {
  mentorId: string;
  allianceId: string;
  allianceName: string;
  languages: string[];
  focusDomains: RecoveryDomain[];
  pathways: RecoveryPathway[];
  gender: MentorGender | null;
  availability: WeeklySlot[];
  maxMentees: number;
}

/** Where a mentor is vetted now, with the places they have there and the most they may give themself. */
export interface MentorVetting {
  allianceId: string;
  maxMentees: number;
  languages: string[];
  placesLimit: number;
}

/** An alliance's crisis lines, for the crisis response of another domain. */
export interface AllianceCrisisLines {
  allianceId: string;
  allianceName: string;
  resources: CrisisResource[];
}

/** How a person stands towards one alliance, so a refusal can fit them. */
export interface AllianceStanding {
  coordinatesHere: boolean;
  /** Coordinates some other alliance (whether or not this one too). */
  coordinatesElsewhere: boolean;
  /** The capacities they are active in here (empty when they do not belong). */
  activeCapacities: AllianceCapacity[];
  /** They asked to join and are waiting for an answer. */
  waitingToJoin: boolean;
}

/**
 * Read-only facts about alliances for other domains, on the API and in the worker alike:
 * which alliances a person belongs to, and the crisis lines those alliances publish.
 */
@Injectable()
export class AllianceDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The alliances a person is an active member of now, in any capacity. */
  async activeAllianceIdsOf(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = await manager.getRepository(AllianceMembership).find({
      select: { allianceId: true },
      where: { userId, status: MembershipStatus.ACTIVE },
    });
    return [...new Set(rows.map((row) => row.allianceId))];
  }

  /** The same for many people in one query: person id → their alliances (absent when none). */
  async activeAllianceIdsByPerson(userIds: readonly string[]): Promise<Map<string, string[]>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(AllianceMembership).find({
      select: { userId: true, allianceId: true },
      where: { userId: In([...new Set(userIds)]), status: MembershipStatus.ACTIVE },
    });
    const byPerson = new Map<string, string[]>();
    for (const row of rows) byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row.allianceId]);
    return byPerson;
  }

  /** Where a mentor is vetted now (not paused), with their places there. */
  async vettedMentorshipsOf(manager: EntityManager, mentorId: string): Promise<MentorVetting[]> {
    return (await this.vettingsOf(manager, [mentorId])).get(mentorId) ?? [];
  }

  /**
   * The same for many mentors in one query: mentor id → where they are vetted now (absent when
   * nowhere). With `sharedWith`, only in the alliances that person is an active member of now.
   */
  async vettingsOf(
    manager: EntityManager,
    mentorIds: readonly string[],
    { sharedWith = null }: { sharedWith?: string | null } = {},
  ): Promise<Map<string, MentorVetting[]>> {
    if (mentorIds.length === 0) return new Map();
    const rows = await vettingsOf.all(manager, { mentorIds: [...new Set(mentorIds)], sharedWith });
    const byMentor = new Map<string, MentorVetting[]>();
    for (const { mentorId, ...vetting } of rows) byMentor.set(mentorId, [...(byMentor.get(mentorId) ?? []), vetting]);
    return byMentor;
  }

  /** Mentors vetted (not paused) in any of these alliances, with what matching needs of their profile: one query. */
  async vettedMentorsIn(allianceIds: readonly string[]): Promise<VettedMentorProfile[]> {
    if (allianceIds.length === 0) return [];
    return vettedMentorsIn.all(this.dataSource.manager, { allianceIds });
  }

  /** The people in an alliance as members (in recovery), for work done on their behalf. */
  async activeMemberIdsOf(allianceId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(AllianceMembership).find({
      select: { userId: true },
      where: { allianceId, status: MembershipStatus.ACTIVE, capacity: AllianceCapacity.MEMBER },
    });
    return rows.map((row) => row.userId);
  }

  /** Whether the person is an active member (in recovery) of the alliance now. */
  async isActiveMemberOf(manager: EntityManager, userId: string, allianceId: string): Promise<boolean> {
    return manager.getRepository(AllianceMembership).existsBy({ userId, allianceId, status: MembershipStatus.ACTIVE, capacity: AllianceCapacity.MEMBER });
  }

  /** The people coordinating the alliance now, for work done on their behalf (e.g. telling them something). */
  async coordinatorIdsOf(manager: EntityManager, allianceId: string): Promise<string[]> {
    const rows = await manager.getRepository(AllianceCoordinator).find({ select: { userId: true }, where: { allianceId, endedAt: IsNull() } });
    return [...new Set(rows.map((row) => row.userId))];
  }

  /** The alliances the person coordinates now, by name. */
  async coordinatedBy(manager: EntityManager, userId: string): Promise<{ allianceId: string; allianceName: string }[]> {
    const rows = await manager.getRepository(AllianceCoordinator).find({ select: { allianceId: true }, where: { userId, endedAt: IsNull() } });
    if (rows.length === 0) return [];
    const alliances = await manager
      .getRepository(Alliance)
      .find({ select: { id: true, name: true }, where: { id: In(rows.map((row) => row.allianceId)) }, order: { name: 'ASC' } });
    return alliances.map((alliance) => ({ allianceId: alliance.id, allianceName: alliance.name }));
  }

  /** How the person stands towards the alliance, in one query. */
  async standingOf(manager: EntityManager, userId: string, allianceId: string): Promise<AllianceStanding> {
    const row = await standingTowards.one(manager, { userId, allianceId });
    return { coordinatesHere: row!.here, coordinatesElsewhere: row!.elsewhere, activeCapacities: row!.capacities, waitingToJoin: row!.waiting };
  }

  async crisisLinesOf(allianceIds: readonly string[]): Promise<AllianceCrisisLines[]> {
    if (allianceIds.length === 0) return [];
    const alliances = await this.dataSource.getRepository(Alliance).find({ where: { id: In([...allianceIds]) }, order: { name: 'ASC' } });
    return alliances.map((alliance) => ({ allianceId: alliance.id, allianceName: alliance.name, resources: alliance.crisisResources }));
  }
}
