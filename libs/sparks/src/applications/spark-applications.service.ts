import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BadUserInputError,
  checkCalendarDate,
  ConflictError,
  checkText,
  isUuid,
  mapConnectionInBatch,
  paginateByKeyset,
  type Connection,
  type PageArgs,
  type Viewer,
} from '@kindred/core';
import { AuditAction, AuditLog, ERASED_DISPLAY_NAME, PeopleDirectory } from '@kindred/identity';
import { RecoveryGoals } from '@kindred/plans';
import { applicationNotFound, SparkAccess } from '../access/spark-access';
import { approvalsRequired } from '../funds/fund-rules';
import type { SparkFund } from '../funds/spark-fund.entity';
import { SparkFundsService } from '../funds/spark-funds.service';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';
import { Ledger } from '../ledger/ledger';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { todayUtc } from '../money/calendar-date';
import { checkAmount } from '../money/money';
import { SparkApplicationEvent, SparkEventKind } from '../timeline/application-event.entity';
import { Timeline } from '../timeline/timeline';
import { ApplicationPresenter } from './application-presenter';
import { allows, notNowMessage, SparkApplicationStatus, type SparkAction } from './application-status';
import { GrantLimits } from './grant-limits';
import { SparkApplication } from './spark-application.entity';
import type { SparkApplicationInput, SparkApplicationObject, SparkApplicationsArgs, SparkTimelineEntryObject } from './spark-application.types';
import type { FollowUpOutcome } from './spark-enums';
import { SparkTexts } from './spark-texts';
import { SparkMessages } from '../sparks.messages';

/** An application's content, checked against its fund. */
interface CheckedInput {
  amount: number;
  category: SparkApplicationInput['category'];
  nextStep: string;
  recoveryGoalId: string | null;
  neededBy: string;
}

/**
 * The member's side of an application (drafting, editing, sending, cancelling, confirming
 * receipt, saying how it went) and everyone's reads of it. Each change locks the
 * application's row, so two requests about one application take turns.
 */
