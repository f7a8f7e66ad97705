import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity: accounts, sessions with rotating refresh tokens, email tokens, mail outbox, audit log. */
export class CreateIdentity1763910000000 implements MigrationInterface {
  readonly name = 'CreateIdentity1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text,
        email_verified_at timestamptz,
        password_hash text,
        display_name text NOT NULL,
        pronouns text,
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr')),
        time_zone text NOT NULL DEFAULT 'UTC',
        roles text[] NOT NULL DEFAULT '{MEMBER}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        erasure_requested_at timestamptz,
        erased_at timestamptz,
        CHECK (roles <@ ARRAY['MEMBER','SUPPORTER','PEER_MENTOR','COORDINATOR','MODERATOR','ADMIN']::text[]),
        CHECK (erased_at IS NULL OR (email IS NULL AND password_hash IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (email) WHERE email IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_refreshed_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoke_reason text
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);

    await queryRunner.query(`
      CREATE TABLE email_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX email_tokens_user_idx ON email_tokens (user_id, purpose)`);

    await queryRunner.query(`
      CREATE TABLE outgoing_emails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        template text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        cancelled_at timestamptz
      )`);

    await queryRunner.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        actor_id uuid,
        subject_id uuid,
        request_id text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`CREATE INDEX audit_events_recent_idx ON audit_events (occurred_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_id, occurred_at DESC)`);
    // Append-only: the log is evidence, so not even the application may rewrite it.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only`);
    await queryRunner.query(`DROP TABLE outgoing_emails`);
    await queryRunner.query(`DROP TABLE email_tokens`);
    await queryRunner.query(`DROP TABLE refresh_tokens`);
    await queryRunner.query(`DROP TABLE sessions`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
