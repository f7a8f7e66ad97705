import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  BadUserInputError,
  FieldCipher,
  ModeratedContentRegistry,
  NotFoundError,
  mapConnectionInBatch,
  paginateByKeyset,
  refuseOwnCase,
  type Connection,
  type Viewer,
  isUuid,
} from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory } from '@kindred/identity';
import { ModerationDecision } from '../decisions/moderation-decision.entity';
import { toDecisionObject } from '../decisions/moderation-decision.presenter';
import { ModeratorScope } from '../moderators/moderator-scope.policy';
import { CaseStatus, contentKindOf } from '../moderation.enums';
import { ModerationReport } from '../reports/moderation-report.entity';
import { reportNoteContext } from '../reports/moderation-reports.service';
import { ModerationCase } from './moderation-case.entity';
import { ModerationCases, notAPartyTo, OWN_MODERATION_CASE } from './moderation-cases';
import { reportCounts } from './moderation-cases.queries';
import { ModerationFinding } from './moderation-finding.entity';
import type { ModerationCaseDetailsObject, ModerationCaseObject, ModerationQueueArgs } from './moderation-queue.types';
import { ModerationMessages } from '../moderation.messages';

/** Messages either side of a reported one that a moderator sees. */
const CONTEXT_RADIUS = 3;

/**
 * The moderator's queue: open cases (or, asked for, decided ones) in the alliances they moderate (everything for an
 * administrator), oldest first, filtered by alliance, category, severity and age; never a
 * case about them or one they reported. Content is read one case at a time, and each read of
 * someone's writing is logged.
 */