@Injectable()
export class SparkApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SparkAccess,
    private readonly funds: SparkFundsService,
    private readonly limits: GrantLimits,
    private readonly ledger: Ledger,
    private readonly keys: IdempotencyKeys,
    private readonly timeline: Timeline,
    private readonly texts: SparkTexts,
    private readonly presenter: ApplicationPresenter,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditLog,
    private readonly goals: RecoveryGoals,
  ) {}

  async draft(viewer: Viewer, fundId: string, input: SparkApplicationInput): Promise<SparkApplicationObject> {
    const application = await this.dataSource.transaction(async (manager) => {
      const fund = await this.funds.fund(manager, fundId);
      await this.access.requireMember(manager, viewer, fund.allianceId);
      this.funds.requireOpen(fund);
      const checked = await this.checkInput(manager, viewer, input, fund);
      const id = randomUUID();
      await manager.insert(SparkApplication, {
        id,
        fundId: fund.id,
        allianceId: fund.allianceId,
        applicantId: viewer.userId,
        amount: checked.amount,
        currency: fund.currency,
        category: checked.category,
        nextStep: this.texts.seal(id, 'next_step', checked.nextStep),
        recoveryGoalId: checked.recoveryGoalId,
        neededBy: checked.neededBy,
        status: SparkApplicationStatus.DRAFT,
        approvalsRequired: approvalsRequired(fund, checked.amount),
      });
      await this.timeline.record(manager, id, SparkEventKind.CREATED, viewer.userId);
      return manager.getRepository(SparkApplication).findOneByOrFail({ id });
    });
    return this.presenter.one(viewer, application);
  }

  /** Edits a draft, or an application the coordinators asked more about. */
  async update(viewer: Viewer, applicationId: string, input: SparkApplicationInput): Promise<SparkApplicationObject> {
    const application = await this.dataSource.transaction(async (manager) => {
      const found = await this.asApplicant(manager, viewer, applicationId, 'EDIT');
      const fund = await this.funds.fund(manager, found.fundId);
      const checked = await this.checkInput(manager, viewer, input, fund);
      await manager.update(
        SparkApplication,
        { id: found.id },
        {
          amount: checked.amount,
          category: checked.category,
          nextStep: this.texts.seal(found.id, 'next_step', checked.nextStep),
          recoveryGoalId: checked.recoveryGoalId,
          neededBy: checked.neededBy,
          updatedAt: new Date(),
        },
      );
      return manager.getRepository(SparkApplication).findOneByOrFail({ id: found.id });
    });
    return this.presenter.one(viewer, application);
  }

  /** Sends the application to the coordinators, first time or after answering their question. */
  async submit(viewer: Viewer, applicationId: string): Promise<SparkApplicationObject> {
    const application = await this.dataSource.transaction(async (manager) => {
      const found = await this.asApplicant(manager, viewer, applicationId, 'SUBMIT');
      const fund = await this.funds.fund(manager, found.fundId);
      await this.access.requireMember(manager, viewer, fund.allianceId);
      this.funds.requireOpen(fund);
      this.limits.requireWithinGrantCap(fund, found.amount);
      await this.limits.requireWithinPersonCap(manager, fund, viewer.userId, found.amount, found.id);
      if (found.neededBy < todayUtc()) {
        throw new BadUserInputError(SparkMessages.NEEDED_BY_PASSED(), { field: 'neededBy' });
      }
      const resubmitted = found.status === SparkApplicationStatus.MORE_INFO_REQUESTED;
      await manager.update(
        SparkApplication,
        { id: found.id },
        {
          status: SparkApplicationStatus.SUBMITTED,
          approvalsRequired: approvalsRequired(fund, found.amount),
          submittedAt: found.submittedAt ?? new Date(),
          updatedAt: new Date(),
        },
      );
      await this.timeline.record(manager, found.id, resubmitted ? SparkEventKind.RESUBMITTED : SparkEventKind.SUBMITTED, viewer.userId);
      return manager.getRepository(SparkApplication).findOneByOrFail({ id: found.id });
    });
    return this.presenter.one(viewer, application);
  }

  /**
   * The applicant withdraws it, or a coordinator cancels it. An approved application gives
   * its reservation back to the fund. A retry with the same key cancels once.
   */
  async cancel(viewer: Viewer, applicationId: string, idempotencyKey: string): Promise<SparkApplicationObject> {
    if (!isUuid(applicationId)) throw applicationNotFound();
    const application = await this.dataSource.transaction(async (manager) => {
      const replay = (await this.keys.claim(manager, viewer.userId, 'cancel', idempotencyKey, applicationId)) === 'replay';
      const { application: found, asApplicant } = await this.access.standing(manager, viewer, applicationId, { lock: true });
      if (replay) return found;
      const action: SparkAction = asApplicant ? 'CANCEL_AS_APPLICANT' : 'CANCEL_AS_COORDINATOR';
      if (!allows(action, found.status)) throw new ConflictError(notNowMessage(action, found.status));
      if (found.status === SparkApplicationStatus.APPROVED) {
        const fund = await this.funds.lockedFund(manager, found.fundId);
        await this.ledger.append(manager, {
          fundId: fund.id,
          applicationId: found.id,
          kind: LedgerEntryKind.RELEASED,
          amount: found.amount,
          currency: found.currency,
          actorId: viewer.userId,
        });
      }
      await manager.update(
        SparkApplication,
        { id: found.id },
        {
          status: SparkApplicationStatus.CANCELLED,
          cancelledAt: new Date(),
          cancelledBy: viewer.userId,
          updatedAt: new Date(),
        },
      );
      await this.timeline.record(manager, found.id, SparkEventKind.CANCELLED, viewer.userId);
      return manager.getRepository(SparkApplication).findOneByOrFail({ id: found.id });
    });
    return this.presenter.one(viewer, application);
  }

  /** The member says the grant reached them. */
  async confirmReceipt(viewer: Viewer, applicationId: string): Promise<SparkApplicationObject> {
    return this.applicantStep(viewer, applicationId, 'CONFIRM_RECEIPT', SparkEventKind.RECEIPT_CONFIRMED, () => ({
      status: SparkApplicationStatus.RECEIVED,
      receivedAt: new Date(),
    }));
  }

  /** The member says how it went, in a word and, if they like, a few more; they may change it later. */
  async shareFollowUp(viewer: Viewer, applicationId: string, outcome: FollowUpOutcome, note: string | null): Promise<SparkApplicationObject> {
    const text = note?.trim() ? checkText(note, 'note', SparkMessages.SPARK_LABEL_FEW_WORDS(), { max: 500 }) : null;
    return this.applicantStep(viewer, applicationId, 'SHARE_FOLLOW_UP', SparkEventKind.FOLLOW_UP_SHARED, (found) => ({
      followUpOutcome: outcome,
      followUpNote: this.texts.seal(found.id, 'follow_up_note', text),
    }));
  }

  /** The viewer's own applications, newest first. */
  async mine(viewer: Viewer, page: PageArgs): Promise<Connection<SparkApplicationObject>> {
    const query = this.dataSource.getRepository(SparkApplication).createQueryBuilder('a').where('a.applicant_id = :userId', { userId: viewer.userId });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'a.created_at',
      idColumn: 'a.id',
      direction: 'DESC',
      keyOf: (row) => [row.createdAt.toISOString(), row.id],
    });
    return mapConnectionInBatch(connection, (rows) => this.presenter.many(viewer, rows));
  }

  /** For the alliance's coordinators: sent applications, newest first; each read is logged. */
  async forAlliance(viewer: Viewer, args: SparkApplicationsArgs, requestId: string): Promise<Connection<SparkApplicationObject>> {
    if (!isUuid(args.allianceId)) throw applicationNotFound();
    await this.access.requireCoordinator(this.dataSource.manager, viewer, args.allianceId);
    const query = this.dataSource
      .getRepository(SparkApplication)
      .createQueryBuilder('a')
      .where('a.alliance_id = :allianceId AND a.submitted_at IS NOT NULL', { allianceId: args.allianceId });
    const status = args.status ?? null;
    if (status) query.andWhere('a.status = :status', { status });
    const connection = await paginateByKeyset(query, args, {
      sortColumn: 'a.submitted_at',
      idColumn: 'a.id',
      direction: 'DESC',
      keyOf: (row) => [row.submittedAt!.toISOString(), row.id],
    });
    await this.logReads(
      viewer,
      connection.edges.map((edge) => edge.node),
      requestId,
    );
    return mapConnectionInBatch(connection, (rows) => this.presenter.many(viewer, rows));
  }

  async get(viewer: Viewer, applicationId: string, requestId: string): Promise<SparkApplicationObject> {
    const { application } = await this.access.standing(this.dataSource.manager, viewer, applicationId);
    await this.logReads(viewer, [application], requestId);
    return this.presenter.one(viewer, application);
  }

  /** Every step, oldest first, with who took it. */
  async timelineOf(viewer: Viewer, applicationId: string): Promise<SparkTimelineEntryObject[]> {
    const { application } = await this.access.standing(this.dataSource.manager, viewer, applicationId);
    const events = await this.dataSource.getRepository(SparkApplicationEvent).find({ where: { applicationId: application.id }, order: { id: 'ASC' } });
    const names = await this.people.summaries(events.flatMap((event) => (event.actorId ? [event.actorId] : [])));
    return events.map((event) => ({
      step: event.kind,
      at: event.at,
      byMe: event.actorId === viewer.userId,
      actorDisplayName: event.actorId ? (names.get(event.actorId)?.displayName ?? ERASED_DISPLAY_NAME) : null,
    }));
  }

  /** A coordinator reading someone's application reads their record: the audit log says so. */
  private async logReads(viewer: Viewer, applications: readonly SparkApplication[], requestId: string): Promise<void> {
    await this.audit.recordMany(
      this.dataSource.manager,
      applications
        .filter((application) => application.applicantId && application.applicantId !== viewer.userId)
        .map((application) => ({
          action: AuditAction.SENSITIVE_RECORD_ACCESSED,
          actorId: viewer.userId,
          subjectId: application.applicantId,
          requestId,
          details: { record: 'spark_application', applicationId: application.id },
        })),
    );
  }

  private async applicantStep(
    viewer: Viewer,
    applicationId: string,
    action: SparkAction,
    kind: SparkEventKind,
    changes: (found: SparkApplication) => Partial<SparkApplication>,
  ): Promise<SparkApplicationObject> {
    const application = await this.dataSource.transaction(async (manager) => {
      const found = await this.asApplicant(manager, viewer, applicationId, action);
      await manager.update(SparkApplication, { id: found.id }, { ...changes(found), updatedAt: new Date() });
      await this.timeline.record(manager, found.id, kind, viewer.userId);
      return manager.getRepository(SparkApplication).findOneByOrFail({ id: found.id });
    });
    return this.presenter.one(viewer, application);
  }

  /** The application, locked, when the viewer is its applicant and the action fits its state. */
  private async asApplicant(manager: EntityManager, viewer: Viewer, applicationId: string, action: SparkAction): Promise<SparkApplication> {
    const { application, asApplicant } = await this.access.standing(manager, viewer, applicationId, { lock: true });
    if (!asApplicant) throw applicationNotFound();
    if (!allows(action, application.status)) throw new ConflictError(notNowMessage(action, application.status));
    return application;
  }

  private async checkInput(manager: EntityManager, viewer: Viewer, input: SparkApplicationInput, fund: SparkFund): Promise<CheckedInput> {
    const amount = checkAmount(input.amount, 'amount', SparkMessages.SPARK_LABEL_AMOUNT());
    this.limits.requireWithinGrantCap(fund, amount);
    const recoveryGoalId = input.recoveryGoalId ?? null;
    if (recoveryGoalId !== null && !(await this.goals.ownedGoal(manager, viewer.userId, recoveryGoalId))) {
      throw new BadUserInputError(SparkMessages.RECOVERY_GOAL_NOT_YOURS(), { field: 'recoveryGoalId' });
    }
    const neededBy = checkCalendarDate(input.neededBy, 'neededBy');
    if (neededBy < todayUtc()) throw new BadUserInputError(SparkMessages.NEEDED_BY_IN_PAST(), { field: 'neededBy' });
    return {
      amount,
      category: input.category,
      nextStep: checkText(input.nextStep, 'nextStep', SparkMessages.SPARK_LABEL_NEXT_STEP(), { max: 2000 }),
      recoveryGoalId,
      neededBy,
    };
  }
}
