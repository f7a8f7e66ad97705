import { defineQuery, definePersonStatement } from '@kindred/core';
import { SparkApplicationStatus } from '../applications/application-status';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

interface Person {
  userId: string;
}

const forPerson = ({ userId }: Person): unknown[] => [userId];
const EXAMPLE_PERSON: Person = { userId: EXAMPLE_ID };

export const approvalsGivenBy = defineQuery<Person, { approvedAt: Date }>({
  name: 'sparksPrivacy.approvalsGivenBy',
  sql: `SELECT approved_at FROM spark_approvals WHERE approved_by = $1 ORDER BY approved_at`,
  params: forPerson,
  map: (row) => ({ approvedAt: row['approved_at'] as Date }),
  example: EXAMPLE_PERSON,
});

export const ledgerEntriesRecordedBy = defineQuery<Person, { kind: LedgerEntryKind; amount: number; currency: string; at: Date }>({
  name: 'sparksPrivacy.ledgerEntriesRecordedBy',
  sql: `SELECT kind, amount, currency, at FROM spark_ledger WHERE actor_id = $1 ORDER BY id`,
  params: forPerson,
  map: (row) => ({ kind: row['kind'] as LedgerEntryKind, amount: row['amount'] as number, currency: row['currency'] as string, at: row['at'] as Date }),
  example: EXAMPLE_PERSON,
});

export const fundsOpenedBy = defineQuery<Person, { name: string; currency: string; openedAt: Date }>({
  name: 'sparksPrivacy.fundsOpenedBy',
  sql: `SELECT name, currency, opened_at FROM spark_funds WHERE opened_by = $1 ORDER BY opened_at`,
  params: forPerson,
  map: (row) => ({ name: row['name'] as string, currency: row['currency'] as string, openedAt: row['opened_at'] as Date }),
  example: EXAMPLE_PERSON,
});

/** The person's applications in these states, locked in id order. */
export const openApplicationsOfForUpdate = defineQuery<
  Person & { statuses: readonly SparkApplicationStatus[] },
  { id: string; fundId: string; amount: number; currency: string; status: SparkApplicationStatus }
>({
  name: 'sparksPrivacy.openApplicationsOfForUpdate',
  sql: `SELECT id, fund_id, amount, currency, status FROM spark_applications WHERE applicant_id = $1 AND status = ANY($2) ORDER BY id FOR UPDATE`,
  params: ({ userId, statuses }) => [userId, statuses],
  map: (row) => ({
    id: row['id'] as string,
    fundId: row['fund_id'] as string,
    amount: row['amount'] as number,
    currency: row['currency'] as string,
    status: row['status'] as SparkApplicationStatus,
  }),
  example: { userId: EXAMPLE_ID, statuses: [SparkApplicationStatus.SUBMITTED] },
});

export const lockFund = defineQuery<{ fundId: string }, { id: string }>({
  name: 'sparksPrivacy.lockFund',
  sql: `SELECT id FROM spark_funds WHERE id = $1 FOR UPDATE`,
  params: ({ fundId }) => [fundId],
  map: (row) => ({ id: row['id'] as string }),
  example: { fundId: EXAMPLE_ID },
});

/** Gives an approved application's reservation back to its fund; nobody acted, so no actor. */
export const releaseReservation = defineQuery<{ fundId: string; applicationId: string; amount: number; currency: string }>({
  name: 'sparksPrivacy.releaseReservation',
  sql: `INSERT INTO spark_ledger (fund_id, application_id, kind, amount, currency) VALUES ($1, $2, $3, $4, $5)`,
  params: ({ fundId, applicationId, amount, currency }) => [fundId, applicationId, LedgerEntryKind.RELEASED, amount, currency],
  example: { fundId: EXAMPLE_ID, applicationId: EXAMPLE_ID, amount: 1, currency: 'EUR' },
});

export const cancelApplication = defineQuery<{ applicationId: string }>({
  name: 'sparksPrivacy.cancelApplication',
  sql: `UPDATE spark_applications SET status = 'CANCELLED', cancelled_at = now(), updated_at = now() WHERE id = $1`,
  params: ({ applicationId }) => [applicationId],
  example: { applicationId: EXAMPLE_ID },
});

/** Applications keep their figures, state and dates for reports and the ledger; the person and their words go. */
export const eraseApplicant = definePersonStatement(
  'sparksPrivacy.eraseApplicant',
  `UPDATE spark_applications
           SET applicant_id = NULL, next_step = NULL, info_request = NULL, decline_reason = NULL, payment_reference = NULL,
               follow_up_note = NULL, recovery_goal_id = NULL, erased_at = now()
         WHERE applicant_id = $1`,
);

export const forgetDisburser = definePersonStatement(
  'sparksPrivacy.forgetDisburser',
  `UPDATE spark_applications SET disbursed_by = NULL WHERE disbursed_by = $1`,
);

export const forgetCanceller = definePersonStatement(
  'sparksPrivacy.forgetCanceller',
  `UPDATE spark_applications SET cancelled_by = NULL WHERE cancelled_by = $1`,
);

export const forgetApprover = definePersonStatement('sparksPrivacy.forgetApprover', `UPDATE spark_approvals SET approved_by = NULL WHERE approved_by = $1`);

export const forgetEventActor = definePersonStatement(
  'sparksPrivacy.forgetEventActor',
  `UPDATE spark_application_events SET actor_id = NULL WHERE actor_id = $1`,
);

export const forgetLedgerActor = definePersonStatement('sparksPrivacy.forgetLedgerActor', `UPDATE spark_ledger SET actor_id = NULL WHERE actor_id = $1`);

export const forgetFundOpener = definePersonStatement('sparksPrivacy.forgetFundOpener', `UPDATE spark_funds SET opened_by = NULL WHERE opened_by = $1`);

export const forgetFundCloser = definePersonStatement('sparksPrivacy.forgetFundCloser', `UPDATE spark_funds SET closed_by = NULL WHERE closed_by = $1`);

export const deleteIdempotencyKeysOf = definePersonStatement('sparksPrivacy.deleteIdempotencyKeysOf', `DELETE FROM spark_idempotency_keys WHERE actor_id = $1`);
