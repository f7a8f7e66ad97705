import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  FieldCipher,
  isUuid,
  todayIn,
  mapConnectionInBatch,
  NotFoundError,
  paginateByKeyset,
  type Connection,
  type PageArgs,
  type Viewer,
} from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { checkDiaryEntry, checkDiarySearch, type DiaryEntryFields } from './diary-entry-input';
import { DiaryEntry, diaryBodyContext } from './diary-entry.entity';
import { DiaryEntryPresenter } from './diary-entry.presenter';
import type { DiaryEntryObject } from './diary-entries.types';
import { DiaryMessages } from '../diary.messages';

const notFound = (): NotFoundError => new NotFoundError(DiaryMessages.DIARY_ENTRY_NOT_FOUND());

/**
 * A member's own diary: write, edit, delete, read and search their entries. Every query is
 * scoped to the viewer as owner; anyone else's entry does not exist here. The text is
 * encrypted before it reaches the database and never logged.
 */
@Injectable()
export class DiaryEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly people: PeopleDirectory,
    private readonly presenter: DiaryEntryPresenter,
  ) {}

  async write(viewer: Viewer, fields: DiaryEntryFields): Promise<DiaryEntryObject> {
    const checked = checkDiaryEntry(fields, await this.todayOf(viewer));
    const id = randomUUID();
    const body = this.cipher.encrypt(checked.body, diaryBodyContext(id));
    await this.dataSource.getRepository(DiaryEntry).insert({ id, ownerId: viewer.userId, ...checked, body, keyId: this.cipher.keyIdOf(body) });
    return this.one(viewer, id);
  }

  /** Replaces the entry's day, text, mood and tags. */
  async edit(viewer: Viewer, entryId: string, fields: DiaryEntryFields): Promise<DiaryEntryObject> {
    const checked = checkDiaryEntry(fields, await this.todayOf(viewer));
    const entry = await this.own(viewer, entryId);
    const body = this.cipher.encrypt(checked.body, diaryBodyContext(entry.id));
    await this.dataSource
      .getRepository(DiaryEntry)
      .update({ id: entry.id, ownerId: viewer.userId }, { ...checked, body, keyId: this.cipher.keyIdOf(body), updatedAt: () => 'now()' });
    return this.one(viewer, entry.id);
  }

  /** Deletes the entry for good, and with it every share of it. */
  async delete(viewer: Viewer, entryId: string): Promise<void> {
    const result = isUuid(entryId) ? await this.dataSource.getRepository(DiaryEntry).delete({ id: entryId, ownerId: viewer.userId }) : null;
    if (!result?.affected) throw notFound();
  }

  async one(viewer: Viewer, entryId: string): Promise<DiaryEntryObject> {
    return (await this.presenter.present(viewer.userId, [await this.own(viewer, entryId)]))[0]!;
  }

  /** The viewer's entries, newest day first, with any of the given tags and within the given days. */
  async list(
    viewer: Viewer,
    search: { tags?: readonly string[] | null; from?: string | null; to?: string | null },
    page: PageArgs,
  ): Promise<Connection<DiaryEntryObject>> {
    const { tags, from, to } = checkDiarySearch(search);
    const query = this.dataSource.getRepository(DiaryEntry).createQueryBuilder('entry').where('entry.owner_id = :ownerId', { ownerId: viewer.userId });
    if (tags.length > 0) query.andWhere('entry.tags && CAST(:tags AS text[])', { tags });
    if (from) query.andWhere('entry.entry_date >= :from', { from });
    if (to) query.andWhere('entry.entry_date <= :to', { to });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'entry.entry_date',
      idColumn: 'entry.id',
      direction: 'DESC',
      keyOf: (entry) => [entry.entryDate, entry.id],
    });
    return mapConnectionInBatch(connection, (entries) => this.presenter.present(viewer.userId, entries));
  }

  /** The viewer's own entry, or "not found" for anyone else's. */
  async own(viewer: Viewer, entryId: string): Promise<DiaryEntry> {
    const entry = isUuid(entryId) ? await this.dataSource.getRepository(DiaryEntry).findOneBy({ id: entryId, ownerId: viewer.userId }) : null;
    if (!entry) throw notFound();
    return entry;
  }

  /** Today by the member's own calendar: a diary day is theirs, not the server's. */
  private async todayOf(viewer: Viewer): Promise<string> {
    const settings = (await this.people.settings([viewer.userId])).get(viewer.userId);
    return todayIn(settings?.timeZone ?? 'UTC');
  }
}
