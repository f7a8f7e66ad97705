import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox message now stays unfinished until its job has completed, not merely reached
 * Redis: `completed_at` marks it done, and only then may it be pruned. `dispatched_at` is
 * now when it was last handed to Redis. Messages dispatched before this change are taken as
 * done, as the system took them then.
 */
export class OutboxCompletion1764050000000 implements MigrationInterface {
  readonly name = 'OutboxCompletion1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox_messages ADD COLUMN completed_at timestamptz`);
    await queryRunner.query(`UPDATE outbox_messages SET completed_at = dispatched_at WHERE dispatched_at IS NOT NULL`);
    await queryRunner.query(`DROP INDEX outbox_messages_pending_idx`);
    // The relay's sweep, oldest first, over what is not done yet.
    await queryRunner.query(`CREATE INDEX outbox_messages_unfinished_idx ON outbox_messages (created_at) WHERE completed_at IS NULL`);
    // A job finding the messages it carries out: same job, same payload, not done yet.
    await queryRunner.query(`CREATE INDEX outbox_messages_unfinished_job_idx ON outbox_messages (job_name, payload) WHERE completed_at IS NULL`);
    // Pruning what is done, oldest first.
    await queryRunner.query(`CREATE INDEX outbox_messages_completed_idx ON outbox_messages (completed_at) WHERE completed_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_messages_completed_idx`);
    await queryRunner.query(`DROP INDEX outbox_messages_unfinished_job_idx`);
    await queryRunner.query(`DROP INDEX outbox_messages_unfinished_idx`);
    await queryRunner.query(`CREATE INDEX outbox_messages_pending_idx ON outbox_messages (created_at) WHERE dispatched_at IS NULL`);
    await queryRunner.query(`ALTER TABLE outbox_messages DROP COLUMN completed_at`);
  }
}
