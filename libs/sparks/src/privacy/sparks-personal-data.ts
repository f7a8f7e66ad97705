import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { SparkApplicationStatus } from '../applications/application-status';
import { SparkApplication } from '../applications/spark-application.entity';
import { SparkTexts, sparkTextContext } from '../applications/spark-texts';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { SparkApplicationEvent, SparkEventKind } from '../timeline/application-event.entity';

/** Applications still open when their applicant is erased: cancelled, and any reservation given back. */
const OPEN_STATUSES = [SparkApplicationStatus.DRAFT, SparkApplicationStatus.SUBMITTED, SparkApplicationStatus.MORE_INFO_REQUESTED, SparkApplicationStatus.APPROVED];

/**
 * Small sparks' share of export and erasure. Export: the person's applications with their
 * own words, how each was paid and its timeline; and, for coordinators, what they recorded.
 * Erasure: the person's open applications are cancelled (a reservation goes back to its
 * fund), then every application loses its applicant and its text but keeps amount,
 * currency, category, state and dates, so reports and the ledger still add up; wherever the
 * person only acted (approved, paid, recorded a ledger row), their id goes.
 */
@EncryptedColumns(
  (['next_step', 'info_request', 'decline_reason', 'payment_reference', 'follow_up_note'] as const).map((column) => ({ table: 'spark_applications', column, context: (row) => sparkTextContext(row['id']!, column) })),
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
    const approvals: { approved_at: Date }[] = await manager.query(`SELECT approved_at FROM spark_approvals WHERE approved_by = $1 ORDER BY approved_at`, [userId]);
    const ledger: { kind: LedgerEntryKind; amount: number; currency: string; at: Date }[] = await manager.query(
      `SELECT kind, amount, currency, at FROM spark_ledger WHERE actor_id = $1 ORDER BY id`,
      [userId],
    );
    const funds: { name: string; currency: string; opened_at: Date }[] = await manager.query(`SELECT name, currency, opened_at FROM spark_funds WHERE opened_by = $1 ORDER BY opened_at`, [
      userId,
    ]);
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
        fundsOpened: funds.map((fund) => ({ name: fund.name, currency: fund.currency, openedAt: fund.opened_at })),
        approvalsGiven: approvals.map((approval) => ({ approvedAt: approval.approved_at })),
        ledgerEntriesRecorded: ledger,
      },
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    const open: { id: string; fund_id: string; amount: number; currency: string; status: SparkApplicationStatus }[] = await manager.query(
      `SELECT id, fund_id, amount, currency, status FROM spark_applications WHERE applicant_id = $1 AND status = ANY($2) ORDER BY id FOR UPDATE`,
      [userId, OPEN_STATUSES],
    );
    for (const application of open) {
      if (application.status === SparkApplicationStatus.APPROVED) {
        // Same lock order as the services (application, then fund), so erasure never deadlocks an approval.
        await manager.query(`SELECT id FROM spark_funds WHERE id = $1 FOR UPDATE`, [application.fund_id]);
        await manager.query(`INSERT INTO spark_ledger (fund_id, application_id, kind, amount, currency) VALUES ($1, $2, $3, $4, $5)`, [
          application.fund_id,
          application.id,
          LedgerEntryKind.RELEASED,
          application.amount,
          application.currency,
        ]);
      }
      await manager.query(`UPDATE spark_applications SET status = 'CANCELLED', cancelled_at = now(), updated_at = now() WHERE id = $1`, [application.id]);
      // Recorded for the coordinators' view of the timeline; nobody is notified about an erased person.
      await manager.insert(SparkApplicationEvent, { applicationId: application.id, kind: SparkEventKind.CANCELLED, actorId: null, notifiedAt: new Date() });
    }
    await manager.query(
      `UPDATE spark_applications
          SET applicant_id = NULL, next_step = NULL, info_request = NULL, decline_reason = NULL, payment_reference = NULL,
              follow_up_note = NULL, recovery_goal_id = NULL, erased_at = now()
        WHERE applicant_id = $1`,
      [userId],
    );
    await manager.query(`UPDATE spark_applications SET disbursed_by = NULL WHERE disbursed_by = $1`, [userId]);
    await manager.query(`UPDATE spark_applications SET cancelled_by = NULL WHERE cancelled_by = $1`, [userId]);
    await manager.query(`UPDATE spark_approvals SET approved_by = NULL WHERE approved_by = $1`, [userId]);
    await manager.query(`UPDATE spark_application_events SET actor_id = NULL WHERE actor_id = $1`, [userId]);
    await manager.query(`UPDATE spark_ledger SET actor_id = NULL WHERE actor_id = $1`, [userId]);
    await manager.query(`UPDATE spark_funds SET opened_by = NULL WHERE opened_by = $1`, [userId]);
    await manager.query(`UPDATE spark_funds SET closed_by = NULL WHERE closed_by = $1`, [userId]);
    await manager.query(`DELETE FROM spark_idempotency_keys WHERE actor_id = $1`, [userId]);
  }
}
