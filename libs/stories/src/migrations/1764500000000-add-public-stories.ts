import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An author may also share a story to everyone with Kindred's public door, for people not yet
 * on Kindred, and choose whether their display name goes with it there. Both are off unless the
 * author turns them on; only a story to everyone on Kindred (no alliance) can be shared publicly.
 */
export class AddPublicStories1764500000000 implements MigrationInterface {
  readonly name = 'AddPublicStories1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE stories
        ADD COLUMN is_public boolean NOT NULL DEFAULT false,
        ADD COLUMN shows_name_publicly boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT stories_public_to_everyone_check CHECK (NOT is_public OR alliance_id IS NULL),
        ADD CONSTRAINT stories_name_shown_if_public_check CHECK (is_public OR NOT shows_name_publicly)`);
    await queryRunner.query(
      `CREATE INDEX stories_public_idx ON stories (published_at DESC, id DESC) WHERE status = 'PUBLISHED' AND visibility = 'VISIBLE' AND is_public`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX stories_public_idx`);
    await queryRunner.query(`ALTER TABLE stories DROP COLUMN is_public, DROP COLUMN shows_name_publicly`);
  }
}
