import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'NEW_MESSAGE', 'MENTORSHIP_REQUEST', 'INVITATION', 'GRANT_DECISION', 'REMINDER', 'SYSTEM', 'MODERATION', 'SAFETY_SUPPORT', 'SAFETY_ALERT', 'MODERATION_QUEUE', 'MENTORSHIP_UPDATE', 'GRANT_UPDATE', 'GRANT_REVIEW'`;
const NEW_KINDS = `${OLD_KINDS}, 'PLAN_SUGGESTION', 'PLAN_SUGGESTION_ANSWERED'`;
const DOMAINS = `'PHYSICAL_AND_MENTAL_HEALTH', 'FAMILY_SOCIAL_SUPPORT_AND_LEISURE', 'SAFE_HOUSING_AND_ENVIRONMENT', 'PEER_SUPPORT', 'EMPLOYMENT_AND_LEGAL', 'SKILLS_AND_EDUCATION', 'COMMUNITY_AND_CULTURE', 'MEANING_AND_PURPOSE'`;
const GOAL_STATUSES = `'ACTIVE', 'ACHIEVED', 'SET_ASIDE'`;

/**
 * Recovery plans: a member's goals (one recovery capital domain each), their steps and the
 * history of each goal's status; suggestions of goals and steps from people the member shares
 * their plan with, and the member's answers to them.
 */
export class CreatePlans1763985000000 implements MigrationInterface {
  readonly name = 'CreatePlans1763985000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${NEW_KINDS}))`);
    }

    // title and why are FieldCipher ciphertext. suggested_by: who suggested it, null when the
    // member wrote it (or when the person who suggested it has since been erased).
    await queryRunner.query(`
      CREATE TABLE recovery_goals (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        domain text NOT NULL CHECK (domain IN (${DOMAINS})),
        title text NOT NULL,
        why text,
        due_on date,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN (${GOAL_STATUSES})),
        suggested_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX recovery_goals_owner_idx ON recovery_goals (owner_id, domain, created_at)`);
    await queryRunner.query(`CREATE INDEX recovery_goals_suggested_by_idx ON recovery_goals (suggested_by) WHERE suggested_by IS NOT NULL`);

    // title is FieldCipher ciphertext. Positions are unique per goal, checked at the end of each
    // statement so that a reorder can move every step in one UPDATE.
    await queryRunner.query(`
      CREATE TABLE recovery_goal_steps (
        id uuid PRIMARY KEY,
        goal_id uuid NOT NULL REFERENCES recovery_goals (id) ON DELETE CASCADE,
        title text NOT NULL,
        due_on date,
        done_at timestamptz(3),
        position integer NOT NULL,
        suggested_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT recovery_goal_steps_position_key UNIQUE (goal_id, position) DEFERRABLE INITIALLY IMMEDIATE
      )`);
    await queryRunner.query(`CREATE INDEX recovery_goal_steps_suggested_by_idx ON recovery_goal_steps (suggested_by) WHERE suggested_by IS NOT NULL`);

    // A goal's timeline: its first status, then each change. Only the member changes it.
    await queryRunner.query(`
      CREATE TABLE recovery_goal_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        goal_id uuid NOT NULL REFERENCES recovery_goals (id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN (${GOAL_STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${GOAL_STATUSES})),
        at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX recovery_goal_events_goal_idx ON recovery_goal_events (goal_id, id)`);

    // title, why and answer_note are FieldCipher ciphertext. A GOAL suggestion names a domain; a
    // STEP suggestion names the goal it is for. suggester_id is null only once that person was
    // erased (their pending suggestions are deleted then, answered ones kept for the member).
    await queryRunner.query(`
      CREATE TABLE plan_suggestions (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        suggester_id uuid REFERENCES users (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('GOAL', 'STEP')),
        domain text CHECK (domain IN (${DOMAINS})),
        goal_id uuid REFERENCES recovery_goals (id) ON DELETE CASCADE,
        title text NOT NULL,
        why text,
        due_on date,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        answer_note text,
        accepted_goal_id uuid REFERENCES recovery_goals (id) ON DELETE SET NULL,
        accepted_step_id uuid REFERENCES recovery_goal_steps (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        answered_at timestamptz(3),
        CHECK (owner_id <> suggester_id),
        CHECK ((kind = 'GOAL' AND domain IS NOT NULL AND goal_id IS NULL) OR (kind = 'STEP' AND domain IS NULL AND goal_id IS NOT NULL)),
        CHECK ((status = 'PENDING') = (answered_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX plan_suggestions_owner_idx ON plan_suggestions (owner_id, status, created_at)`);
    await queryRunner.query(`CREATE INDEX plan_suggestions_suggester_idx ON plan_suggestions (suggester_id, owner_id, status)`);
    await queryRunner.query(`CREATE INDEX plan_suggestions_goal_idx ON plan_suggestions (goal_id) WHERE goal_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['plan_suggestions', 'recovery_goal_events', 'recovery_goal_steps', 'recovery_goals']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE kind NOT IN (${OLD_KINDS})`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    }
  }
}