@Injectable()
export class ModerationQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ModeratorScope,
    private readonly cases: ModerationCases,
    private readonly registry: ModeratedContentRegistry,
    private readonly people: PeopleDirectory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditLog,
  ) {}

  async queue(viewer: Viewer, args: ModerationQueueArgs): Promise<Connection<ModerationCaseObject>> {
    const admin = this.scope.isAdministrator(viewer);
    const mine = admin ? null : await this.scope.alliancesOf(this.dataSource.manager, viewer.userId);
    if (args.allianceId && (!isUuid(args.allianceId) || (mine && !mine.includes(args.allianceId)))) {
      throw new BadUserInputError(ModerationMessages.QUEUE_FILTER_ALLIANCE(), { field: 'allianceId' });
    }
    if (args.minAgeHours !== null && args.minAgeHours !== undefined && (args.minAgeHours < 0 || args.minAgeHours > 24 * 365)) {
      throw new BadUserInputError(ModerationMessages.QUEUE_FILTER_AGE(), { field: 'minAgeHours' });
    }
    const query = this.dataSource
      .getRepository(ModerationCase)
      .createQueryBuilder('c')
      .where('c.status = :status', { status: args.status ?? CaseStatus.OPEN })
      .andWhere(mine ? 'c.alliance_ids && :mine::uuid[]' : 'TRUE', { mine: mine ?? [] })
      .andWhere(notAPartyTo('c'), { viewerId: viewer.userId });
    if (args.allianceId) query.andWhere(':allianceId = ANY(c.alliance_ids)', { allianceId: args.allianceId });
    if (args.category) query.andWhere(':category = ANY(c.categories)', { category: args.category });
    if (args.severity) query.andWhere('c.severity = :severity', { severity: args.severity });
    if (args.minAgeHours) query.andWhere(`c.opened_at <= now() - make_interval(hours => :hours)`, { hours: args.minAgeHours });
    const page = await paginateByKeyset(query, args, {
      sortColumn: 'c.opened_at',
      idColumn: 'c.id',
      // The oldest open case waits longest; a decided case is looked back on newest first.
      direction: args.status === CaseStatus.RESOLVED ? 'DESC' : 'ASC',
      keyOf: (found) => [found.openedAt.toISOString(), found.id],
    });
    return mapConnectionInBatch(page, (cases) => this.present(cases));
  }

  async details(viewer: Viewer, caseId: string, requestId: string): Promise<ModerationCaseDetailsObject> {
    const found = isUuid(caseId) ? await this.dataSource.getRepository(ModerationCase).findOneBy({ id: caseId }) : null;
    if (!found) throw new NotFoundError(ModerationMessages.CASE_NOT_FOUND());
    await this.scope.require(this.dataSource.manager, viewer, found.allianceIds);
    refuseOwnCase(viewer.userId, await this.cases.partiesTo(this.dataSource.manager, found), OWN_MODERATION_CASE);
    const [presented] = await this.present([found]);
    const contentKind = contentKindOf(found.subjectKind);
    const source = contentKind ? this.registry.get(contentKind) : null;
    const item = source ? await source.load(this.dataSource.manager, found.subjectRef) : null;
    const context = source && found.reported ? await source.context(found.subjectRef, CONTEXT_RADIUS) : [];
    const names = await this.people.summaries(context.flatMap((entry) => (entry.authorId ? [entry.authorId] : [])));
    const reports = await this.dataSource.getRepository(ModerationReport).find({ where: { caseId: found.id }, order: { createdAt: 'ASC' } });
    const decisions = await this.dataSource.getRepository(ModerationDecision).find({ where: { caseId: found.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const personHistory = found.personId ? await this.historyOf(viewer, found.personId, found.id) : [];
    // Reading someone's words for moderation is an access to their record: the log says who read what.
    const read = new Set([...(item?.authorId ? [item.authorId] : []), ...context.flatMap((entry) => (entry.authorId ? [entry.authorId] : []))]);
    await this.audit.recordMany(
      this.dataSource.manager,
      [...read].map((subjectId) => ({
        action: AuditAction.SENSITIVE_RECORD_ACCESSED,
        actorId: viewer.userId,
        subjectId,
        requestId,
        details: { record: 'moderation_case', caseId: found.id },
      })),
    );
    return {
      case: presented!,
      contentText: item?.text ?? null,
      contentVisibility: item?.visibility ?? null,
      context: context.map((entry) => ({
        ...entry,
        authorDisplayName: entry.authorId ? names.get(entry.authorId)!.displayName : '',
      })),
      reports: reports.map((report) => ({
        reason: report.reason,
        note: report.note ? this.cipher.decrypt(report.note, reportNoteContext(report.id)) : null,
        createdAt: report.createdAt,
      })),
      decisions: decisions.map(toDecisionObject),
      personHistory: personHistory.map(toDecisionObject),
    };
  }

  /** What was decided before about a person, so a case is judged with their history in view; only within the viewer's alliances. */
  private async historyOf(viewer: Viewer, personId: string, caseId: string): Promise<ModerationDecision[]> {
    const mine = this.scope.isAdministrator(viewer) ? null : await this.scope.alliancesOf(this.dataSource.manager, viewer.userId);
    return this.dataSource
      .getRepository(ModerationDecision)
      .createQueryBuilder('d')
      .where('d.person_id = :personId', { personId })
      .andWhere('d.case_id IS DISTINCT FROM :caseId', { caseId })
      .andWhere(mine ? 'd.alliance_ids && :mine::uuid[]' : 'TRUE', { mine: mine ?? [] })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(20)
      .getMany();
  }

  /** Findings, report counts and names for a whole page in three queries. */
  private async present(cases: readonly ModerationCase[]): Promise<ModerationCaseObject[]> {
    const ids = cases.map((found) => found.id);
    if (ids.length === 0) return [];
    const findings = await this.dataSource.getRepository(ModerationFinding).findBy({ caseId: In(ids) });
    const counts = await reportCounts.all(this.dataSource.manager, { caseIds: ids });
    const names = await this.people.summaries(cases.flatMap((found) => (found.personId ? [found.personId] : [])));
    const countOf = new Map(counts.map((row) => [row.caseId, row.count]));
    return cases.map((found) => ({
      id: found.id,
      subjectKind: found.subjectKind,
      subjectId: found.subjectRef,
      personId: found.personId,
      personDisplayName: found.personId ? names.get(found.personId)!.displayName : '',
      allianceIds: found.allianceIds,
      severity: found.severity,
      categories: found.categories,
      status: found.status,
      reportCount: countOf.get(found.id) ?? 0,
      findings: findings
        .filter((finding) => finding.caseId === found.id)
        .map((finding) => ({ category: finding.category, severity: finding.severity, ruleIds: finding.ruleIds, count: finding.matchCount })),
      openedAt: found.openedAt,
      escalatedAt: found.escalatedAt,
    }));
  }
}
