import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  TransactionStartEvent,
} from 'typeorm';
import { LOGGER } from '../logging/logging.module';

export type AfterCommitTask = () => Promise<void>;

/**
 * The one way to do something once the caller's transaction has committed (send a staged job,
 * announce a live event), so nobody hears of a row that may yet roll back and no caller has a
 * second step to remember. A TypeORM subscriber on the data source, it keeps tasks per level of
 * each transaction: a released savepoint hands its tasks to the level around it, a rolled-back
 * savepoint or transaction drops its own, and after the outermost commit they run in order,
 * once the connection is released and before `transaction()` returns. A task that fails is logged, never thrown: the commit already happened.
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface, OnModuleDestroy {
  private readonly levels = new WeakMap<QueryRunner, AfterCommitTask[][]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    dataSource.subscribers.push(this);
  }

  /** Runs `task` once the manager's transaction commits, never if it rolls back; now when the manager is in no transaction. */
  async run(manager: EntityManager, task: AfterCommitTask): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      await this.safely(task);
      return;
    }
    const levels = this.levels.get(runner);
    const current = levels?.at(-1);
    if (current) current.push(task);
    else this.levels.set(runner, [[task]]);
  }

  afterTransactionStart(event: TransactionStartEvent): void {
    const levels = this.levels.get(event.queryRunner);
    if (levels) levels.push([]);
    else this.levels.set(event.queryRunner, [[]]);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    const levels = this.levels.get(runner);
    const tasks = levels?.pop() ?? [];
    if (runner.isTransactionActive) {
      // A savepoint was released: its tasks wait for the transaction around it.
      const outer = levels?.at(-1);
      if (outer) outer.push(...tasks);
      else if (tasks.length > 0) this.levels.set(runner, [tasks]);
      return;
    }
    this.levels.delete(runner);
    if (tasks.length === 0) return;
    // The tasks run once the connection is back in the pool, still before `transaction()`
    // returns (it awaits the release). A task that needs the database (the outbox marks its
    // message sent) would otherwise wait for a second connection while holding the first,
    // and a burst of commits would empty the pool.
    const release = runner.release.bind(runner);
    runner.release = async () => {
      runner.release = release;
      await release();
      for (const task of tasks) await this.safely(task);
    };
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const runner = event.queryRunner;
    this.levels.get(runner)?.pop();
    if (!runner.isTransactionActive) this.levels.delete(runner);
  }

  onModuleDestroy(): void {
    const index = this.dataSource.subscribers.indexOf(this);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
  }

  /** The transaction is already committed: a failing side effect must not look like a failed commit. */
  private async safely(task: AfterCommitTask): Promise<void> {
    try {
      await task();
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : 'unknown error' }, 'after-commit task failed');
    }
  }
}
