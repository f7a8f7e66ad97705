import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Privacy rights: a person's data exports, built by the worker and kept for a few days. */
export class CreatePrivacy1763920000000 implements MigrationInterface {
  readonly name = 'CreatePrivacy1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE data_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'READY', 'EXPIRED')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        ready_at timestamptz,
        expires_at timestamptz,
        content jsonb,
        CHECK ((status = 'READY') = (content IS NOT NULL)),
        CHECK (status = 'REQUESTED' OR (ready_at IS NOT NULL AND expires_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX data_exports_user_idx ON data_exports (user_id, requested_at DESC)`);
    // The expiry sweep reads only exports still holding content.
    await queryRunner.query(`CREATE INDEX data_exports_expiry_idx ON data_exports (expires_at) WHERE status = 'READY'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE data_exports`);
  }
}
