import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Messaging: conversations, their participants, messages (encrypted), earlier versions, and blocks. */
export class CreateMessaging1763940000000 implements MigrationInterface {
  readonly name = 'CreateMessaging1763940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // pair_low_id/pair_high_id hold the two people of a direct or mentorship conversation in
    // a fixed order, so "the conversation between A and B" is one row whoever starts it: two
    // people starting it at the same moment meet the unique index, not two conversations.
    await queryRunner.query(`
      CREATE TABLE conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('DIRECT', 'GROUP', 'MENTORSHIP')),
        title text,
        alliance_id uuid REFERENCES alliances (id) ON DELETE SET NULL,
        pair_low_id uuid REFERENCES users (id),
        pair_high_id uuid REFERENCES users (id),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_message_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (pair_low_id IS NULL OR pair_high_id IS NULL OR pair_low_id < pair_high_id)
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX conversations_pair_key ON conversations (kind, pair_low_id, pair_high_id)
      WHERE pair_low_id IS NOT NULL AND pair_high_id IS NOT NULL`);
    // The conversation list: a person's conversations by last activity.
    await queryRunner.query(`CREATE INDEX conversations_activity_idx ON conversations (last_message_at DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id),
        body text NOT NULL,
        reply_to_id uuid REFERENCES messages (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz
      )`);
    // Sort keys are kept to the millisecond (timestamptz(3)) because page cursors carry a
    // JavaScript Date: a microsecond part would make rows within one millisecond skip pages.
    // History, newest first, and the last message / unread count of each conversation.
    await queryRunner.query(`CREATE INDEX messages_history_idx ON messages (conversation_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX messages_author_idx ON messages (author_id)`);

    await queryRunner.query(`
      CREATE TABLE message_versions (
        id uuid PRIMARY KEY,
        message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        body text NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX message_versions_message_idx ON message_versions (message_id, replaced_at)`);

    await queryRunner.query(`
      CREATE TABLE conversation_participants (
        conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('OWNER', 'MEMBER')),
        -- Same precision as messages.created_at: visibility compares the two, and rounding both
        -- alike keeps a message sent after joining visible.
        joined_at timestamptz(3) NOT NULL DEFAULT now(),
        left_at timestamptz,
        muted boolean NOT NULL DEFAULT false,
        last_read_message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
        last_read_at timestamptz,
        PRIMARY KEY (conversation_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX conversation_participants_user_idx ON conversation_participants (user_id, conversation_id) WHERE left_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE blocks (
        blocker_id uuid NOT NULL REFERENCES users (id),
        blocked_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (blocker_id, blocked_id),
        CHECK (blocker_id <> blocked_id)
      )`);
    await queryRunner.query(`CREATE INDEX blocks_blocked_idx ON blocks (blocked_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE blocks`);
    await queryRunner.query(`DROP TABLE conversation_participants`);
    await queryRunner.query(`DROP TABLE message_versions`);
    await queryRunner.query(`DROP TABLE messages`);
    await queryRunner.query(`DROP TABLE conversations`);
  }
}
