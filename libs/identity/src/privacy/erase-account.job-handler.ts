import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { HandlesJob, LOGGER, PersonalDataRegistry, type JobPayloads } from '@kindred/core';
import { User } from '../accounts/user.entity';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';

type Outcome = 'erased' | 'already-erased' | 'not-requested' | 'no-account';

/**
 * Worker side of account deletion: every domain's erasure in one transaction, so a person
 * is never left half-erased. Idempotent: an erased account is left as it is.
 */
@Injectable()
export class EraseAccountJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditLog,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @HandlesJob('identity.erase-account')
  async erase({ userId }: JobPayloads['identity.erase-account']): Promise<{ outcome: Outcome }> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
      // Locked so two deliveries of the job cannot both erase and both audit.
      const user = await manager.getRepository(User).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) return 'no-account';
      if (user.erasedAt) return 'already-erased';
      // Erasure is irreversible: only ever on the person's own recorded request.
      if (!user.erasureRequestedAt) return 'not-requested';
      await this.registry.eraseAll(manager, userId);
      await this.audit.record(manager, { action: AuditAction.ERASURE_COMPLETED, subjectId: userId });
      return 'erased';
    });
    if (outcome === 'erased' || outcome === 'already-erased') this.logger.info({ userId, outcome }, 'account erasure done');
    else this.logger.warn({ userId, outcome }, 'erasure job had nothing to do');
    return { outcome };
  }
}
