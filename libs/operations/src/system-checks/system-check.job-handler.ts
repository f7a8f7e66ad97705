import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { Repository } from 'typeorm';
import { EventBus, HandlesJob, LOGGER, type JobPayloads } from '@kindred/core';
import { SYSTEM_CHECK_COMPLETED } from './system-check-events';
import { SystemCheck, SystemCheckStatus } from './system-check.entity';

/** Worker side: completes a system check. Idempotent: a redelivered job changes nothing. */
@Injectable()
export class SystemCheckJobHandler {
  constructor(
    @InjectRepository(SystemCheck) private readonly checks: Repository<SystemCheck>,
    private readonly events: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @HandlesJob('operations.system-check')
  async complete({ systemCheckId }: JobPayloads['operations.system-check']): Promise<void> {
    await this.checks
      .createQueryBuilder()
      .update(SystemCheck)
      .set({ status: SystemCheckStatus.COMPLETED, completedAt: () => 'now()', completedBy: hostname() })
      .where('id = :id AND status = :pending', { id: systemCheckId, pending: SystemCheckStatus.PENDING })
      .execute();
    const exists = await this.checks.existsBy({ id: systemCheckId });
    if (!exists) {
      this.logger.warn({ systemCheckId }, 'system check no longer exists; nothing to complete');
      return;
    }
    // Announced again on a retry, in case the first run stopped between update and publish;
    // watchers end after the first announcement, so a repeat is harmless.
    await this.events.publish(SYSTEM_CHECK_COMPLETED, { systemCheckId });
  }
}
