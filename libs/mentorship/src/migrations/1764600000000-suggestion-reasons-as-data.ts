import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suggestion reasons are stored as data ({ kind, … }) and put into words when a person reads
 * them, in their language, rather than stored as English sentences. The stored lists are a
 * cache the worker rebuilds (and a read with none ranks on the spot), so they are emptied
 * rather than converted.
 */
export class SuggestionReasonsAsData1764600000000 implements MigrationInterface {
  readonly name = 'SuggestionReasonsAsData1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM mentor_suggestions`);
    await queryRunner.query(`ALTER TABLE mentor_suggestions ALTER COLUMN reasons TYPE jsonb USING to_jsonb(reasons)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM mentor_suggestions`);
    await queryRunner.query(`ALTER TABLE mentor_suggestions ALTER COLUMN reasons TYPE text[] USING '{}'::text[]`);
  }
}
