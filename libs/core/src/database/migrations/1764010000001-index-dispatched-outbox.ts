import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dispatched outbox messages are now pruned after a day: the prune reads them by dispatch time. */
export class IndexDispatchedOutbox1764010000001 implements MigrationInterface {
  readonly name = 'IndexDispatchedOutbox1764010000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX outbox_messages_dispatched_idx ON outbox_messages (dispatched_at) WHERE dispatched_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_messages_dispatched_idx`);
  }
}
