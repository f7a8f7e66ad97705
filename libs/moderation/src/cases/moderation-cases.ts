import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import type { ModeratedItem, OwnCase } from '@kindred/core';
import type { CaseSeverity, CaseSubjectKind } from '../moderation.enums';
import { ModerationReport } from '../reports/moderation-report.entity';
import type { ModerationCase } from './moderation-case.entity';
import { ModerationFinding } from './moderation-finding.entity';
import { ModerationMessages } from '../moderation.messages';
import { openOrJoinCase } from './moderation-cases.queries';

/** A moderator who is a party to a case (see `partiesTo`) neither decides it nor reads it as its moderator. */
export const OWN_MODERATION_CASE: OwnCase = ModerationMessages.OWN_MODERATION_CASE();

/**
 * SQL condition on a case aliased `alias`: the person bound as `:viewerId` is not a party to
 * it. The queue's filter, so a moderator is never shown a case they may not decide.
 */
export const notAPartyTo = (alias: string): string =>
  `${alias}.person_id IS DISTINCT FROM :viewerId AND NOT EXISTS (SELECT 1 FROM moderation_reports r WHERE r.case_id = ${alias}.id AND r.reporter_id = :viewerId)`;

export interface CaseOpening {
  subjectKind: CaseSubjectKind;
  subjectRef: string;
  personId: string | null;
  allianceIds: string[];
  severity: CaseSeverity;
  categories: string[];
  reported: boolean;
}

export interface FindingInput {
  category: string;
  severity: string;
  ruleIds: string[];
  count: number;
}

/**
 * Opens a case, or joins the subject's open one: a scan and any number of concurrent
 * reports about the same subject settle on one case in a single statement, the unique
 * open-subject index deciding the race.
 */
@Injectable()
export class ModerationCases {
  constructor(private readonly alliances: AllianceDirectory) {}

  /** The alliances answering for an item: where it lives, or else its author's alliances. */
  async alliancesFor(manager: EntityManager, item: Pick<ModeratedItem, 'allianceIds' | 'authorId'> | null, personId: string | null): Promise<string[]> {
    if (item?.allianceIds) return item.allianceIds;
    const person = item?.authorId ?? personId;
    return person ? this.alliances.activeAllianceIdsOf(manager, person) : [];
  }

  /**
   * The people a case is about or was brought by: its subject (the person, or the content's
   * author) and everyone who reported it. Deciding it would be deciding their own case.
   */
  async partiesTo(manager: EntityManager, found: Pick<ModerationCase, 'id' | 'personId'>): Promise<string[]> {
    const reports = await manager.getRepository(ModerationReport).find({ select: { reporterId: true }, where: { caseId: found.id } });
    return [...(found.personId ? [found.personId] : []), ...reports.map((report) => report.reporterId)];
  }

  async openOrJoin(manager: EntityManager, opening: CaseOpening): Promise<string> {
    const row = await openOrJoinCase.one(manager, opening);
    return row!.id;
  }

  /** Upserts what a scan found; a rescan of the same text changes nothing. */
  async recordFindings(manager: EntityManager, caseId: string, findings: readonly FindingInput[]): Promise<void> {
    if (findings.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ModerationFinding)
      .values(
        findings.map((finding) => ({ caseId, category: finding.category, severity: finding.severity, ruleIds: finding.ruleIds, matchCount: finding.count })),
      )
      .orUpdate(['severity', 'rule_ids', 'match_count', 'found_at'], ['case_id', 'category'])
      .execute();
  }
}
