import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Recovery alliances: directory, resources, coordinators, memberships and mentor vetting. */
export class CreateAlliances1763930100000 implements MigrationInterface {
  readonly name = 'CreateAlliances1763930100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE alliances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        region text NOT NULL,
        city text NOT NULL,
        postcode_prefixes text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        currency char(3) NOT NULL,
        crisis_resources jsonb NOT NULL DEFAULT '[]',
        partner_organisations jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX alliances_name_key ON alliances (lower(name))`);
    await queryRunner.query(`CREATE INDEX alliances_postcodes_idx ON alliances USING gin (postcode_prefixes)`);

    await queryRunner.query(`
      CREATE TABLE alliance_resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('DROP_IN_CENTRE', 'HELPLINE', 'SERVICE')),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        phone text,
        address text,
        url text,
        hours text,
        languages text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX alliance_resources_alliance_idx ON alliance_resources (alliance_id, kind, name)`);

    await queryRunner.query(`
      CREATE TABLE alliance_coordinators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        appointed_by uuid REFERENCES users (id),
        appointed_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX alliance_coordinators_active_key ON alliance_coordinators (alliance_id, user_id) WHERE ended_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE alliance_memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        capacity text NOT NULL CHECK (capacity IN ('MEMBER', 'SUPPORTER', 'PEER_MENTOR')),
        status text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'ACTIVE', 'DECLINED', 'LEFT')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES users (id),
        decline_reason text,
        left_at timestamptz
      )`);
    // One open request or membership per person, alliance and capacity: a double click or a
    // retried request cannot create two.
    await queryRunner.query(`
      CREATE UNIQUE INDEX alliance_memberships_open_key ON alliance_memberships (alliance_id, user_id, capacity)
      WHERE status IN ('REQUESTED', 'ACTIVE')`);
    await queryRunner.query(`CREATE INDEX alliance_memberships_alliance_idx ON alliance_memberships (alliance_id, status, requested_at)`);
    await queryRunner.query(`CREATE INDEX alliance_memberships_user_idx ON alliance_memberships (user_id)`);

    await queryRunner.query(`
      CREATE TABLE mentor_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES alliances (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        lived_experience_summary text NOT NULL,
        pathways text[] NOT NULL,
        years_in_recovery smallint NOT NULL CHECK (years_in_recovery BETWEEN 0 AND 80),
        languages text[] NOT NULL,
        focus_domains text[] NOT NULL,
        availability jsonb NOT NULL DEFAULT '[]',
        max_mentees smallint NOT NULL CHECK (max_mentees BETWEEN 1 AND 20),
        training_completed text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'SUBMITTED'
          CHECK (status IN ('SUBMITTED', 'CHANGES_REQUESTED', 'DECLINED', 'VETTED', 'PAUSED', 'WITHDRAWN')),
        coordinator_message text,
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX mentor_applications_open_key ON mentor_applications (alliance_id, user_id)
      WHERE status IN ('SUBMITTED', 'CHANGES_REQUESTED', 'VETTED', 'PAUSED')`);
    await queryRunner.query(`CREATE INDEX mentor_applications_alliance_idx ON mentor_applications (alliance_id, status, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mentor_applications`);
    await queryRunner.query(`DROP TABLE alliance_memberships`);
    await queryRunner.query(`DROP TABLE alliance_coordinators`);
    await queryRunner.query(`DROP TABLE alliance_resources`);
    await queryRunner.query(`DROP TABLE alliances`);
  }
}
