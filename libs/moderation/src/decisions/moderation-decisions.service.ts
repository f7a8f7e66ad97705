import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AfterCommit,
  BadUserInputError,
  ConflictError,
  ContentVisibility,
  ModeratedContentRegistry,
  NotFoundError,
  checkText,
  refuseOwnCase,
  type Viewer,
  isUuid,
} from '@kindred/core';
import { AccountStanding, AuditAction, AuditLog } from '@kindred/identity';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { ModerationCases, OWN_MODERATION_CASE } from '../cases/moderation-cases';
import { ModerationCase } from '../cases/moderation-case.entity';
import { ModeratorScope } from '../moderators/moderator-scope.policy';
import { ModerationReport } from '../reports/moderation-report.entity';
import { CaseStatus, CaseSubjectKind, contentKindOf, ModerationAction, REVERSAL_OF, ReportOutcome } from '../moderation.enums';
import { ModerationDecision } from './moderation-decision.entity';
import { ModerationMessages } from '../moderation.messages';

const MAX_SUSPENSION_DAYS = 365;

const CONTENT_ACTIONS: readonly ModerationAction[] = [ModerationAction.HIDE, ModerationAction.RESTORE];
const PERSON_ACTIONS: readonly ModerationAction[] = [
  ModerationAction.WARN,
  ModerationAction.SUSPEND,
  ModerationAction.BAN,
  ModerationAction.WITHDRAW_WARNING,
  ModerationAction.LIFT_SUSPENSION,
  ModerationAction.UNBAN,
];
const CASE_ACTIONS: readonly ModerationAction[] = [
  ModerationAction.DISMISS,
  ModerationAction.HIDE,
  ModerationAction.WARN,
  ModerationAction.SUSPEND,
  ModerationAction.BAN,
];

export interface DecisionRequest {
  action: ModerationAction;
  reason: string;
  suspendDays?: number | null;
}

/**
 * Moderators' decisions: on a case, on one piece of content, or on a person; and undoing a
 * decision. Every decision carries a reason, is logged, is told to the person it concerns,
 * and closes the case it decides, telling each reporter the outcome without details. Nobody
 * decides about themselves, their own writing, or a case they reported.
 */
