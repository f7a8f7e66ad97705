import type { EntityManager } from 'typeorm';
import { DataExport, DataExportStatus } from './data-export.entity';

/** How long a built export can be fetched before its content is deleted. */
export const DATA_EXPORT_LIFETIME_DAYS = 7;

/**
 * Marks READY exports past their expiry as EXPIRED and deletes their content: all of them,
 * or one person's one. The clock is Postgres's, so every API and worker copy agrees on
 * what has expired.
 */
export async function expireDataExports(manager: EntityManager, only?: { id: string; userId: string }): Promise<number> {
  const query = manager
    .createQueryBuilder()
    .update(DataExport)
    .set({ status: DataExportStatus.EXPIRED, content: null, contentKeyId: null })
    .where('status = :ready AND expires_at <= now()', { ready: DataExportStatus.READY });
  if (only) query.andWhere('id = :id AND user_id = :userId', only);
  return (await query.execute()).affected ?? 0;
}
