import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A BARC-10 total is never null: the answers' CHECK demands ten non-null values. Postgres
 * cannot infer that for a generated column, so say it, and the column agrees with its entity.
 */
export class Barc10TotalNotNull1764090000000 implements MigrationInterface {
  readonly name = 'Barc10TotalNotNull1764090000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE barc10_assessments ALTER COLUMN total SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE barc10_assessments ALTER COLUMN total DROP NOT NULL`);
  }
}
