import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'NEW_MESSAGE', 'MENTORSHIP_REQUEST', 'INVITATION', 'GRANT_DECISION', 'REMINDER', 'SYSTEM'`;
const NEW_KINDS = `${OLD_KINDS}, 'MODERATION', 'SAFETY_SUPPORT', 'SAFETY_ALERT', 'MODERATION_QUEUE'`;

/**
 * Moderation, stigma-free language nudges, crisis response and stories of hope: account
 * standing and profile text on users, visibility on messages, the moderation casework
 * (cases, automatic findings, reports, decisions, appeals), who moderates which alliance,
 * crisis support and mentor alerts, and stories with their reactions.
 */
export class CreateModeration1763950000000 implements MigrationInterface {
  readonly name = 'CreateModeration1763950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Standing lives with the account so every domain can refuse a suspended author without
    // depending on moderation. profile_intro is FieldCipher ciphertext.
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN suspended_until timestamptz,
        ADD COLUMN banned_at timestamptz,
        ADD COLUMN self_description_nudges boolean NOT NULL DEFAULT true,
        ADD COLUMN profile_intro text,
        ADD COLUMN profile_intro_visibility text NOT NULL DEFAULT 'VISIBLE'
          CHECK (profile_intro_visibility IN ('VISIBLE', 'HELD_FOR_REVIEW', 'HIDDEN')),
        ADD COLUMN profile_intro_reason text`);
    await queryRunner.query(`
      ALTER TABLE messages
        ADD COLUMN visibility text NOT NULL DEFAULT 'VISIBLE' CHECK (visibility IN ('VISIBLE', 'HELD_FOR_REVIEW', 'HIDDEN')),
        ADD COLUMN visibility_reason text`);

    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${NEW_KINDS}))`);
    }

    await queryRunner.query(`
      CREATE TABLE alliance_moderators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        appointed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        appointed_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX alliance_moderators_active_key ON alliance_moderators (alliance_id, user_id) WHERE ended_at IS NULL`);
    await queryRunner.query(`CREATE INDEX alliance_moderators_user_idx ON alliance_moderators (user_id) WHERE ended_at IS NULL`);

    // One open case per subject, so concurrent reports and a scan all land on the same case.
    // subject_ref is the content's id, or the person's for a PERSON case; person_id is who the
    // case concerns (the author, or the person reported).
    await queryRunner.query(`
      CREATE TABLE moderation_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_kind text NOT NULL CHECK (subject_kind IN ('MESSAGE', 'STORY', 'PROFILE', 'PERSON')),
        subject_ref uuid NOT NULL,
        person_id uuid REFERENCES users (id) ON DELETE SET NULL,
        alliance_ids uuid[] NOT NULL DEFAULT '{}',
        severity text NOT NULL CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW')),
        categories text[] NOT NULL DEFAULT '{}',
        reported boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
        opened_at timestamptz(3) NOT NULL DEFAULT now(),
        escalated_at timestamptz,
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX moderation_cases_open_subject_key ON moderation_cases (subject_kind, subject_ref) WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX moderation_cases_queue_idx ON moderation_cases (opened_at, id) WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX moderation_cases_alliances_idx ON moderation_cases USING gin (alliance_ids)`);
    await queryRunner.query(`CREATE INDEX moderation_cases_person_idx ON moderation_cases (person_id)`);

    // Rule ids and counts only: the matched words are never stored outside the sealed content.
    await queryRunner.query(`
      CREATE TABLE moderation_findings (
        case_id uuid NOT NULL REFERENCES moderation_cases (id) ON DELETE CASCADE,
        category text NOT NULL,
        severity text NOT NULL,
        rule_ids text[] NOT NULL,
        match_count integer NOT NULL,
        found_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, category)
      )`);

    // note is FieldCipher ciphertext.
    await queryRunner.query(`
      CREATE TABLE moderation_reports (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES moderation_cases (id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        reason text NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        outcome text CHECK (outcome IN ('ACTION_TAKEN', 'NO_ACTION')),
        outcome_at timestamptz,
        UNIQUE (case_id, reporter_id)
      )`);
    await queryRunner.query(`CREATE INDEX moderation_reports_reporter_idx ON moderation_reports (reporter_id)`);

    await queryRunner.query(`
      CREATE TABLE moderation_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid REFERENCES moderation_cases (id) ON DELETE SET NULL,
        person_id uuid REFERENCES users (id) ON DELETE CASCADE,
        subject_kind text NOT NULL CHECK (subject_kind IN ('MESSAGE', 'STORY', 'PROFILE', 'PERSON')),
        subject_ref uuid NOT NULL,
        action text NOT NULL,
        reason text NOT NULL,
        suspended_until timestamptz,
        moderator_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reverses_id uuid REFERENCES moderation_decisions (id) ON DELETE SET NULL,
        alliance_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX moderation_decisions_person_idx ON moderation_decisions (person_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX moderation_decisions_moderator_idx ON moderation_decisions (moderator_id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX moderation_decisions_reversal_key ON moderation_decisions (reverses_id) WHERE reverses_id IS NOT NULL`);

    // One appeal per decision; statement is FieldCipher ciphertext.
    await queryRunner.query(`
      CREATE TABLE moderation_appeals (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL UNIQUE REFERENCES moderation_decisions (id) ON DELETE CASCADE,
        appellant_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        statement text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'UPHELD', 'OVERTURNED')),
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decision_note text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX moderation_appeals_pending_idx ON moderation_appeals (created_at) WHERE status = 'PENDING'`);

    await queryRunner.query(`
      CREATE TABLE crisis_alert_consents (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        consented_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One offer per piece of content, so a rescan or a redelivered job offers help once.
    await queryRunner.query(`
      CREATE TABLE crisis_support_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        content_kind text NOT NULL,
        content_ref uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        seen_at timestamptz,
        UNIQUE (content_kind, content_ref)
      )`);
    await queryRunner.query(`CREATE INDEX crisis_support_offers_user_idx ON crisis_support_offers (user_id, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE crisis_mentor_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES crisis_support_offers (id) ON DELETE CASCADE,
        mentor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (offer_id, mentor_id)
      )`);
    await queryRunner.query(`CREATE INDEX crisis_mentor_alerts_mentor_idx ON crisis_mentor_alerts (mentor_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX crisis_mentor_alerts_member_idx ON crisis_mentor_alerts (member_id)`);

    // alliance_id NULL means "to everyone on Kindred". title and body are FieldCipher ciphertext.
    await queryRunner.query(`
      CREATE TABLE stories (
        id uuid PRIMARY KEY,
        author_id uuid REFERENCES users (id) ON DELETE CASCADE,
        alliance_id uuid REFERENCES alliances (id) ON DELETE CASCADE,
        title text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING_REVIEW' CHECK (status IN ('PENDING_REVIEW', 'PUBLISHED', 'DECLINED', 'WITHDRAWN')),
        visibility text NOT NULL DEFAULT 'VISIBLE' CHECK (visibility IN ('VISIBLE', 'HELD_FOR_REVIEW', 'HIDDEN')),
        visibility_reason text,
        review_note text,
        reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        reviewed_at timestamptz,
        published_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX stories_published_idx ON stories (published_at DESC, id DESC) WHERE status = 'PUBLISHED'`);
    await queryRunner.query(`CREATE INDEX stories_review_idx ON stories (created_at, id) WHERE status = 'PENDING_REVIEW'`);
    await queryRunner.query(`CREATE INDEX stories_author_idx ON stories (author_id)`);
    await queryRunner.query(`
      CREATE TABLE story_reactions (
        story_id uuid NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (story_id, user_id, kind)
      )`);
    await queryRunner.query(`CREATE INDEX story_reactions_user_idx ON story_reactions (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'story_reactions',
      'stories',
      'crisis_mentor_alerts',
      'crisis_support_offers',
      'crisis_alert_consents',
      'moderation_appeals',
      'moderation_decisions',
      'moderation_reports',
      'moderation_findings',
      'moderation_cases',
      'alliance_moderators',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE kind NOT IN (${OLD_KINDS})`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    }
    await queryRunner.query(`ALTER TABLE messages DROP COLUMN visibility, DROP COLUMN visibility_reason`);
    await queryRunner.query(`
      ALTER TABLE users
        DROP COLUMN suspended_until, DROP COLUMN banned_at, DROP COLUMN self_description_nudges,
        DROP COLUMN profile_intro, DROP COLUMN profile_intro_visibility, DROP COLUMN profile_intro_reason`);
  }
}