@Injectable()
export class ModerationDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ModeratedContentRegistry,
    private readonly scope: ModeratorScope,
    private readonly cases: ModerationCases,
    private readonly standing: AccountStanding,
    private readonly notifier: Notifier,
    private readonly audit: AuditLog,
    private readonly afterCommit: AfterCommit,
  ) {}

  async decideCase(viewer: Viewer, caseId: string, request: DecisionRequest, requestId: string): Promise<ModerationDecision> {
    if (!CASE_ACTIONS.includes(request.action)) {
      throw new BadUserInputError(ModerationMessages.CASE_ACTION_UNKNOWN(), { field: 'action' });
    }
    const reason = checkReason(request.reason);
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(caseId)
        ? await manager.getRepository(ModerationCase).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :caseId', { caseId }).getOne()
        : null;
      if (!found) throw new NotFoundError(ModerationMessages.CASE_NOT_FOUND());
      await this.scope.require(manager, viewer, found.allianceIds);
      refuseOwnCase(viewer.userId, await this.cases.partiesTo(manager, found), OWN_MODERATION_CASE);
      if (found.status !== CaseStatus.OPEN) throw new ConflictError(ModerationMessages.CASE_ALREADY_DECIDED());
      if (request.action === ModerationAction.HIDE && found.subjectKind === CaseSubjectKind.PERSON) {
        throw new BadUserInputError(ModerationMessages.PERSON_REPORT_NOTHING_TO_HIDE(), { field: 'action' });
      }
      const decision = await this.apply(
        manager,
        viewer,
        { ...request, reason },
        { kind: found.subjectKind, ref: found.subjectRef, personId: found.personId, allianceIds: found.allianceIds, caseId: found.id, reversesId: null },
        requestId,
      );
      // A person decision on reported content also takes held content down for good.
      const contentKind = contentKindOf(found.subjectKind);
      if (contentKind && [ModerationAction.WARN, ModerationAction.SUSPEND, ModerationAction.BAN].includes(request.action)) {
        const source = this.registry.get(contentKind);
        const item = await source.load(manager, found.subjectRef);
        if (item?.visibility === ContentVisibility.HELD_FOR_REVIEW && (await source.setVisibility(manager, found.subjectRef, ContentVisibility.HIDDEN, null))) {
          await this.afterCommit.run(manager, () => source.announce(found.subjectRef));
        }
      }
      await this.resolve(manager, found, viewer.userId, request.action === ModerationAction.DISMISS ? ReportOutcome.NO_ACTION : ReportOutcome.ACTION_TAKEN);
      return decision;
    });
  }

  async moderateContent(viewer: Viewer, kind: CaseSubjectKind, contentId: string, request: DecisionRequest, requestId: string): Promise<ModerationDecision> {
    const contentKind = contentKindOf(kind);
    if (!contentKind || !CONTENT_ACTIONS.includes(request.action)) {
      throw new BadUserInputError(ModerationMessages.CONTENT_ACTION_UNKNOWN(), { field: 'action' });
    }
    const reason = checkReason(request.reason);
    const source = this.registry.get(contentKind);
    const item = isUuid(contentId) ? await source.load(this.dataSource.manager, contentId) : null;
    if (!item) throw new NotFoundError(ModerationMessages.CONTENT_NOT_FOUND_DELETED_BY_AUTHOR());
    const allianceIds = await this.cases.alliancesFor(this.dataSource.manager, item, null);
    return this.dataSource.transaction(async (manager) => {
      await this.scope.require(manager, viewer, allianceIds);
      refuseOwnCase(viewer.userId, item.authorId, ModerationMessages.OWN_WRITING_MODERATION());
      return this.apply(
        manager,
        viewer,
        { ...request, reason },
        { kind, ref: contentId, personId: item.authorId, allianceIds, caseId: null, reversesId: null },
        requestId,
      );
    });
  }

  async moderatePerson(viewer: Viewer, personId: string, request: DecisionRequest, requestId: string): Promise<ModerationDecision> {
    if (!PERSON_ACTIONS.includes(request.action)) {
      throw new BadUserInputError(ModerationMessages.PERSON_ACTION_UNKNOWN(), { field: 'action' });
    }
    if (!isUuid(personId)) throw new NotFoundError(ModerationMessages.MODERATED_PERSON_NOT_FOUND());
    refuseOwnCase(viewer.userId, personId, ModerationMessages.OWN_MODERATION_DECISION());
    const reason = checkReason(request.reason);
    const allianceIds = await this.cases.alliancesFor(this.dataSource.manager, null, personId);
    return this.dataSource.transaction(async (manager) => {
      await this.scope.require(manager, viewer, allianceIds);
      return this.apply(
        manager,
        viewer,
        { ...request, reason },
        { kind: CaseSubjectKind.PERSON, ref: personId, personId, allianceIds, caseId: null, reversesId: null },
        requestId,
      );
    });
  }

  /** Undoes a decision once, with a reason; a second undo of the same decision is refused. */
  async reverse(viewer: Viewer, decisionId: string, reason: string, requestId: string): Promise<ModerationDecision> {
    return this.dataSource.transaction((manager) => this.reverseIn(manager, viewer, decisionId, reason, requestId));
  }

  /** The undo inside the caller's transaction (an overturned appeal); its announcements follow that transaction's commit. */
  async reverseIn(manager: EntityManager, viewer: Viewer, decisionId: string, reason: string, requestId: string): Promise<ModerationDecision> {
    const checked = checkReason(reason);
    const original = isUuid(decisionId)
      ? await manager
          .getRepository(ModerationDecision)
          .createQueryBuilder('d')
          .setLock('pessimistic_write')
          .where('d.id = :decisionId', { decisionId })
          .getOne()
      : null;
    if (!original) throw new NotFoundError(ModerationMessages.DECISION_NOT_FOUND());
    await this.scope.require(manager, viewer, original.allianceIds);
    refuseOwnCase(viewer.userId, original.personId, ModerationMessages.OWN_DECISION_UNDO());
    const undo = REVERSAL_OF[original.action];
    if (!undo || original.reversesId) throw new BadUserInputError(ModerationMessages.DECISION_NOT_UNDOABLE(), { field: 'decisionId' });
    if (await manager.getRepository(ModerationDecision).existsBy({ reversesId: original.id })) {
      throw new ConflictError(ModerationMessages.DECISION_ALREADY_UNDONE());
    }
    return this.apply(
      manager,
      viewer,
      { action: undo, reason: checked },
      {
        kind: original.subjectKind,
        ref: original.subjectRef,
        personId: original.personId,
        allianceIds: original.allianceIds,
        caseId: original.caseId,
        reversesId: original.id,
      },
      requestId,
    );
  }

  /**
   * Records the decision and carries it out in the caller's transaction: content visibility,
   * the person's standing, the audit entry and the notice to the person concerned; what changed
   * is announced once that transaction commits.
   */
  private async apply(
    manager: EntityManager,
    viewer: Viewer,
    request: DecisionRequest,
    subject: { kind: CaseSubjectKind; ref: string; personId: string | null; allianceIds: string[]; caseId: string | null; reversesId: string | null },
    requestId: string,
  ): Promise<ModerationDecision> {
    const suspendedUntil = request.action === ModerationAction.SUSPEND ? suspensionEnd(request.suspendDays) : null;
    const decision = await manager.save(
      manager.create(ModerationDecision, {
        caseId: subject.caseId,
        personId: subject.personId,
        subjectKind: subject.kind,
        subjectRef: subject.ref,
        action: request.action,
        reason: request.reason,
        suspendedUntil,
        moderatorId: viewer.userId,
        reversesId: subject.reversesId,
        allianceIds: subject.allianceIds,
      }),
    );
    let concernsPerson = true;
    const contentKind = contentKindOf(subject.kind);
    const visibility = contentVisibilityAfter(request.action);
    if (contentKind && visibility) {
      const source = this.registry.get(contentKind);
      const changed = await source.setVisibility(manager, subject.ref, visibility, null);
      if (changed) await this.afterCommit.run(manager, () => source.announce(subject.ref));
      // Dismissing a report about visible content changes nothing for its author.
      if (request.action === ModerationAction.DISMISS && !changed) concernsPerson = false;
    } else if (request.action === ModerationAction.DISMISS) {
      concernsPerson = false;
    }
    const standing = standingAfter(request.action, suspendedUntil);
    if (standing && subject.personId) {
      await this.standing.change(manager, subject.personId, standing);
      const personId = subject.personId;
      await this.afterCommit.run(manager, () => this.standing.announce(personId));
    }
    await this.audit.record(manager, {
      action: AuditAction.MODERATION_DECISION,
      actorId: viewer.userId,
      subjectId: subject.personId,
      requestId,
      details: { decisionId: decision.id, action: request.action, subjectKind: subject.kind, subjectRef: subject.ref },
    });
    if (concernsPerson && subject.personId) {
      await this.notifier.notify(manager, { userId: subject.personId, kind: NotificationKind.MODERATION, subjectId: decision.id });
    }
    return decision;
  }

  /** Closes the case and tells each reporter the outcome, never the details. */
  private async resolve(manager: EntityManager, found: ModerationCase, moderatorId: string, outcome: ReportOutcome): Promise<void> {
    await manager.update(ModerationCase, { id: found.id }, { status: CaseStatus.RESOLVED, resolvedAt: () => 'now()', resolvedBy: moderatorId });
    const reports = await manager.getRepository(ModerationReport).find({ select: { id: true, reporterId: true }, where: { caseId: found.id } });
    if (reports.length === 0) return;
    await manager.update(ModerationReport, { caseId: found.id }, { outcome, outcomeAt: () => 'now()' });
    for (const report of reports) {
      await this.notifier.notify(manager, { userId: report.reporterId, kind: NotificationKind.MODERATION, subjectId: report.id });
    }
  }
}

