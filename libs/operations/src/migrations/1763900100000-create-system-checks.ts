import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Operations: end-to-end system checks (API → queue → worker → database → subscribers). */
export class CreateSystemChecks1763900100000 implements MigrationInterface {
  readonly name = 'CreateSystemChecks1763900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE system_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'COMPLETED')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        completed_by text,
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX system_checks_recent_idx ON system_checks (requested_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE system_checks`);
  }
}
