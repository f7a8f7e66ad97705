import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { FieldCipher } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { DiaryEntryShare } from '../sharing/diary-entry-share.entity';
import { SharedDiaryAccess } from '../sharing/shared-diary-access';
import { DiaryEntry, diaryBodyContext } from './diary-entry.entity';
import type { DiaryEntryObject } from './diary-entries.types';

/** The owner's view of their entries: decrypted, with whom each is shared; a few queries per page, whatever its size. */
@Injectable()
export class DiaryEntryPresenter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly people: PeopleDirectory,
    private readonly access: SharedDiaryAccess,
  ) {}

  async present(ownerId: string, entries: DiaryEntry[]): Promise<DiaryEntryObject[]> {
    const shares = entries.length
      ? await this.dataSource.getRepository(DiaryEntryShare).find({ where: { entryId: In(entries.map((entry) => entry.id)) }, order: { sharedAt: 'ASC' } })
      : [];
    const names = await this.people.summaries(shares.map((share) => share.granteeId));
    const grants = shares.length ? await this.access.grantsInForce(ownerId) : new Map<string, string>();
    return entries.map((entry) => ({
      id: entry.id,
      entryDate: entry.entryDate,
      body: this.cipher.decrypt(entry.body, diaryBodyContext(entry.id)),
      mood: entry.mood,
      tags: entry.tags,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      sharedWith: shares
        .filter((share) => share.entryId === entry.id)
        .map((share) => ({
          personId: share.granteeId,
          displayName: names.get(share.granteeId)!.displayName,
          sharedAt: share.sharedAt,
          visibleNow: grants.get(share.granteeId) === share.grantId,
        })),
    }));
  }
}
