import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'NEW_MESSAGE', 'MENTORSHIP_REQUEST', 'INVITATION', 'GRANT_DECISION', 'REMINDER', 'SYSTEM', 'MODERATION', 'SAFETY_SUPPORT', 'SAFETY_ALERT', 'MODERATION_QUEUE', 'MENTORSHIP_UPDATE'`;
const NEW_KINDS = `${OLD_KINDS}, 'GRANT_UPDATE', 'GRANT_REVIEW'`;

const CATEGORIES = `'TRANSPORT', 'WORK_CLOTHING', 'TRAINING_FEES', 'IDENTITY_DOCUMENTS', 'PHONE_OR_DATA', 'WORK_TOOLS', 'HOUSING_COSTS', 'OTHER'`;
const STATUSES = `'DRAFT', 'SUBMITTED', 'MORE_INFO_REQUESTED', 'APPROVED', 'DECLINED', 'DISBURSED', 'RECEIVED', 'CANCELLED'`;
const EVENT_KINDS = `'CREATED', 'SUBMITTED', 'RESUBMITTED', 'MORE_INFO_REQUESTED', 'APPROVAL_RECORDED', 'APPROVED', 'DECLINED', 'DISBURSED', 'RECEIPT_CONFIRMED', 'FOLLOW_UP_SHARED', 'CANCELLED'`;

/**
 * Small sparks: an alliance's funds, their append-only ledger, members' applications with
 * their approvals and timeline, and idempotency keys for the money-moving operations.
 * Amounts are integer minor units, always stored with their ISO 4217 currency.
 */
export class CreateSparks1763980000000 implements MigrationInterface {
  readonly name = 'CreateSparks1763980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${NEW_KINDS}))`);
    }

    // No balance column: balances are sums over spark_ledger, taken under a lock on the fund row.
    await queryRunner.query(`
      CREATE TABLE spark_funds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id),
        name text NOT NULL,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        period_start date NOT NULL,
        period_end date NOT NULL,
        per_grant_cap integer NOT NULL CHECK (per_grant_cap > 0),
        per_person_cap integer NOT NULL CHECK (per_person_cap > 0),
        dual_approval_threshold integer CHECK (dual_approval_threshold > 0),
        separate_payment_from_approval boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        opened_by uuid REFERENCES users (id) ON DELETE SET NULL,
        opened_at timestamptz(3) NOT NULL DEFAULT now(),
        closed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        closed_at timestamptz,
        CHECK (period_start <= period_end)
      )`);
    await queryRunner.query(`CREATE INDEX spark_funds_alliance_idx ON spark_funds (alliance_id, opened_at DESC)`);

    // Free text (next_step, info_request, decline_reason, payment_reference, follow_up_note) is
    // FieldCipher ciphertext. Erasure nulls applicant_id and the text and keeps the figures.
    await queryRunner.query(`
      CREATE TABLE spark_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fund_id uuid NOT NULL REFERENCES spark_funds (id),
        alliance_id uuid NOT NULL REFERENCES alliances (id),
        applicant_id uuid REFERENCES users (id) ON DELETE SET NULL,
        amount integer NOT NULL CHECK (amount > 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        next_step text,
        recovery_goal_id uuid,
        needed_by date NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${STATUSES})),
        approvals_required smallint NOT NULL DEFAULT 1 CHECK (approvals_required IN (1, 2)),
        info_request text,
        decline_reason text,
        payment_method text CHECK (payment_method IN ('VOUCHER', 'BANK_TRANSFER', 'SUPPLIER_DIRECT')),
        payment_reference text,
        follow_up_outcome text CHECK (follow_up_outcome IN ('HELPED', 'HELPED_A_LITTLE', 'DID_NOT_HELP', 'TOO_EARLY_TO_SAY')),
        follow_up_note text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        submitted_at timestamptz(3),
        decided_at timestamptz(3),
        disbursed_at timestamptz(3),
        disbursed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        received_at timestamptz(3),
        cancelled_at timestamptz(3),
        cancelled_by uuid REFERENCES users (id) ON DELETE SET NULL,
        erased_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX spark_applications_applicant_idx ON spark_applications (applicant_id, created_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX spark_applications_fund_applicant_idx ON spark_applications (fund_id, applicant_id) WHERE status IN ('APPROVED', 'DISBURSED', 'RECEIVED')`,
    );
    await queryRunner.query(
      `CREATE INDEX spark_applications_alliance_idx ON spark_applications (alliance_id, submitted_at DESC) WHERE submitted_at IS NOT NULL`,
    );

    // One approval per coordinator per application: "distinct approvals" is a unique index.
    await queryRunner.query(`
      CREATE TABLE spark_approvals (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES spark_applications (id),
        approved_by uuid REFERENCES users (id) ON DELETE SET NULL,
        approved_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (application_id, approved_by)
      )`);
    await queryRunner.query(`CREATE INDEX spark_approvals_approver_idx ON spark_approvals (approved_by)`);

    await queryRunner.query(`
      CREATE TABLE spark_application_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES spark_applications (id),
        kind text NOT NULL CHECK (kind IN (${EVENT_KINDS})),
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        at timestamptz(3) NOT NULL DEFAULT now(),
        notified_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX spark_application_events_application_idx ON spark_application_events (application_id, id)`);
    await queryRunner.query(`CREATE INDEX spark_application_events_actor_idx ON spark_application_events (actor_id)`);

    // Every movement of money. Amounts are positive; the kind gives the direction.
    await queryRunner.query(`
      CREATE TABLE spark_ledger (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        fund_id uuid NOT NULL REFERENCES spark_funds (id),
        application_id uuid REFERENCES spark_applications (id),
        kind text NOT NULL CHECK (kind IN ('BUDGET_ADDED', 'RESERVED', 'RELEASED', 'DISBURSED')),
        amount integer NOT NULL CHECK (amount > 0),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((kind = 'BUDGET_ADDED') = (application_id IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX spark_ledger_fund_idx ON spark_ledger (fund_id, id)`);
    await queryRunner.query(`CREATE INDEX spark_ledger_application_idx ON spark_ledger (application_id)`);
    await queryRunner.query(`CREATE INDEX spark_ledger_actor_idx ON spark_ledger (actor_id)`);

    // Defence in depth behind the fund lock the services take: the ledger cannot be rewritten
    // (erasure may only forget who acted), and no reservation can take a fund below zero.
    await queryRunner.query(`
      CREATE FUNCTION spark_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'spark_ledger is append-only';
        END IF;
        IF (NEW.id, NEW.fund_id, NEW.application_id, NEW.kind, NEW.amount, NEW.currency, NEW.at)
           IS DISTINCT FROM (OLD.id, OLD.fund_id, OLD.application_id, OLD.kind, OLD.amount, OLD.currency, OLD.at) THEN
          RAISE EXCEPTION 'spark_ledger rows keep their amounts: only actor_id may change';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER spark_ledger_append_only BEFORE UPDATE OR DELETE ON spark_ledger
      FOR EACH ROW EXECUTE FUNCTION spark_ledger_append_only()`);
    await queryRunner.query(`
      CREATE FUNCTION spark_ledger_not_overdrawn() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT coalesce(sum(CASE kind WHEN 'BUDGET_ADDED' THEN amount WHEN 'RELEASED' THEN amount WHEN 'RESERVED' THEN -amount ELSE 0 END), 0)
              FROM spark_ledger WHERE fund_id = NEW.fund_id) < 0 THEN
          RAISE EXCEPTION 'spark fund % would be overdrawn', NEW.fund_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER spark_ledger_not_overdrawn AFTER INSERT ON spark_ledger
      FOR EACH ROW WHEN (NEW.kind = 'RESERVED') EXECUTE FUNCTION spark_ledger_not_overdrawn()`);

    // A retried request finds its key here, written in the same transaction as its effect.
    await queryRunner.query(`
      CREATE TABLE spark_idempotency_keys (
        actor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        operation text NOT NULL,
        key text NOT NULL,
        target_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, operation, key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['spark_idempotency_keys', 'spark_ledger', 'spark_application_events', 'spark_approvals', 'spark_applications', 'spark_funds']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION spark_ledger_not_overdrawn()`);
    await queryRunner.query(`DROP FUNCTION spark_ledger_append_only()`);
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE kind NOT IN (${OLD_KINDS})`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    }
  }
}
