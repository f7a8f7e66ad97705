import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { SparkApplicationStatus } from '../applications/application-status';
import { SparkApplication } from '../applications/spark-application.entity';
import { SparkTexts, sparkTextContext } from '../applications/spark-texts';
import { SparkApplicationEvent, SparkEventKind } from '../timeline/application-event.entity';
import {
  approvalsGivenBy,
  cancelApplication,
  deleteIdempotencyKeysOf,
  eraseApplicant,
  forgetApprover,
  forgetCanceller,
  forgetDisburser,
  forgetEventActor,
  forgetFundCloser,
  forgetFundOpener,
  forgetLedgerActor,
  fundsOpenedBy,
  ledgerEntriesRecordedBy,
  lockFund,
  openApplicationsOfForUpdate,
  releaseReservation,
} from './sparks-privacy.queries';

/** Applications still open when their applicant is erased: cancelled, and any reservation given back. */
const OPEN_STATUSES = [
  SparkApplicationStatus.DRAFT,
  SparkApplicationStatus.SUBMITTED,
  SparkApplicationStatus.MORE_INFO_REQUESTED,
  SparkApplicationStatus.APPROVED,
];

/**
 * Small sparks' share of export and erasure. Export: the person's applications with their
 * own words, how each was paid and its timeline; and, for coordinators, what they recorded.
 * Erasure: the person's open applications are cancelled (a reservation goes back to its
 * fund), then every application loses its applicant and its text but keeps amount,
 * currency, category, state and dates, so reports and the ledger still add up; wherever the
 * person only acted (approved, paid, recorded a ledger row), their id goes.
 */
@EncryptedColumns(
  (['next_step', 'info_request', 'decline_reason', 'payment_reference', 'follow_up_note'] as const).map((column) => ({
    table: 'spark_applications',
    column,
    context: (row) => sparkTextContext(row['id']!, column),
  })),
)
@PersonalData()
@Injectable()
export class SparksPersonalData implements PersonalDataContributor {
  readonly domain = 'sparks';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'spark_funds', personColumns: ['opened_by', 'closed_by'] },
    { table: 'spark_applications', personColumns: ['applicant_id', 'disbursed_by', 'cancelled_by'] },
    { table: 'spark_approvals', personColumns: ['approved_by'] },
    { table: 'spark_application_events', personColumns: ['actor_id'] },
    { table: 'spark_ledger', personColumns: ['actor_id'] },
    { table: 'spark_idempotency_keys', personColumns: ['actor_id'] },
  ];

  constructor(private readonly texts: SparkTexts) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const applications = await manager.getRepository(SparkApplication).find({ where: { applicantId: userId }, order: { createdAt: 'ASC' } });
    const events = applications.length
      ? await manager
          .getRepository(SparkApplicationEvent)
          .createQueryBuilder('e')
          .where('e.application_id IN (:...ids)', { ids: applications.map((row) => row.id) })
          .orderBy('e.id', 'ASC')
          .getMany()
      : [];
    const approvals = await approvalsGivenBy.all(manager, { userId });
    const ledger = await ledgerEntriesRecordedBy.all(manager, { userId });
    const funds = await fundsOpenedBy.all(manager, { userId });
    return {
      applications: applications.map((row) => ({
        amount: row.amount,
        currency: row.currency,
        category: row.category,
        nextStep: this.texts.open(row.id, 'next_step', row.nextStep),
        recoveryGoalId: row.recoveryGoalId,
        neededBy: row.neededBy,
        status: row.status,
        infoRequest: this.texts.open(row.id, 'info_request', row.infoRequest),
        declineReason: this.texts.open(row.id, 'decline_reason', row.declineReason),
        paymentMethod: row.paymentMethod,
        paymentReference: this.texts.open(row.id, 'payment_reference', row.paymentReference),
        followUpOutcome: row.followUpOutcome,
        followUpNote: this.texts.open(row.id, 'follow_up_note', row.followUpNote),
        createdAt: row.createdAt,
        submittedAt: row.submittedAt,
        decidedAt: row.decidedAt,
        disbursedAt: row.disbursedAt,
        receivedAt: row.receivedAt,
        cancelledAt: row.cancelledAt,
        timeline: events.filter((event) => event.applicationId === row.id).map((event) => ({ step: event.kind, byMe: event.actorId === userId, at: event.at })),
      })),
      asCoordinator: {
        fundsOpened: funds.map((fund) => ({ name: fund.name, currency: fund.currency, openedAt: fund.openedAt })),
        approvalsGiven: approvals.map((approval) => ({ approvedAt: approval.approvedAt })),
        ledgerEntriesRecorded: ledger,
      },
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    const open = await openApplicationsOfForUpdate.all(manager, { userId, statuses: OPEN_STATUSES });
    for (const application of open) {
      if (application.status === SparkApplicationStatus.APPROVED) {
        // Same lock order as the services (application, then fund), so erasure never deadlocks an approval.
        await lockFund.one(manager, { fundId: application.fundId });
        await releaseReservation.affected(manager, {
          fundId: application.fundId,
          applicationId: application.id,
          amount: application.amount,
          currency: application.currency,
        });
      }
      await cancelApplication.affected(manager, { applicationId: application.id });
      // Recorded for the coordinators' view of the timeline; nobody is notified about an erased person.
      await manager.insert(SparkApplicationEvent, { applicationId: application.id, kind: SparkEventKind.CANCELLED, actorId: null, notifiedAt: new Date() });
    }
    await eraseApplicant.affected(manager, { userId });
    for (const forget of [
      forgetDisburser,
      forgetCanceller,
      forgetApprover,
      forgetEventActor,
      forgetLedgerActor,
      forgetFundOpener,
      forgetFundCloser,
      deleteIdempotencyKeysOf,
    ]) {
      await forget.affected(manager, { userId });
    }
  }
}
