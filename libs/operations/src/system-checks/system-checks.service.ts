import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { EventBus, endingWithSource, NotFoundError, Outbox, paginateByKeyset, type Connection, type PageArgs, isUuid } from '@kindred/core';
import { SYSTEM_CHECK_COMPLETED, type SystemCheckCompletedEvent } from './system-check-events';
import { SystemCheck, SystemCheckStatus } from './system-check.entity';
import { OperationsMessages } from '../operations.messages';

/** Requests, reads and watches system checks (API side). */
@Injectable()
export class SystemChecksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SystemCheck) private readonly checks: Repository<SystemCheck>,
    private readonly outbox: Outbox,
    private readonly events: EventBus,
  ) {}

  /** Records a check and its job in one transaction; the job goes to the queue once it commits. */
  async request(): Promise<SystemCheck> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(SystemCheck, { status: SystemCheckStatus.PENDING }));
      await this.outbox.stage(manager, {
        name: 'operations.system-check',
        data: { systemCheckId: saved.id },
      });
      return saved;
    });
  }

  async get(id: string): Promise<SystemCheck> {
    const check = isUuid(id) ? await this.checks.findOneBy({ id }) : null;
    if (!check) throw new NotFoundError(OperationsMessages.SYSTEM_CHECK_NOT_FOUND());
    return check;
  }

  /** Most recent first. */
  list(page: PageArgs): Promise<Connection<SystemCheck>> {
    return paginateByKeyset(this.checks.createQueryBuilder('check'), page, {
      sortColumn: 'check.requested_at',
      idColumn: 'check.id',
      direction: 'DESC',
      keyOf: (check) => [check.requestedAt.toISOString(), check.id],
    });
  }

  /**
   * Yields the check once it is completed, then ends. Listens before reading the current
   * state, so a completion that happens in between is never missed.
   */
  async watchCompletion(id: string): Promise<AsyncGenerator<SystemCheck>> {
    const events = await this.events.subscribe<SystemCheckCompletedEvent>(SYSTEM_CHECK_COMPLETED);
    let current: SystemCheck;
    try {
      current = await this.get(id);
    } catch (error) {
      await events.return?.();
      throw error;
    }
    const reload = (): Promise<SystemCheck> => this.get(id);
    const stream = (async function* completion() {
      try {
        if (current.status === SystemCheckStatus.COMPLETED) {
          yield current;
          return;
        }
        for await (const event of events) {
          if (event.systemCheckId === id) {
            yield await reload();
            return;
          }
        }
      } finally {
        await events.return?.();
      }
    })();
    return endingWithSource(stream, events);
  }
}
