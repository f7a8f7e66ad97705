import type { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_KINDS = `'NEW_MESSAGE', 'MENTORSHIP_REQUEST', 'INVITATION', 'GRANT_DECISION', 'REMINDER', 'SYSTEM', 'MODERATION', 'SAFETY_SUPPORT', 'SAFETY_ALERT', 'MODERATION_QUEUE', 'MENTORSHIP_UPDATE', 'GRANT_UPDATE', 'GRANT_REVIEW', 'PLAN_SUGGESTION', 'PLAN_SUGGESTION_ANSWERED', 'EARLY_HELP', 'EARLY_HELP_ALERT', 'MILESTONE', 'REASSESSMENT_OFFER'`;
const NEW_KINDS = `${OLD_KINDS}, 'SUPPORT_NOW', 'SUPPORT_NOW_UPDATE'`;

/**
 * "I need support now": the alert to a chosen responder and the updates about it (someone is
 * coming, they are OK now). `through_quiet_hours` marks a notification the person agreed may
 * reach them during their quiet hours, for the channels that otherwise hold back (push).
 */
export class AddSupportNowNotifications1764700000500 implements MigrationInterface {
  readonly name = 'AddSupportNowNotifications1764700000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${NEW_KINDS}))`);
    }
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN through_quiet_hours boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN through_quiet_hours`);
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`DELETE FROM ${table} WHERE kind IN ('SUPPORT_NOW', 'SUPPORT_NOW_UPDATE')`);
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_kind_check`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_kind_check CHECK (kind IN (${OLD_KINDS}))`);
    }
  }
}
