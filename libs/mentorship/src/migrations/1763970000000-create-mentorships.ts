import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'NEW_MESSAGE', 'MENTORSHIP_REQUEST', 'INVITATION', 'GRANT_DECISION', 'REMINDER', 'SYSTEM', 'MODERATION', 'SAFETY_SUPPORT', 'SAFETY_ALERT', 'MODERATION_QUEUE'`;
const NEW_KINDS = `${OLD_KINDS}, 'MENTORSHIP_UPDATE'`;

/**
 * Mentorships between a vetted mentor and a member (requests, their answers, the mentorship
 * itself and its history), mentors' availability, reports about mentors and requests for a
 * coordinator's help; conversations archived when their mentorship ends; mentors' gender,
 * optional, for members' preferences.
 */
export class CreateMentorships1763970000000 implements MigrationInterface {
  readonly name = 'CreateMentorships1763970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE conversations ADD COLUMN archived_at timestamptz`);
    await queryRunner.query(`ALTER TABLE mentor_applications ADD COLUMN gender text CHECK (gender IN ('WOMAN', 'MAN', 'NON_BINARY'))`);
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${NEW_KINDS}))`);
    }

    // intro and end_reason are FieldCipher ciphertext; an end reason is private to whoever wrote it.
    await queryRunner.query(`
      CREATE TABLE mentorships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'ACTIVE', 'PAUSED', 'ENDED', 'DECLINED', 'CANCELLED', 'EXPIRED')),
        intro text,
        conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
        requested_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        responded_at timestamptz,
        started_at timestamptz,
        ended_at timestamptz,
        ended_by uuid REFERENCES users (id) ON DELETE SET NULL,
        end_reason text,
        help_requested_at timestamptz,
        help_requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
        help_resolved_at timestamptz,
        CHECK (member_id <> mentor_id)
      )`);
    // One open mentorship (requested, active or paused) per pair.
    await queryRunner.query(`
      CREATE UNIQUE INDEX mentorships_open_pair_key ON mentorships (member_id, mentor_id)
      WHERE status IN ('REQUESTED', 'ACTIVE', 'PAUSED')`);
    await queryRunner.query(`CREATE INDEX mentorships_mentor_load_idx ON mentorships (mentor_id) WHERE status IN ('ACTIVE', 'PAUSED')`);
    await queryRunner.query(`CREATE INDEX mentorships_member_idx ON mentorships (member_id, requested_at DESC)`);
    await queryRunner.query(`CREATE INDEX mentorships_mentor_idx ON mentorships (mentor_id, requested_at DESC)`);
    await queryRunner.query(`CREATE INDEX mentorships_expiry_idx ON mentorships (expires_at) WHERE status = 'REQUESTED'`);
    await queryRunner.query(`CREATE INDEX mentorships_help_idx ON mentorships (alliance_id) WHERE help_requested_at IS NOT NULL AND help_resolved_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE mentorship_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        mentorship_id uuid NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
        kind text NOT NULL,
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX mentorship_events_mentorship_idx ON mentorship_events (mentorship_id, id)`);
    await queryRunner.query(`CREATE INDEX mentorship_events_actor_idx ON mentorship_events (actor_id)`);

    await queryRunner.query(`
      CREATE TABLE mentor_availability (
        mentor_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        unavailable_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // note is FieldCipher ciphertext.
    await queryRunner.query(`
      CREATE TABLE mentor_reports (
        id uuid PRIMARY KEY,
        mentorship_id uuid NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('INACTIVE', 'UNSUITABLE', 'OTHER')),
        note text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        handled_at timestamptz,
        handled_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX mentor_reports_alliance_idx ON mentor_reports (alliance_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX mentor_reports_people_idx ON mentor_reports (reporter_id, mentor_id)`);

    // Precomputed by the worker: each member's ranked mentors, with the reasons shown to them.
    await queryRunner.query(`
      CREATE TABLE mentor_suggestions (
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        rank integer NOT NULL,
        score real NOT NULL,
        reasons text[] NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, mentor_id)
      )`);
    await queryRunner.query(`CREATE INDEX mentor_suggestions_rank_idx ON mentor_suggestions (member_id, rank)`);
    await queryRunner.query(`CREATE INDEX mentor_suggestions_mentor_idx ON mentor_suggestions (mentor_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['mentor_suggestions', 'mentor_reports', 'mentor_availability', 'mentorship_events', 'mentorships']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE kind NOT IN (${OLD_KINDS})`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    }
    await queryRunner.query(`ALTER TABLE mentor_applications DROP COLUMN gender`);
    await queryRunner.query(`ALTER TABLE conversations DROP COLUMN archived_at`);
  }
}
