import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "I need support now": the responders a person chose and each responder's consent, the
 * person's choice to reach their alliances' on-call peers, each call for support and who it
 * alerted, and the alliances' on-call rotas. Nothing here says why anyone asked for support.
 */
export class CreateSupportNow1764700001000 implements MigrationInterface {
  readonly name = 'CreateSupportNow1764700001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A responder is alerted only once consented_at is set, by the responder themself.
    await queryRunner.query(`
      CREATE TABLE support_responders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        responder_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        chosen_at timestamptz(3) NOT NULL DEFAULT now(),
        consented_at timestamptz(3),
        through_quiet_hours boolean NOT NULL DEFAULT false,
        UNIQUE (member_id, responder_id),
        CHECK (member_id <> responder_id)
      )`);
    await queryRunner.query(`CREATE INDEX support_responders_responder_idx ON support_responders (responder_id)`);
    await queryRunner.query(`
      CREATE TABLE support_now_choices (
        member_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        reach_on_call boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(`
      CREATE TABLE support_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        escalated_at timestamptz(3),
        closed_at timestamptz(3),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    // One open call per person: pressing again finds the one already on its way.
    await queryRunner.query(`CREATE UNIQUE INDEX support_requests_one_open_key ON support_requests (member_id) WHERE status = 'OPEN'`);
    await queryRunner.query(`
      CREATE TABLE support_alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES support_requests (id) ON DELETE CASCADE,
        responder_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('CHOSEN', 'ON_CALL')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        answered_at timestamptz(3),
        UNIQUE (request_id, responder_id)
      )`);
    await queryRunner.query(`CREATE INDEX support_alerts_responder_idx ON support_alerts (responder_id)`);

    await queryRunner.query(`
      CREATE TABLE on_call_rotas (
        alliance_id uuid PRIMARY KEY REFERENCES alliances (id) ON DELETE CASCADE,
        time_zone text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE on_call_shifts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alliance_id uuid NOT NULL REFERENCES on_call_rotas (alliance_id) ON DELETE CASCADE,
        peer_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        weekday smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        starts_at text NOT NULL CHECK (starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        ends_at text NOT NULL CHECK (ends_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (starts_at <> ends_at)
      )`);
    await queryRunner.query(`CREATE INDEX on_call_shifts_alliance_idx ON on_call_shifts (alliance_id, weekday)`);
    await queryRunner.query(`CREATE INDEX on_call_shifts_peer_idx ON on_call_shifts (peer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['on_call_shifts', 'on_call_rotas', 'support_alerts', 'support_requests', 'support_now_choices', 'support_responders']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