function checkReason(reason: string): string {
  return checkText(reason, 'reason', ModerationMessages.MODERATION_LABEL_REASON_FOR_PERSON(), { max: 1000 });
}

function suspensionEnd(days: number | null | undefined): Date {
  if (!days || !Number.isInteger(days) || days < 1 || days > MAX_SUSPENSION_DAYS) {
    throw new BadUserInputError(ModerationMessages.SUSPENSION_DAYS_RANGE({ max: MAX_SUSPENSION_DAYS }), { field: 'suspendDays' });
  }
  return new Date(Date.now() + days * 86_400_000);
}

function contentVisibilityAfter(action: ModerationAction): ContentVisibility | null {
  if (action === ModerationAction.HIDE) return ContentVisibility.HIDDEN;
  if (action === ModerationAction.RESTORE || action === ModerationAction.DISMISS) return ContentVisibility.VISIBLE;
  return null;
}

function standingAfter(action: ModerationAction, suspendedUntil: Date | null): { suspendedUntil?: Date | null; banned?: boolean } | null {
  switch (action) {
    case ModerationAction.SUSPEND:
      return { suspendedUntil };
    case ModerationAction.LIFT_SUSPENSION:
      return { suspendedUntil: null };
    case ModerationAction.BAN:
      return { banned: true };
    case ModerationAction.UNBAN:
      return { banned: false };
    default:
      return null;
  }
}
