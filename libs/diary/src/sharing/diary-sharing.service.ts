import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { BadUserInputError, FieldCipher, isUuid, mapConnectionInBatch, paginateByKeyset, type Connection, type PageArgs, type Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { DiaryEntriesService } from '../entries/diary-entries.service';
import { DiaryEntry, diaryBodyContext } from '../entries/diary-entry.entity';
import type { DiaryEntryObject } from '../entries/diary-entries.types';
import { DiaryEntryShare } from './diary-entry-share.entity';
import type { SharedDiaryEntryObject } from './diary-sharing.types';
import { notShared, SharedDiaryAccess } from './shared-diary-access';
import { DiaryMessages } from '../diary.messages';
import { upsertEntryShares } from './sharing.queries';

/** More people than anyone's circle and mentor together; a bound on one request's work. */
const MAX_PEOPLE_PER_SHARE = 50;

/**
 * Sharing diary entries one at a time. The owner shares an entry with people who hold their
 * DIARY_SHARED grant, and stops whenever they like; those people read shared entries only
 * while that grant is in force, each read written to the owner's disclosure log.
 */
@Injectable()
export class DiarySharingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly entries: DiaryEntriesService,
    private readonly access: SharedDiaryAccess,
    private readonly people: PeopleDirectory,
  ) {}

  /** Shares the entry with each person given, all or none: each must be allowed to see shared diary entries now. */
  async share(viewer: Viewer, entryId: string, granteeIds: readonly string[]): Promise<DiaryEntryObject> {
    const entry = await this.entries.own(viewer, entryId);
    const people = [...new Set(granteeIds)];
    if (people.length === 0 || people.length > MAX_PEOPLE_PER_SHARE) {
      throw new BadUserInputError(DiaryMessages.DIARY_SHARE_PEOPLE_RANGE({ max: MAX_PEOPLE_PER_SHARE }), { field: 'granteeIds' });
    }
    const grants = await this.access.grantsInForce(viewer.userId);
    if (people.some((personId) => !grants.has(personId))) {
      throw new BadUserInputError(DiaryMessages.DIARY_SHARE_NEEDS_PERMISSION(), { field: 'granteeIds' });
    }
    await this.upsertShares(
      entry.id,
      people.map((personId) => [personId, grants.get(personId)!]),
    );
    return this.entries.one(viewer, entry.id);
  }

  /** Shares the entry with everyone the member allows to see shared diary entries now: their circle or mentor, as they chose. */
  async shareWithEveryoneAllowed(viewer: Viewer, entryId: string): Promise<DiaryEntryObject> {
    const entry = await this.entries.own(viewer, entryId);
    const grants = await this.access.grantsInForce(viewer.userId);
    if (grants.size === 0) {
      throw new BadUserInputError(DiaryMessages.DIARY_SHARE_NOBODY_ALLOWED(), { field: 'id' });
    }
    await this.upsertShares(entry.id, [...grants]);
    return this.entries.one(viewer, entry.id);
  }

  /** Stops sharing the entry with the people given, or with everyone when none are given. */
  async unshare(viewer: Viewer, entryId: string, granteeIds: readonly string[] | null): Promise<DiaryEntryObject> {
    const entry = await this.entries.own(viewer, entryId);
    const repository = this.dataSource.getRepository(DiaryEntryShare);
    if (granteeIds === null) await repository.delete({ entryId: entry.id });
    else {
      const people = granteeIds.filter(isUuid);
      if (people.length > 0) await repository.delete({ entryId: entry.id, granteeId: In(people) });
    }
    return this.entries.one(viewer, entry.id);
  }

  /** Entries the owner shares with the viewer now, newest day first; refused without a grant in force. */
  async sharedWithMe(viewer: Viewer, ownerId: string, page: PageArgs): Promise<Connection<SharedDiaryEntryObject>> {
    const grantId = await this.access.requireGrantInForce(ownerId, viewer.userId);
    const query = this.dataSource
      .getRepository(DiaryEntry)
      .createQueryBuilder('entry')
      .where('entry.owner_id = :ownerId', { ownerId })
      .andWhere(
        'EXISTS (SELECT 1 FROM diary_entry_shares share WHERE share.entry_id = entry.id AND share.grantee_id = :viewerId AND share.grant_id = :grantId)',
        { viewerId: viewer.userId, grantId },
      );
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'entry.entry_date',
      idColumn: 'entry.id',
      direction: 'DESC',
      keyOf: (entry) => [entry.entryDate, entry.id],
    });
    return mapConnectionInBatch(connection, async (entries) => {
      if (entries.length === 0) return [];
      await this.access.recordRead(
        viewer.userId,
        ownerId,
        grantId,
        `${entries.length} of your shared diary entries (${entries.map((entry) => entry.entryDate).join(', ')})`,
      );
      return this.presentShared(viewer, entries);
    });
  }

  /** One entry shared with the viewer, while the grant it was shared under is in force. */
  async readShared(viewer: Viewer, entryId: string): Promise<SharedDiaryEntryObject> {
    const share = isUuid(entryId) ? await this.dataSource.getRepository(DiaryEntryShare).findOneBy({ entryId, granteeId: viewer.userId }) : null;
    const entry = share ? await this.dataSource.getRepository(DiaryEntry).findOneBy({ id: share.entryId }) : null;
    if (!share || !entry) throw notShared();
    const inForce = await this.access.grantInForce(entry.ownerId, viewer.userId);
    // Shared with them under a grant that ended: told so, unless a newer grant is in force, under which this entry is simply not shared.
    if (inForce !== share.grantId) throw inForce ? notShared() : await this.access.refusal(entry.ownerId, viewer.userId);
    await this.access.recordRead(viewer.userId, entry.ownerId, share.grantId, `your diary entry of ${entry.entryDate}`);
    return (await this.presentShared(viewer, [entry]))[0]!;
  }

  private async upsertShares(entryId: string, shares: readonly (readonly [granteeId: string, grantId: string])[]): Promise<void> {
    await upsertEntryShares.affected(this.dataSource.manager, { entryId, shares });
  }

  private async presentShared(viewer: Viewer, entries: DiaryEntry[]): Promise<SharedDiaryEntryObject[]> {
    const shares = await this.dataSource.getRepository(DiaryEntryShare).findBy({ entryId: In(entries.map((entry) => entry.id)), granteeId: viewer.userId });
    const sharedAt = new Map(shares.map((share) => [share.entryId, share.sharedAt]));
    const owners = await this.people.summaries(entries.map((entry) => entry.ownerId));
    const redisclosureNotice = await this.access.redisclosureNotice(viewer.userId);
    return entries.map((entry) => ({
      id: entry.id,
      ownerId: entry.ownerId,
      ownerDisplayName: owners.get(entry.ownerId)!.displayName,
      entryDate: entry.entryDate,
      body: this.cipher.decrypt(entry.body, diaryBodyContext(entry.id)),
      mood: entry.mood,
      tags: entry.tags,
      sharedAt: sharedAt.get(entry.id)!,
      redisclosureNotice,
    }));
  }
}
