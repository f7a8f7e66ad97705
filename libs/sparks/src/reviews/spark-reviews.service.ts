import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ConflictError, checkText, isUuid, refuseOwnCase, type Viewer } from '@kindred/core';
import { applicationNotFound, SparkAccess } from '../access/spark-access';
import { ApplicationPresenter } from '../applications/application-presenter';
import { allows, notNowMessage, SparkApplicationStatus, type SparkAction } from '../applications/application-status';
import { GrantLimits } from '../applications/grant-limits';
import { SparkApplication, SparkApproval } from '../applications/spark-application.entity';
import type { SparkApplicationObject } from '../applications/spark-application.types';
import { SparkTexts } from '../applications/spark-texts';
import { SparkFundsService } from '../funds/spark-funds.service';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';
import { Ledger } from '../ledger/ledger';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { SparkEventKind } from '../timeline/application-event.entity';
import { Timeline } from '../timeline/timeline';
import { SparkMessages } from '../sparks.messages';

/**
 * Coordinators' decisions: approve, decline with a kind reason, or ask for more information.
 * Nobody reviews their own application. Approval locks the application, then the fund, and
 * reserves the money from a balance summed under that lock: approvals of one fund take turns,
 * so the fund can never be overdrawn.
 */
@Injectable()
export class SparkReviewsService {
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
  ) {}

  /**
   * Records the viewer's approval. The last approval the amount needs reserves the money.
   * A retry with the same key has the effect of one.
   */
  async approve(viewer: Viewer, applicationId: string, idempotencyKey: string): Promise<SparkApplicationObject> {
    if (!isUuid(applicationId)) throw applicationNotFound();
    return this.decide(viewer, applicationId, async (manager, found) => {
      if ((await this.keys.claim(manager, viewer.userId, 'approve', idempotencyKey, found.id)) === 'replay') return;
      this.requireReviewable(found, 'APPROVE');
      const approvals = await manager.getRepository(SparkApproval).findBy({ applicationId: found.id });
      if (approvals.some((approval) => approval.approvedBy === viewer.userId)) {
        throw new ConflictError(SparkMessages.ALREADY_APPROVED_BY_YOU());
      }
      if (!found.applicantId || !(await this.access.isMember(manager, found.applicantId, found.allianceId))) {
        throw new ConflictError(SparkMessages.APPLICANT_LEFT_ALLIANCE());
      }
      const fund = await this.funds.lockedFund(manager, found.fundId);
      this.funds.requireOpen(fund);
      await this.funds.requireAvailable(manager, fund, found.amount);
      await this.limits.requireWithinPersonCap(manager, fund, found.applicantId, found.amount, found.id);
      await manager.insert(SparkApproval, { applicationId: found.id, approvedBy: viewer.userId });
      if (approvals.length + 1 < found.approvalsRequired) {
        return this.timeline.record(manager, found.id, SparkEventKind.APPROVAL_RECORDED, viewer.userId);
      }
      await this.ledger.append(manager, {
        fundId: fund.id,
        applicationId: found.id,
        kind: LedgerEntryKind.RESERVED,
        amount: found.amount,
        currency: found.currency,
        actorId: viewer.userId,
      });
      await manager.update(SparkApplication, { id: found.id }, { status: SparkApplicationStatus.APPROVED, decidedAt: new Date(), updatedAt: new Date() });
      return this.timeline.record(manager, found.id, SparkEventKind.APPROVED, viewer.userId);
    });
  }

  /** Declines, with a reason the member will read. */
  async decline(viewer: Viewer, applicationId: string, reason: string): Promise<SparkApplicationObject> {
    const text = checkText(reason, 'reason', SparkMessages.SPARK_LABEL_DECLINE_REASON(), { max: 1000 });
    return this.decide(viewer, applicationId, async (manager, found) => {
      this.requireReviewable(found, 'DECLINE');
      await manager.update(
        SparkApplication,
        { id: found.id },
        {
          status: SparkApplicationStatus.DECLINED,
          declineReason: this.texts.seal(found.id, 'decline_reason', text),
          decidedAt: new Date(),
          updatedAt: new Date(),
        },
      );
      return this.timeline.record(manager, found.id, SparkEventKind.DECLINED, viewer.userId);
    });
  }

  /**
   * Asks the member a question; they edit and send it again. Approvals given so far no longer
   * count: what is approved must be what was asked for in the end.
   */
  async askForInformation(viewer: Viewer, applicationId: string, question: string): Promise<SparkApplicationObject> {
    const text = checkText(question, 'question', SparkMessages.SPARK_LABEL_QUESTION(), { max: 1000 });
    return this.decide(viewer, applicationId, async (manager, found) => {
      this.requireReviewable(found, 'ASK_FOR_INFORMATION');
      await manager.delete(SparkApproval, { applicationId: found.id });
      await manager.update(
        SparkApplication,
        { id: found.id },
        {
          status: SparkApplicationStatus.MORE_INFO_REQUESTED,
          infoRequest: this.texts.seal(found.id, 'info_request', text),
          updatedAt: new Date(),
        },
      );
      return this.timeline.record(manager, found.id, SparkEventKind.MORE_INFO_REQUESTED, viewer.userId);
    });
  }

  /**
   * Runs a decision on the locked application, as one of its alliance's coordinators who is
   * not its applicant. `act` records the step to announce, if anything changed.
   */
  private async decide(
    viewer: Viewer,
    applicationId: string,
    act: (manager: EntityManager, found: SparkApplication) => Promise<void>,
  ): Promise<SparkApplicationObject> {
    const application = await this.dataSource.transaction(async (manager) => {
      const { application: found, asCoordinator } = await this.access.standing(manager, viewer, applicationId, { lock: true });
      refuseOwnCase(viewer.userId, found.applicantId, SparkMessages.OWN_SPARK_REVIEW());
      if (!asCoordinator) throw applicationNotFound();
      await act(manager, found);
      return manager.getRepository(SparkApplication).findOneByOrFail({ id: found.id });
    });
    return this.presenter.one(viewer, application);
  }

  private requireReviewable(found: SparkApplication, action: SparkAction): void {
    if (!allows(action, found.status)) throw new ConflictError(notNowMessage(action, found.status));
  }
}
