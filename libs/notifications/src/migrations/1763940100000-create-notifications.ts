import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications: in-app notices, per-kind preferences, quiet hours and email digest bookkeeping. */
export class CreateNotifications1763940100000 implements MigrationInterface {
  readonly name = 'CreateNotifications1763940100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Ids only, never content: the text is rendered when read, in the reader's language.
    // `subject_ref` is what the notice is about (a conversation, a request, a grant); it is
    // never a person, so it is deliberately not named like a person column.
    // created_at keeps milliseconds only, so a keyset cursor (a JS Date) matches it exactly.
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL
          CHECK (kind IN ('NEW_MESSAGE', 'MENTORSHIP_REQUEST', 'INVITATION', 'GRANT_DECISION', 'REMINDER', 'SYSTEM')),
        subject_ref uuid,
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        in_app boolean NOT NULL,
        email_due boolean NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        CHECK (in_app OR email_due)
      )`);
    await queryRunner.query(`CREATE INDEX notifications_inbox_idx ON notifications (user_id, created_at DESC, id DESC) WHERE in_app`);
    await queryRunner.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE in_app AND read_at IS NULL`);
    await queryRunner.query(`
      CREATE INDEX notifications_digest_due_idx ON notifications (created_at)
      WHERE email_due AND emailed_at IS NULL AND read_at IS NULL`);
    // One pending notification per person, kind and subject: ten messages in a conversation
    // make one "new message" until it is read (or, if only emailed, until it was emailed), and a
    // redelivered job adds nothing.
    await queryRunner.query(`
      CREATE UNIQUE INDEX notifications_pending_subject_key ON notifications (user_id, kind, subject_ref)
      WHERE subject_ref IS NOT NULL AND read_at IS NULL AND (in_app OR emailed_at IS NULL)`);
    await queryRunner.query(`CREATE INDEX notifications_actor_idx ON notifications (actor_id) WHERE actor_id IS NOT NULL`);

    // A row only where the person chose something other than the defaults.
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL
          CHECK (kind IN ('NEW_MESSAGE', 'MENTORSHIP_REQUEST', 'INVITATION', 'GRANT_DECISION', 'REMINDER', 'SYSTEM')),
        in_app boolean NOT NULL,
        email boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);

    // Local wall-clock times, read in users.time_zone; start > end wraps midnight.
    await queryRunner.query(`
      CREATE TABLE notification_quiet_hours (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        starts_at text NOT NULL CHECK (starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        ends_at text NOT NULL CHECK (ends_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (starts_at <> ends_at)
      )`);

    // One row per person who was ever sent a digest: its row lock serialises two workers,
    // and last_sent_at keeps digests at most one per interval.
    await queryRunner.query(`
      CREATE TABLE notification_digests (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        last_sent_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_digests`);
    await queryRunner.query(`DROP TABLE notification_quiet_hours`);
    await queryRunner.query(`DROP TABLE notification_preferences`);
    await queryRunner.query(`DROP TABLE notifications`);
  }
}
