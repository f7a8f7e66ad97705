import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { DIARY_BODY_COLUMN, DiaryEntry, diaryBodyContext } from '../entries/diary-entry.entity';
import { DiaryEntryShare } from '../sharing/diary-entry-share.entity';
import { entriesSharedWith } from './privacy.queries';

/**
 * The diary's share of export and erasure. Export: the person's entries, decrypted, with whom
 * each was shared; and which people's entries were shared with them (not the entries: those
 * are their authors' data). Erasure: their entries and every share of them go, and so does
 * every share made with them.
 */
@EncryptedColumns([DIARY_BODY_COLUMN])
@PersonalData()
@Injectable()
export class DiaryPersonalData implements PersonalDataContributor {
  readonly domain = 'diary';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'diary_entries', personColumns: ['owner_id'] },
    { table: 'diary_entry_shares', personColumns: ['grantee_id'] },
  ];

  constructor(private readonly cipher: FieldCipher) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const entries = await manager.getRepository(DiaryEntry).find({ where: { ownerId: userId }, order: { entryDate: 'ASC', createdAt: 'ASC' } });
    const shares = entries.length
      ? await manager.getRepository(DiaryEntryShare).find({ where: { entryId: In(entries.map((entry) => entry.id)) }, order: { sharedAt: 'ASC' } })
      : [];
    const sharedWithMe = await entriesSharedWith.all(manager, { granteeId: userId });
    return {
      entries: entries.map((entry) => ({
        entryDate: entry.entryDate,
        text: this.cipher.decrypt(entry.body, diaryBodyContext(entry.id)),
        mood: entry.mood,
        tags: entry.tags,
        writtenAt: entry.createdAt,
        changedAt: entry.updatedAt,
        sharedWith: shares.filter((share) => share.entryId === entry.id).map((share) => ({ personId: share.granteeId, sharedAt: share.sharedAt })),
      })),
      entriesSharedWithMe: sharedWithMe,
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(DiaryEntryShare, { granteeId: userId });
    await manager.delete(DiaryEntry, { ownerId: userId });
  }
}
