import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldCipher, NotFoundError, Outbox, RateLimitedError, RateLimiter, type RateLimit, type Viewer, isUuid } from '@kindred/core';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import { expireDataExports } from './data-export-expiry';
import { DataExport, DataExportStatus, dataExportContentContext } from './data-export.entity';
import { IdentityMessages } from '../identity.messages';

/**
 * Building an export reads every domain: a few a day is plenty for one person. Refused while
 * Redis is down: heavy work that can wait a minute.
 */
export const DATA_EXPORT_LIMIT = { name: 'data-export:account', limit: 3, windowSeconds: 24 * 3600, whenUncounted: 'refuse' } satisfies RateLimit;

/** An export as its owner reads it: the content opened, while the copy is ready. */
export type OwnDataExport = Omit<DataExport, 'content' | 'contentKeyId'> & { content: Record<string, unknown> | null };

/** A person's own copy of their data (API side): asking for it, and fetching it once ready. */
@Injectable()
export class DataExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
    private readonly rateLimiter: RateLimiter,
    private readonly cipher: FieldCipher,
  ) {}

  /** Records the request and its job together; the worker builds the file. */
  async request(viewer: Viewer, requestId: string): Promise<OwnDataExport> {
    try {
      await this.rateLimiter.consume(DATA_EXPORT_LIMIT, viewer.userId);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      throw new RateLimitedError(Number(error.extensions['retryAfterSeconds']), IdentityMessages.DATA_EXPORT_DAILY_LIMIT());
    }
    const entry = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(DataExport, { userId: viewer.userId, status: DataExportStatus.REQUESTED }));
      await this.audit.record(manager, {
        action: AuditAction.DATA_EXPORT_REQUESTED,
        actorId: viewer.userId,
        subjectId: viewer.userId,
        requestId,
        details: { dataExportId: saved.id },
      });
      await this.outbox.stage(manager, { name: 'identity.build-export', data: { dataExportId: saved.id } });
      return saved;
    });
    return { ...entry, content: null };
  }

  /**
   * The viewer's own export, with its content while it is ready and not expired. Someone
   * else's export is "not found", never "forbidden", so its existence is not revealed.
   * An export read after its expiry is expired here and then, whether or not the sweep ran.
   */
  async get(viewer: Viewer, id: string, requestId: string): Promise<OwnDataExport> {
    if (!isUuid(id)) throw new NotFoundError(IdentityMessages.DATA_EXPORT_NOT_FOUND());
    return this.dataSource.transaction(async (manager) => {
      await expireDataExports(manager, { id, userId: viewer.userId });
      const entry = await manager
        .getRepository(DataExport)
        .createQueryBuilder('export')
        .addSelect('export.content')
        .where('export.id = :id AND export.user_id = :userId', { id, userId: viewer.userId })
        .getOne();
      if (!entry) throw new NotFoundError(IdentityMessages.DATA_EXPORT_NOT_FOUND());
      const { id: exportId, userId, status, requestedAt, readyAt, expiresAt, content: sealed } = entry;
      const content = sealed ? (JSON.parse(this.cipher.decrypt(sealed, dataExportContentContext(exportId))) as Record<string, unknown>) : null;
      if (content) {
        await this.audit.record(manager, {
          action: AuditAction.DATA_EXPORT_DOWNLOADED,
          actorId: viewer.userId,
          subjectId: viewer.userId,
          requestId,
          details: { dataExportId: id },
        });
      }
      return { id: exportId, userId, status, requestedAt, readyAt, expiresAt, content };
    });
  }
}
