import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recovery capital: BARC-10 assessments and TreatNet domain self-ratings (dated snapshots,
 * never edited), their optional notes (AES-256-GCM ciphertext only, with the key id), and a
 * member's recovery preferences for matching. The checks repeat the service's rules so no
 * other writer can store an impossible score.
 */
export class CreateRecovery1763930200000 implements MigrationInterface {
  readonly name = 'CreateRecovery1763930200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE barc10_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        statements_version text NOT NULL,
        taken_at timestamptz NOT NULL,
        answers smallint[] NOT NULL CHECK (
          array_ndims(answers) = 1 AND array_lower(answers, 1) = 1 AND cardinality(answers) = 10
          AND array_position(answers, NULL) IS NULL AND 1 <= ALL (answers) AND 6 >= ALL (answers)
        ),
        -- Derived, so it can never disagree with the answers.
        total smallint GENERATED ALWAYS AS (
          answers[1] + answers[2] + answers[3] + answers[4] + answers[5]
          + answers[6] + answers[7] + answers[8] + answers[9] + answers[10]
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX barc10_assessments_history_idx ON barc10_assessments (user_id, taken_at DESC, id DESC)`);

    const score = (column: string) => `${column} smallint NOT NULL CHECK (${column} BETWEEN 0 AND 10)`;
    await queryRunner.query(`
      CREATE TABLE domain_ratings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        scale_version text NOT NULL,
        taken_at timestamptz NOT NULL,
        ${score('physical_and_mental_health')},
        ${score('family_social_support_and_leisure')},
        ${score('safe_housing_and_environment')},
        ${score('peer_support')},
        ${score('employment_and_legal')},
        ${score('skills_and_education')},
        ${score('community_and_culture')},
        ${score('meaning_and_purpose')},
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Lets notes reference (rating, owner) together, so a note cannot belong to someone else's rating.
        UNIQUE (id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX domain_ratings_history_idx ON domain_ratings (user_id, taken_at DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE domain_rating_notes (
        rating_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        domain text NOT NULL CHECK (domain IN (
          'PHYSICAL_AND_MENTAL_HEALTH', 'FAMILY_SOCIAL_SUPPORT_AND_LEISURE', 'SAFE_HOUSING_AND_ENVIRONMENT',
          'PEER_SUPPORT', 'EMPLOYMENT_AND_LEGAL', 'SKILLS_AND_EDUCATION', 'COMMUNITY_AND_CULTURE', 'MEANING_AND_PURPOSE'
        )),
        -- FieldCipher output v1.<keyId>.<iv>.<sealed>; never plain text.
        ciphertext text NOT NULL CHECK (ciphertext LIKE 'v1.%'),
        key_id text NOT NULL,
        PRIMARY KEY (rating_id, domain),
        FOREIGN KEY (rating_id, user_id) REFERENCES domain_ratings (id, user_id) ON DELETE CASCADE,
        CHECK (split_part(ciphertext, '.', 2) = key_id)
      )`);
    await queryRunner.query(`CREATE INDEX domain_rating_notes_user_idx ON domain_rating_notes (user_id)`);
    // Key rotation looks for notes still sealed with an older key.
    await queryRunner.query(`CREATE INDEX domain_rating_notes_key_idx ON domain_rating_notes (key_id)`);

    await queryRunner.query(`
      CREATE TABLE recovery_preferences (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        pathways text[] NOT NULL DEFAULT '{}'
          CHECK (pathways <@ ARRAY['ABSTINENCE_BASED', 'MEDICATION_ASSISTED', 'HARM_REDUCTION']::text[]),
        -- Null means no preference.
        preferred_mentor_gender text CHECK (preferred_mentor_gender IN ('WOMAN', 'MAN', 'NON_BINARY')),
        -- ISO 639-1 codes; the service checks they name a language.
        languages text[] NOT NULL DEFAULT '{}'
          CHECK (array_position(languages, NULL) IS NULL AND array_to_string(languages, ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'),
        -- Weekly slots [{ "day": "MONDAY", "start": "18:00", "end": "20:00" }] in the person's time zone.
        availability jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(availability) = 'array'),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE recovery_preferences`);
    await queryRunner.query(`DROP TABLE domain_rating_notes`);
    await queryRunner.query(`DROP TABLE domain_ratings`);
    await queryRunner.query(`DROP TABLE barc10_assessments`);
  }
}
