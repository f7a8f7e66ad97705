import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A finished data export holds everything about a person (diary, check-in notes, messages),
 * so it is kept as FieldCipher ciphertext like those, with the key it was sealed with beside
 * it for rotation. Exports already built were stored in the clear and the migration has no key
 * to seal them with: their content is deleted and they are marked EXPIRED, so their owners ask
 * for a new copy (what happens to any export after 7 days).
 */
export class EncryptDataExports1764010000000 implements MigrationInterface {
  readonly name = 'EncryptDataExports1764010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE data_exports SET status = 'EXPIRED', content = NULL, expires_at = LEAST(expires_at, now()) WHERE status = 'READY'`);
    // Dropping the column drops the CHECK that tied READY to it; the new ones say the same of the ciphertext.
    await queryRunner.query(`ALTER TABLE data_exports DROP COLUMN content`);
    await queryRunner.query(`
      ALTER TABLE data_exports
        ADD COLUMN content text,
        ADD COLUMN content_key_id text,
        ADD CONSTRAINT data_exports_ready_content_check CHECK ((status = 'READY') = (content IS NOT NULL)),
        ADD CONSTRAINT data_exports_content_key_check CHECK ((content IS NULL) = (content_key_id IS NULL)),
        ADD CONSTRAINT data_exports_content_key_matches_check CHECK (content IS NULL OR split_part(content, '.', 2) = content_key_id)`);
    await queryRunner.query(`CREATE INDEX data_exports_content_key_idx ON data_exports (content_key_id) WHERE content_key_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE data_exports SET status = 'EXPIRED', content = NULL, content_key_id = NULL, expires_at = LEAST(expires_at, now()) WHERE status = 'READY'`,
    );
    await queryRunner.query(`DROP INDEX data_exports_content_key_idx`);
    await queryRunner.query(`ALTER TABLE data_exports DROP COLUMN content, DROP COLUMN content_key_id`);
    await queryRunner.query(
      `ALTER TABLE data_exports ADD COLUMN content jsonb, ADD CONSTRAINT data_exports_ready_content_check CHECK ((status = 'READY') = (content IS NOT NULL))`,
    );
  }
}
