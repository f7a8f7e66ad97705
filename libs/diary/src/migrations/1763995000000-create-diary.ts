import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The health diary: private entries (the text only as AES-256-GCM ciphertext, with the id of
 * the key that sealed it) and the entries a member shares, one by one, with someone who holds
 * their DIARY_SHARED grant.
 */
export class CreateDiary1763995000000 implements MigrationInterface {
  readonly name = 'CreateDiary1763995000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // entry_date is the member's own calendar day, not an instant. body is FieldCipher output
    // v1.<keyId>.<iv>.<sealed>, bound to the row's id; key_id always names the same key.
    await queryRunner.query(`
      CREATE TABLE diary_entries (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        entry_date date NOT NULL,
        body text NOT NULL CHECK (body LIKE 'v1.%'),
        key_id text NOT NULL,
        mood smallint CHECK (mood BETWEEN 1 AND 5),
        tags text[] NOT NULL DEFAULT '{}' CHECK (array_position(tags, NULL) IS NULL),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (split_part(body, '.', 2) = key_id)
      )`);
    await queryRunner.query(`CREATE INDEX diary_entries_owner_date_idx ON diary_entries (owner_id, entry_date DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX diary_entries_tags_idx ON diary_entries USING gin (tags)`);
    // Key rotation looks for entries still sealed with an older key.
    await queryRunner.query(`CREATE INDEX diary_entries_key_idx ON diary_entries (key_id)`);

    // A share counts only while grant_id is the grantee's DIARY_SHARED grant in force: once it
    // is revoked, a later grant does not bring old shares back.
    await queryRunner.query(`
      CREATE TABLE diary_entry_shares (
        entry_id uuid NOT NULL REFERENCES diary_entries (id) ON DELETE CASCADE,
        grantee_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        grant_id uuid NOT NULL REFERENCES consent_grants (id) ON DELETE CASCADE,
        shared_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (entry_id, grantee_id)
      )`);
    await queryRunner.query(`CREATE INDEX diary_entry_shares_grantee_idx ON diary_entry_shares (grantee_id, grant_id)`);
    await queryRunner.query(`CREATE INDEX diary_entry_shares_grant_idx ON diary_entry_shares (grant_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE diary_entry_shares`);
    await queryRunner.query(`DROP TABLE diary_entries`);
  }
}
