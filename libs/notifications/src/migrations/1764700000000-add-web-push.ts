import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Web Push: the devices a person subscribed, push as a third channel per kind, the per-kind
 * permission to break quiet hours, and each notification's push bookkeeping.
 */
export class AddWebPush1764700000000 implements MigrationInterface {
  readonly name = 'AddWebPush1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The endpoint and its keys are personal data and a capability (anyone holding them can
    // reach the device), so they are sealed together by FieldCipher in `subscription`; the
    // SHA-256 of the endpoint finds a device again (unsubscribe, re-subscribe) without them.
    await queryRunner.query(`
      CREATE TABLE push_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        endpoint_digest text NOT NULL UNIQUE CHECK (endpoint_digest ~ '^[0-9a-f]{64}$'),
        subscription text NOT NULL,
        subscription_key_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (split_part(subscription, '.', 2) = subscription_key_id)
      )`);
    await queryRunner.query(`CREATE INDEX push_subscriptions_user_idx ON push_subscriptions (user_id)`);

    // Subscribing a device is the person's opt-in, so push is on per kind until they turn it
    // off; breaking quiet hours is off until they turn it on (and only some kinds may).
    await queryRunner.query(`ALTER TABLE notification_preferences ADD COLUMN push boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE notification_preferences ADD COLUMN break_quiet_hours boolean NOT NULL DEFAULT false`);

    // push_due: to be pushed (the person wants this kind by push and has a device);
    // push_settled_at: when that was done, or skipped for quiet hours.
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN push_due boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN push_settled_at timestamptz`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_check`);
    await queryRunner.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_check CHECK (in_app OR email_due OR push_due)`);
    // A notification shown nowhere but pushed stays pending until its push is settled.
    await queryRunner.query(`DROP INDEX notifications_pending_subject_key`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX notifications_pending_subject_key ON notifications (user_id, kind, subject_ref)
      WHERE subject_ref IS NOT NULL AND read_at IS NULL
        AND (in_app OR (email_due AND emailed_at IS NULL) OR (push_due AND push_settled_at IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE NOT (in_app OR email_due)`);
    await queryRunner.query(`DROP INDEX notifications_pending_subject_key`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX notifications_pending_subject_key ON notifications (user_id, kind, subject_ref)
      WHERE subject_ref IS NOT NULL AND read_at IS NULL AND (in_app OR emailed_at IS NULL)`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_check`);
    await queryRunner.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_check CHECK (in_app OR email_due)`);
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN push_settled_at`);
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN push_due`);
    await queryRunner.query(`ALTER TABLE notification_preferences DROP COLUMN break_quiet_hours`);
    await queryRunner.query(`ALTER TABLE notification_preferences DROP COLUMN push`);
    await queryRunner.query(`DROP TABLE push_subscriptions`);
  }
}
