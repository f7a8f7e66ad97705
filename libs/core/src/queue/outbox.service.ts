import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import { AfterCommit } from '../database/after-commit';
import { LOGGER } from '../logging/logging.module';
import type { JobItem } from './job-catalogue';
import { JobQueue } from './job-queue.service';
import { OutboxMessage } from './outbox-message.entity';

/** The relay runs in the worker, where waiting a little longer for Redis costs nobody. */
const RELAY_DEADLINE_MS = 5000;
const RELAY_BATCH_SIZE = 100;
const MAX_RELAY_BATCHES = 20;

const itemOf = (message: OutboxMessage): JobItem => ({ name: message.jobName, data: message.payload }) as JobItem;

/**
 * The transactional outbox. A service stages a job inside the transaction that writes its
 * fact; staging registers the job's dispatch to run once that transaction commits (never if it
 * rolls back), so no caller carries a message out of its transaction. A message stays unfinished until a run of its job
 * completes, not merely until Redis accepts it: if Redis was down at that moment, or later
 * loses the job (restarted empty, say), the worker's relay enqueues it again. Job ids are
 * stable per message, so however often it is enqueued, Redis holds one job for it.
 */
@Injectable()
export class Outbox {
  constructor(
    @InjectRepository(OutboxMessage) private readonly messages: Repository<OutboxMessage>,
    private readonly jobs: JobQueue,
    private readonly afterCommit: AfterCommit,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Writes the job intent with the caller's transaction, and sends the job once that transaction commits. */
  async stage(manager: EntityManager, item: JobItem): Promise<void> {
    const messages = manager.getRepository(OutboxMessage);
    const message = await messages.save(messages.create({ jobName: item.name, payload: item.data }));
    await this.afterCommit.run(manager, () => this.dispatch(message));
  }

  /**
   * Enqueues a committed message, waiting for Redis only briefly (REDIS_REQUEST_DEADLINE_MS):
   * the fact is safe in Postgres, so a request never hangs or fails on Redis here; the relay
   * sends what is left.
   */
  private async dispatch(message: OutboxMessage): Promise<void> {
    try {
      await this.jobs.enqueue(itemOf(message), { outboxMessageId: message.id });
      await this.messages.update({ id: message.id, dispatchedAt: IsNull() }, { dispatchedAt: () => 'now()' });
    } catch (error) {
      this.logger.warn(
        { outboxMessageId: message.id, jobName: message.jobName, err: error instanceof Error ? error.message : 'unknown' },
        'outbox dispatch deferred to the relay',
      );
    }
  }

  /**
   * Deletes every message whose payload holds this value anywhere (an erased person's id),
   * finished or not, in the caller's transaction: work about someone who no longer exists
   * has nothing left to do, and even an ids-only payload links them to what they did.
   */
  async forget(manager: EntityManager, value: string): Promise<void> {
    await manager.query(`DELETE FROM outbox_messages WHERE jsonb_path_exists(payload, 'strict $.** ? (@ == $value)', jsonb_build_object('value', $1::text))`, [
      value,
    ]);
  }

  /**
   * Deletes messages whose job completed more than `olderThanMs` ago, a batch at a time: their
   * intent has done its work, and kept they would only link people to activity. Never an
   * unfinished one, whose job may still be waiting in Redis, or lost with it. Returns how many went.
   */
  async pruneCompleted(olderThanMs: number, batchSize = 1000): Promise<number> {
    let pruned = 0;
    for (;;) {
      const [, affected]: [unknown, number] = await this.messages.query(
        `DELETE FROM outbox_messages WHERE id IN (
           SELECT id FROM outbox_messages WHERE completed_at < now() - make_interval(secs => $1) LIMIT $2
         )`,
        [olderThanMs / 1000, batchSize],
      );
      pruned += affected;
      if (affected < batchSize) return pruned;
    }
  }

  /**
   * Enqueues unfinished messages, oldest first: those never dispatched after `graceMs` (their
   * request's own dispatch failed), and those dispatched more than `recheckMs` ago whose job
   * has not completed (re-adding a job still in Redis changes nothing; one Redis lost is
   * queued again). Rows are locked with SKIP LOCKED so several workers can relay at once.
   */
  async relayUnfinished(graceMs: number, recheckMs: number): Promise<number> {
    let relayed = 0;
    for (let batch = 0; batch < MAX_RELAY_BATCHES; batch += 1) {
      const { count, failed } = await this.relayBatch(graceMs, recheckMs);
      relayed += count;
      if (failed || count < RELAY_BATCH_SIZE) break;
    }
    return relayed;
  }

  /**
   * After Redis lost its data, every unfinished message is treated as never dispatched, so
   * the relay's next run enqueues all of them at once rather than after `recheckMs`.
   */
  async redispatchUnfinished(): Promise<number> {
    const result = await this.messages
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ dispatchedAt: null })
      .where('completed_at IS NULL AND dispatched_at IS NOT NULL')
      .execute();
    return result.affected ?? 0;
  }

  /**
   * The unfinished messages a run of this job starting now carries out: the same job with
   * the same payload, committed before now. Handlers reload what they work on, so one run
   * covers every such message, including those whose own job was collapsed into it.
   */
  async unfinishedFor(item: JobItem): Promise<string[]> {
    const rows: { id: string }[] = await this.messages.query(
      `SELECT id FROM outbox_messages WHERE completed_at IS NULL AND job_name = $1 AND payload = $2::jsonb`,
      [item.name, JSON.stringify(item.data)],
    );
    return rows.map((row) => row.id);
  }

  /** Records that these messages' job has completed: from now on they may be pruned. */
  async markCompleted(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.messages.update({ id: In([...ids]), completedAt: IsNull() }, { completedAt: () => 'now()' });
  }

  private async relayBatch(graceMs: number, recheckMs: number): Promise<{ count: number; failed: boolean }> {
    return this.messages.manager.transaction(async (manager) => {
      const unfinished = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('message')
        .where('message.completed_at IS NULL')
        .andWhere(
          `((message.dispatched_at IS NULL AND message.created_at < now() - make_interval(secs => :grace))
            OR message.dispatched_at < now() - make_interval(secs => :recheck))`,
          { grace: graceMs / 1000, recheck: recheckMs / 1000 },
        )
        .orderBy('message.created_at', 'ASC')
        .limit(RELAY_BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let failed = false;
      for (const message of unfinished) {
        try {
          await this.jobs.enqueue(itemOf(message), { outboxMessageId: message.id, deadlineMs: RELAY_DEADLINE_MS });
          await manager.update(OutboxMessage, message.id, { dispatchedAt: () => 'now()', relayAttempts: message.relayAttempts + 1, lastError: null });
        } catch (error) {
          failed = true;
          await manager.update(OutboxMessage, message.id, {
            relayAttempts: message.relayAttempts + 1,
            lastError: error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
          });
        }
      }
      return { count: unfinished.length, failed };
    });
  }
}
