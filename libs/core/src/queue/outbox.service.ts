import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import { LOGGER } from '../logging/logging.module';
import type { JobItem } from './job-catalogue';
import { JobQueue } from './job-queue.service';
import { OutboxMessage } from './outbox-message.entity';

/**
 * The transactional outbox. A service stages a job inside the transaction that writes its
 * fact, then dispatches it once committed. If Redis is down at that moment the message
 * stays in Postgres and the worker's relay enqueues it later: no job is lost with a request.
 */
@Injectable()
export class Outbox {
  constructor(
    @InjectRepository(OutboxMessage) private readonly messages: Repository<OutboxMessage>,
    private readonly jobs: JobQueue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Writes the job intent with the caller's transaction. */
  async stage(manager: EntityManager, item: JobItem): Promise<OutboxMessage> {
    return manager.getRepository(OutboxMessage).save(
      manager.getRepository(OutboxMessage).create({ jobName: item.name, payload: item.data }),
    );
  }

  /** Enqueues a committed message now; a failure is logged and left to the relay. */
  async dispatch(message: OutboxMessage): Promise<void> {
    try {
      await this.jobs.enqueue({ name: message.jobName, data: message.payload } as JobItem);
      await this.messages.update({ id: message.id, dispatchedAt: IsNull() }, { dispatchedAt: new Date() });
    } catch (error) {
      this.logger.warn(
        { outboxMessageId: message.id, jobName: message.jobName, err: error },
        'outbox dispatch deferred to the relay',
      );
    }
  }

  /**
   * Deletes every message whose payload holds this value anywhere (an erased person's id),
   * dispatched or not, in the caller's transaction: work about someone who no longer exists
   * has nothing left to do, and even an ids-only payload links them to what they did.
   */
  async forget(manager: EntityManager, value: string): Promise<void> {
    await manager.query(`DELETE FROM outbox_messages WHERE jsonb_path_exists(payload, 'strict $.** ? (@ == $value)', jsonb_build_object('value', $1::text))`, [
      value,
    ]);
  }

  /**
   * Deletes messages dispatched more than `olderThanMs` ago, a batch at a time: once a job is
   * in the queue its intent has done its work, and kept it would only link people to activity.
   * Returns how many went.
   */
  async pruneDispatched(olderThanMs: number, batchSize = 1000): Promise<number> {
    let pruned = 0;
    for (;;) {
      const [, affected]: [unknown, number] = await this.messages.query(
        `DELETE FROM outbox_messages WHERE id IN (
           SELECT id FROM outbox_messages WHERE dispatched_at < now() - make_interval(secs => $1) LIMIT $2
         )`,
        [olderThanMs / 1000, batchSize],
      );
      pruned += affected;
      if (affected < batchSize) return pruned;
    }
  }

  /**
   * Enqueues messages still waiting after `olderThanMs`, oldest first. Rows are locked with
   * SKIP LOCKED so several workers can relay at once without sending a message twice.
   */
  async relayPending(olderThanMs: number, batchSize = 100): Promise<number> {
    return this.messages.manager.transaction(async (manager) => {
      const pending = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('message')
        .where('message.dispatched_at IS NULL')
        .andWhere(`message.created_at < now() - make_interval(secs => :seconds)`, { seconds: olderThanMs / 1000 })
        .orderBy('message.created_at', 'ASC')
        .limit(batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const message of pending) {
        try {
          await this.jobs.enqueue({ name: message.jobName, data: message.payload } as JobItem);
          await manager.update(OutboxMessage, message.id, { dispatchedAt: new Date(), lastError: null });
        } catch (error) {
          await manager.update(OutboxMessage, message.id, {
            relayAttempts: message.relayAttempts + 1,
            lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
          });
        }
      }
      return pending.length;
    });
  }
}
