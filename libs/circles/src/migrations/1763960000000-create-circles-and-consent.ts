import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support circles (members, invitations, a circle conversation), consent grants for sharing
 * with supporters and mentors, the disclosure log, supporter groups, and resources meant
 * for supporters.
 */
export class CreateCirclesAndConsent1763960000000 implements MigrationInterface {
  readonly name = 'CreateCirclesAndConsent1763960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE conversations DROP CONSTRAINT conversations_kind_check`);
    await queryRunner.query(`ALTER TABLE conversations ADD CONSTRAINT conversations_kind_check CHECK (kind IN ('DIRECT', 'GROUP', 'MENTORSHIP', 'CIRCLE'))`);

    // Families supporting families: an alliance group supporters may join themselves.
    await queryRunner.query(`ALTER TABLE conversations ADD COLUMN supporter_group boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX conversations_supporter_groups_idx ON conversations (alliance_id) WHERE supporter_group`);

    // Resources for families: guides, groups and meetings, readable by the alliance's supporters.
    await queryRunner.query(`
      ALTER TABLE alliance_resources
        ADD COLUMN audience text NOT NULL DEFAULT 'EVERYONE' CHECK (audience IN ('EVERYONE', 'SUPPORTERS'))`);
    await queryRunner.query(`ALTER TABLE alliance_resources DROP CONSTRAINT alliance_resources_kind_check`);
    await queryRunner.query(`
      ALTER TABLE alliance_resources ADD CONSTRAINT alliance_resources_kind_check
        CHECK (kind IN ('DROP_IN_CENTRE', 'HELPLINE', 'SERVICE', 'GUIDE', 'FAMILY_GROUP', 'MEETING'))`);

    await queryRunner.query(`
      CREATE TABLE support_circles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL,
        conversation_id uuid REFERENCES conversations (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE circle_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        circle_id uuid NOT NULL REFERENCES support_circles (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        relationship text NOT NULL CHECK (relationship IN ('FAMILY', 'PARTNER', 'FRIEND', 'NEIGHBOUR', 'PROFESSIONAL')),
        joined_at timestamptz(3) NOT NULL DEFAULT now(),
        left_at timestamptz,
        ended_by text CHECK (ended_by IN ('LEFT', 'REMOVED'))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX circle_members_active_key ON circle_members (circle_id, user_id) WHERE left_at IS NULL`);
    await queryRunner.query(`CREATE INDEX circle_members_user_idx ON circle_members (user_id) WHERE left_at IS NULL`);

    // By email (token_hash set when the email is sent; only the hash is stored) or to a person
    // on Kindred (invitee_id). email is the invitee's address as the member typed it.
    await queryRunner.query(`
      CREATE TABLE circle_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        circle_id uuid NOT NULL REFERENCES support_circles (id) ON DELETE CASCADE,
        inviter_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        invitee_id uuid REFERENCES users (id) ON DELETE CASCADE,
        email text,
        relationship text NOT NULL CHECK (relationship IN ('FAMILY', 'PARTNER', 'FRIEND', 'NEIGHBOUR', 'PROFESSIONAL')),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')),
        token_hash text UNIQUE,
        email_sent_at timestamptz,
        expires_at timestamptz NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        responded_at timestamptz,
        responder_id uuid REFERENCES users (id) ON DELETE SET NULL,
        CHECK (invitee_id IS NOT NULL OR email IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX circle_invitations_circle_idx ON circle_invitations (circle_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX circle_invitations_invitee_idx ON circle_invitations (invitee_id) WHERE status = 'PENDING'`);

    // One active grant per owner, grantee and scope: scopes are never bundled. statement is
    // the plain-words consent the owner gave, kept as the record of it.
    await queryRunner.query(`
      CREATE TABLE consent_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        grantee_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        scope text NOT NULL CHECK (scope IN ('CHECKINS', 'PLAN', 'CAPITAL', 'DIARY_SHARED', 'MILESTONES')),
        relationship text NOT NULL,
        purpose text NOT NULL,
        statement text NOT NULL,
        expires_at timestamptz,
        granted_at timestamptz(3) NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX consent_grants_active_key ON consent_grants (owner_id, grantee_id, scope) WHERE revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX consent_grants_grantee_idx ON consent_grants (grantee_id) WHERE revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX consent_grants_history_idx ON consent_grants (owner_id, granted_at DESC)`);

    // Append-only: who read what of whose, when. Kept at least three years.
    await queryRunner.query(`
      CREATE TABLE disclosure_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        viewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
        scope text NOT NULL,
        grant_id uuid REFERENCES consent_grants (id) ON DELETE SET NULL,
        what text NOT NULL,
        accessed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX disclosure_log_owner_idx ON disclosure_log (owner_id, accessed_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX disclosure_log_viewer_idx ON disclosure_log (viewer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['disclosure_log', 'consent_grants', 'circle_invitations', 'circle_members', 'support_circles']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DELETE FROM alliance_resources WHERE kind IN ('GUIDE', 'FAMILY_GROUP', 'MEETING')`);
    await queryRunner.query(`ALTER TABLE alliance_resources DROP CONSTRAINT alliance_resources_kind_check`);
    await queryRunner.query(
      `ALTER TABLE alliance_resources ADD CONSTRAINT alliance_resources_kind_check CHECK (kind IN ('DROP_IN_CENTRE', 'HELPLINE', 'SERVICE'))`,
    );
    await queryRunner.query(`ALTER TABLE alliance_resources DROP COLUMN audience`);
    await queryRunner.query(`ALTER TABLE conversations DROP COLUMN supporter_group`);
    await queryRunner.query(`DELETE FROM conversations WHERE kind = 'CIRCLE'`);
    await queryRunner.query(`ALTER TABLE conversations DROP CONSTRAINT conversations_kind_check`);
    await queryRunner.query(`ALTER TABLE conversations ADD CONSTRAINT conversations_kind_check CHECK (kind IN ('DIRECT', 'GROUP', 'MENTORSHIP'))`);
  }
}
