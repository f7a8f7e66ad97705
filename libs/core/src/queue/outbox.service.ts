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
