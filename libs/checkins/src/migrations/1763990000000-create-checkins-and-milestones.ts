import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'NEW_MESSAGE', 'MENTORSHIP_REQUEST', 'INVITATION', 'GRANT_DECISION', 'REMINDER', 'SYSTEM', 'MODERATION', 'SAFETY_SUPPORT', 'SAFETY_ALERT', 'MODERATION_QUEUE', 'MENTORSHIP_UPDATE', 'GRANT_UPDATE', 'GRANT_REVIEW', 'PLAN_SUGGESTION', 'PLAN_SUGGESTION_ANSWERED'`;
const NEW_KINDS = `${OLD_KINDS}, 'EARLY_HELP', 'EARLY_HELP_ALERT', 'MILESTONE', 'REASSESSMENT_OFFER'`;

/**
 * Check-ins (mood, cravings, an encrypted note, tags), each member's check-in rhythm and
 * reminders, early-help episodes and the alerts a consenting member's mentor gets, offers to
 * retake the recovery capital assessment; and the recovery journey: start date, setbacks
 * (with an encrypted note) and milestones celebrated. Stretches and totals are derived from
 * the start date and setbacks, never stored.
 */
export class CreateCheckinsAndMilestones1763990000000 implements MigrationInterface {
  readonly name = 'CreateCheckinsAndMilestones1763990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${NEW_KINDS}))`);
    }

    // note is FieldCipher ciphertext, note_key_id the key it was sealed with (for rotation).
    await queryRunner.query(`
      CREATE TABLE checkins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        mood smallint NOT NULL CHECK (mood BETWEEN 1 AND 5),
        cravings smallint NOT NULL CHECK (cravings BETWEEN 0 AND 10),
        note text,
        note_key_id text,
        tags text[] NOT NULL DEFAULT '{}',
        checked_in_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((note IS NULL) = (note_key_id IS NULL)),
        CHECK (note IS NULL OR split_part(note, '.', 2) = note_key_id)
      )`);
    await queryRunner.query(`CREATE INDEX checkins_member_idx ON checkins (member_id, checked_in_at DESC)`);
    await queryRunner.query(`CREATE INDEX checkins_time_idx ON checkins (checked_in_at)`);

    await queryRunner.query(`
      CREATE TABLE checkin_preferences (
        member_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        cadence text CHECK (cadence IN ('DAILY', 'FEW_TIMES_A_WEEK', 'WEEKLY')),
        days text[] NOT NULL DEFAULT '{}',
        local_time text,
        next_reminder_at timestamptz,
        reminders_since_checkin integer NOT NULL DEFAULT 0,
        mentor_alerts_since timestamptz,
        reassess_every_days integer NOT NULL DEFAULT 30 CHECK (reassess_every_days = 0 OR reassess_every_days BETWEEN 7 AND 365),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((cadence IS NULL) = (local_time IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX checkin_preferences_due_idx ON checkin_preferences (next_reminder_at) WHERE next_reminder_at IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE early_help_episodes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('MISSED_CHECKINS', 'LOW_MOOD', 'RISING_CRAVINGS', 'CAPITAL_DECLINE', 'SETBACK')),
        opened_at timestamptz(3) NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    // One open episode per reason: a repeated evaluation or a retried job adds nothing.
    await queryRunner.query(`CREATE UNIQUE INDEX early_help_open_key ON early_help_episodes (member_id, reason) WHERE closed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX early_help_member_idx ON early_help_episodes (member_id, opened_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE early_help_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        episode_id uuid NOT NULL REFERENCES early_help_episodes (id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        seen_at timestamptz,
        UNIQUE (episode_id, mentor_id)
      )`);
    await queryRunner.query(`CREATE INDEX early_help_alerts_mentor_idx ON early_help_alerts (mentor_id, created_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE reassessment_offers (
        member_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        last_offered_at timestamptz NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE recovery_journeys (
        member_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        started_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // note is FieldCipher ciphertext; note_key_id the key it was sealed with.
    await queryRunner.query(`
      CREATE TABLE setbacks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        occurred_on date NOT NULL,
        note text,
        note_key_id text,
        recorded_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((note IS NULL) = (note_key_id IS NULL)),
        CHECK (note IS NULL OR split_part(note, '.', 2) = note_key_id)
      )`);
    await queryRunner.query(`CREATE INDEX setbacks_member_idx ON setbacks (member_id, occurred_on DESC)`);
    await queryRunner.query(`
      CREATE TABLE milestone_celebrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        days integer NOT NULL,
        reached_on date NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (member_id, days)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'milestone_celebrations',
      'setbacks',
      'recovery_journeys',
      'reassessment_offers',
      'early_help_alerts',
      'early_help_episodes',
      'checkin_preferences',
      'checkins',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE kind IN ('EARLY_HELP', 'EARLY_HELP_ALERT', 'MILESTONE', 'REASSESSMENT_OFFER')`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    }
  }
}
