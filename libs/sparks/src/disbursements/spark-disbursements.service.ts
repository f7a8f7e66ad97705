import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConflictError, ForbiddenError, NotFoundError, checkText, isUuid, refuseOwnCase, type Viewer } from '@kindred/core';
import { AuditAction, AuditLog } from '@kindred/identity';
import { applicationNotFound, SparkAccess } from '../access/spark-access';
import { ApplicationPresenter } from '../applications/application-presenter';
import { allows, notNowMessage, SparkApplicationStatus } from '../applications/application-status';
import { SparkApplication, SparkApproval } from '../applications/spark-application.entity';
import type { SparkApplicationObject } from '../applications/spark-application.types';
import { SparkTexts } from '../applications/spark-texts';
import { SparkFundsService } from '../funds/spark-funds.service';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';
import { Ledger } from '../ledger/ledger';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { SparkEventKind } from '../timeline/application-event.entity';
import { Timeline } from '../timeline/timeline';
import type { RecordSparkPaymentInput, SparkPaymentDetailsObject } from './payment.types';
import { SparkMessages } from '../sparks.messages';

/**
 * Paying an approved grant, and who may see how it was paid. Where the fund asks for it, the
 * coordinator recording a payment is not one of its approvers (separation of duties).
 */
@Injectable()
export class SparkDisbursementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SparkAccess,
    private readonly funds: SparkFundsService,
    private readonly ledger: Ledger,
    private readonly keys: IdempotencyKeys,
    private readonly timeline: Timeline,
    private readonly texts: SparkTexts,
    private readonly presenter: ApplicationPresenter,
    private readonly audit: AuditLog,
  ) {}

  /** Records how an approved grant was paid; its reservation becomes a payment. A retry with the same key pays once. */
  async record(viewer: Viewer, applicationId: string, input: RecordSparkPaymentInput, idempotencyKey: string): Promise<SparkApplicationObject> {
    if (!isUuid(applicationId)) throw applicationNotFound();
    const reference = checkText(input.reference, 'reference', SparkMessages.SPARK_LABEL_PAYMENT_REFERENCE(), { max: 200 });
    const application = await this.dataSource.transaction(async (manager) => {
      const replay = (await this.keys.claim(manager, viewer.userId, 'disburse', idempotencyKey, applicationId)) === 'replay';
      const { application: found, asCoordinator } = await this.access.standing(manager, viewer, applicationId, { lock: true });
      refuseOwnCase(viewer.userId, found.applicantId, SparkMessages.OWN_GRANT_PAYMENT());
      if (!asCoordinator) throw applicationNotFound();
      if (replay) return found;
      if (!allows('DISBURSE', found.status)) throw new ConflictError(notNowMessage('DISBURSE', found.status));
      const fund = await this.funds.lockedFund(manager, found.fundId);
      if (fund.separatePaymentFromApproval && (await manager.getRepository(SparkApproval).existsBy({ applicationId: found.id, approvedBy: viewer.userId }))) {
        throw new ForbiddenError(SparkMessages.APPROVER_CANNOT_PAY());
      }
      await this.ledger.append(manager, {
        fundId: fund.id,
        applicationId: found.id,
        kind: LedgerEntryKind.DISBURSED,
        amount: found.amount,
        currency: found.currency,
        actorId: viewer.userId,
      });
      await manager.update(
        SparkApplication,
        { id: found.id },
        {
          status: SparkApplicationStatus.DISBURSED,
          paymentMethod: input.method,
          paymentReference: this.texts.seal(found.id, 'payment_reference', reference),
          disbursedAt: new Date(),
          disbursedBy: viewer.userId,
          updatedAt: new Date(),
        },
      );
      await this.timeline.record(manager, found.id, SparkEventKind.DISBURSED, viewer.userId);
      return manager.getRepository(SparkApplication).findOneByOrFail({ id: found.id });
    });
    return this.presenter.one(viewer, application);
  }

  /**
   * How it was paid: for the applicant, and for the coordinators who need it because they
   * approved or paid this grant, each of their reads logged. Other coordinators of the
   * alliance see the application, not how the money reached the member.
   */
  async details(viewer: Viewer, applicationId: string, requestId: string): Promise<SparkPaymentDetailsObject> {
    const { application, asApplicant } = await this.access.standing(this.dataSource.manager, viewer, applicationId);
    if (!application.paymentMethod || !application.disbursedAt) throw new NotFoundError(SparkMessages.GRANT_NOT_PAID_YET());
    if (
      !asApplicant &&
      application.disbursedBy !== viewer.userId &&
      !(await this.dataSource.getRepository(SparkApproval).existsBy({ applicationId: application.id, approvedBy: viewer.userId }))
    ) {
      throw new ForbiddenError(SparkMessages.PAYMENT_DETAILS_RESTRICTED());
    }
    if (!asApplicant && application.applicantId) {
      await this.audit.record(this.dataSource.manager, {
        action: AuditAction.SENSITIVE_RECORD_ACCESSED,
        actorId: viewer.userId,
        subjectId: application.applicantId,
        requestId,
        details: { record: 'spark_payment_details', applicationId: application.id },
      });
    }
    return {
      method: application.paymentMethod,
      reference: this.texts.open(application.id, 'payment_reference', application.paymentReference),
      recordedAt: application.disbursedAt,
      recordedByMe: application.disbursedBy === viewer.userId,
    };
  }
}
