import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { FieldCipher, HandlesJob, LOGGER, PersonalDataRegistry, storableJson, type JobPayloads } from '@kindred/core';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import { DATA_EXPORT_LIFETIME_DAYS, expireDataExports } from './data-export-expiry';
import { DataExport, DataExportStatus, dataExportContentContext } from './data-export.entity';

/** Travels with the data wherever the file goes. */
export const DATA_EXPORT_NOTICE =
  'This file holds personal data about one person, which may include sensitive health information. ' +
  'Kindred gave it to that person at their request. It must not be shared, published or passed on without their consent.';

/** Worker side of data exports: builds them, and deletes their content once expired. */
@Injectable()
export class DataExportJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditLog,
    private readonly cipher: FieldCipher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Reads every domain in one REPEATABLE READ transaction, so the copy is one consistent
   * picture, and stores it sealed like the notes and diaries it copies. Idempotent: an export
   * that is no longer REQUESTED (built, or erased) is left alone.
   */
  @HandlesJob('identity.build-export')
  async build({ dataExportId }: JobPayloads['identity.build-export']): Promise<void> {
    const built = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const entry = await manager.getRepository(DataExport).findOne({ where: { id: dataExportId }, lock: { mode: 'pessimistic_write' } });
      if (!entry || entry.status !== DataExportStatus.REQUESTED) return false;
      // Text stored before NULs were refused at the edge would make the jsonb unstorable,
      // and the export would fail on every retry.
      const content = storableJson({
        notice: DATA_EXPORT_NOTICE,
        generatedAt: new Date().toISOString(),
        data: await this.registry.exportAll(manager, entry.userId),
      });
      const sealed = this.cipher.encrypt(JSON.stringify(content), dataExportContentContext(entry.id));
      await manager.update(DataExport, entry.id, {
        status: DataExportStatus.READY,
        content: sealed,
        contentKeyId: this.cipher.keyIdOf(sealed),
        readyAt: () => 'now()',
        expiresAt: () => `now() + make_interval(days => ${DATA_EXPORT_LIFETIME_DAYS})`,
      });
      await this.audit.record(manager, { action: AuditAction.DATA_EXPORT_READY, subjectId: entry.userId, details: { dataExportId } });
      return true;
    });
    if (built) this.logger.info({ dataExportId }, 'data export ready');
  }

  @HandlesJob('identity.expire-exports')
  async expire(): Promise<{ expired: number }> {
    return { expired: await expireDataExports(this.dataSource.manager) };
  }
}
