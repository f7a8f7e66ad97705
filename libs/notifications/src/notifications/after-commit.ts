import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { LOGGER } from '@kindred/core';

type Task = () => Promise<void>;

/**
 * Runs a side effect (a live event) once the caller's transaction has committed, so nobody is
 * told about a row that may yet roll back, without the caller having to remember a second
 * step. Registered as a TypeORM subscriber, it hears every commit and rollback of its data source.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface, OnModuleDestroy {
  private readonly pending = new WeakMap<QueryRunner, Task[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Runs `task` after the manager's transaction commits, or now when it is not in one. */
  async run(manager: EntityManager, task: Task): Promise<void> {
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      this.pending.set(runner, [...(this.pending.get(runner) ?? []), task]);
      return;
    }
    await this.safely(task);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    // Still active means a savepoint was released: the outer transaction may yet roll back.
    if (event.queryRunner.isTransactionActive) return;
    const tasks = this.pending.get(event.queryRunner);
    if (!tasks) return;
    this.pending.delete(event.queryRunner);
    for (const task of tasks) await this.safely(task);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // A rolled-back savepoint keeps its tasks: the tasks here only announce ids that
    // listeners reload, so announcing a row that is gone shows nobody anything.
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  onModuleDestroy(): void {
    const index = this.dataSource.subscribers.indexOf(this);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
  }

  /** The transaction is already committed: a failing side effect must not look like a failed commit. */
  private async safely(task: Task): Promise<void> {
    try {
      await task();
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : 'unknown error' }, 'after-commit task failed');
    }
  }
}
