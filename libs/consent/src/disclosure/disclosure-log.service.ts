import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { mapConnectionInBatch, paginateByKeyset, type Connection, type PageArgs } from '@kindred/core';
import { ERASED_DISPLAY_NAME, PeopleDirectory } from '@kindred/identity';
import type { SharingScope } from '../grants/sharing-scope';
import { DisclosureEntry } from './disclosure-entry.entity';
import type { DisclosureEntryObject } from './disclosure.types';

/**
 * The disclosure log: every read of a member's shared data by someone else. Append-only and
 * kept at least three years (nothing deletes it but the owner's own erasure); the owner
 * sees all of it.
 */
@Injectable()
export class DisclosureLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
  ) {}

  async record(entry: { ownerId: string; viewerId: string; scope: SharingScope; grantId: string | null; what: string }): Promise<void> {
    await this.dataSource.manager.insert(DisclosureEntry, entry);
  }

  async forOwner(ownerId: string, page: PageArgs): Promise<Connection<DisclosureEntryObject>> {
    const query = this.dataSource.getRepository(DisclosureEntry).createQueryBuilder('entry').where('entry.owner_id = :ownerId', { ownerId });
    const connection = await paginateByKeyset(query, page, {
      sortColumn: 'entry.accessed_at',
      idColumn: 'entry.id',
      direction: 'DESC',
      keyOf: (entry) => [entry.accessedAt.toISOString(), entry.id],
    });
    return mapConnectionInBatch(connection, async (entries) => {
      const names = await this.people.summaries(entries.flatMap((entry) => (entry.viewerId ? [entry.viewerId] : [])));
      return entries.map((entry) => ({
        id: entry.id,
        viewerId: entry.viewerId,
        viewerDisplayName: entry.viewerId ? (names.get(entry.viewerId)?.displayName ?? ERASED_DISPLAY_NAME) : ERASED_DISPLAY_NAME,
        scope: entry.scope,
        what: entry.what,
        accessedAt: entry.accessedAt,
      }));
    });
  }
}
