import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent that meets 42 CFR Part 2 §2.31: every grant has an end and a recorded signature.
 *
 * Grants given before this had no end date ("until you revoke it"). Each one without a date
 * gets one 12 months from this migration: nothing stops today, nothing stays open for ever,
 * and the owner sees the date in their sharing list. They also still end with the
 * relationship, as they always did. Their signature is recorded as what it was: given in a
 * signed-in session, at the time of the grant, the session itself not kept.
 */
export class ConsentEndsAndSignatures1764040000000 implements MigrationInterface {
  readonly name = 'ConsentEndsAndSignatures1764040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE consent_grants
        ADD COLUMN ends text,
        ADD COLUMN signed_at timestamptz(3),
        ADD COLUMN signature_method text,
        ADD COLUMN signature_session_id uuid,
        ADD COLUMN signed_name text`);
    await queryRunner.query(`
      UPDATE consent_grants
         SET ends = 'ON_DATE',
             expires_at = COALESCE(expires_at, now() + interval '12 months'),
             signed_at = granted_at,
             signature_method = 'SIGNED_IN_SESSION'`);
    await queryRunner.query(`
      ALTER TABLE consent_grants
        ALTER COLUMN ends SET NOT NULL,
        ALTER COLUMN signed_at SET NOT NULL,
        ALTER COLUMN signature_method SET NOT NULL,
        ADD CONSTRAINT consent_grants_ends_check CHECK (ends IN ('ON_DATE', 'WHEN_RELATIONSHIP_ENDS')),
        ADD CONSTRAINT consent_grants_end_date_check CHECK ((ends = 'ON_DATE') = (expires_at IS NOT NULL)),
        ADD CONSTRAINT consent_grants_signature_check CHECK (
          signature_method = 'SIGNED_IN_SESSION'
          OR (signature_method = 'TYPED_NAME' AND signature_session_id IS NOT NULL AND signed_name IS NOT NULL)
        )`);
    // Readers who were refused look for the last grant of the scope that ended.
    await queryRunner.query(`CREATE INDEX consent_grants_pair_idx ON consent_grants (owner_id, grantee_id, scope)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX consent_grants_pair_idx`);
    await queryRunner.query(`
      ALTER TABLE consent_grants
        DROP CONSTRAINT consent_grants_signature_check,
        DROP CONSTRAINT consent_grants_end_date_check,
        DROP CONSTRAINT consent_grants_ends_check,
        DROP COLUMN signed_name,
        DROP COLUMN signature_session_id,
        DROP COLUMN signature_method,
        DROP COLUMN signed_at,
        DROP COLUMN ends`);
  }
}
