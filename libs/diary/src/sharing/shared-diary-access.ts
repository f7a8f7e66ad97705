import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, type KindredError } from '@kindred/core';
import { ConsentGrants, SharingScope } from '@kindred/consent';
import { DiaryMessages } from '../diary.messages';

/** Said for every entry someone may not read, shared or not, so nothing about it is revealed. */
export const notShared = (): NotFoundError => new NotFoundError(DiaryMessages.SHARED_DIARY_ENTRY_NOT_FOUND());

/**
 * Who may read a member's diary entries besides the member: someone they shared an entry with,
 * while the DIARY_SHARED grant the share was made under is still in force. Checked at every
 * read, and every read is written to the member's disclosure log. Someone whose grant ended
 * is told so (SHARING_ENDED); anyone else is told the entries do not exist.
 */
@Injectable()
export class SharedDiaryAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consent: ConsentGrants,
  ) {}

  /** The id of the owner's DIARY_SHARED grant to the viewer in force now, or null. Reads nothing, so logs nothing. */
  async grantInForce(ownerId: string, viewerId: string): Promise<string | null> {
    return (await this.consent.activeGrant(this.dataSource.manager, ownerId, viewerId, SharingScope.DIARY_SHARED))?.id ?? null;
  }

  /** The id of the owner's DIARY_SHARED grant to the viewer in force now; refuses otherwise. Reads nothing, so logs nothing. */
  async requireGrantInForce(ownerId: string, viewerId: string): Promise<string> {
    return (await this.consent.requireInForce(this.dataSource.manager, ownerId, viewerId, SharingScope.DIARY_SHARED, { notFound: notShared })).id;
  }

  /** What the viewer is told about an entry shared with them under a grant that is no longer in force. */
  refusal(ownerId: string, viewerId: string): Promise<KindredError> {
    return this.consent.refusal(this.dataSource.manager, ownerId, viewerId, SharingScope.DIARY_SHARED, notShared);
  }

  /** The notice that goes with diary entries shared with the viewer, in their language. */
  redisclosureNotice(viewerId: string): Promise<string> {
    return this.consent.redisclosureNotice(viewerId);
  }

  /** Everyone the owner lets see shared diary entries now, by person, with the grant's id. */
  async grantsInForce(ownerId: string): Promise<Map<string, string>> {
    const grants = await this.consent.ofOwner(ownerId, false);
    return new Map(grants.filter((grant) => grant.scope === SharingScope.DIARY_SHARED).map((grant) => [grant.granteeId, grant.id]));
  }

  /**
   * Writes the read to the owner's disclosure log, checking once more that the grant the
   * entries were shared under is the one in force; refuses otherwise.
   */
  async recordRead(viewerId: string, ownerId: string, grantId: string, what: string): Promise<void> {
    const grant = await this.consent.requireRead(viewerId, ownerId, SharingScope.DIARY_SHARED, what, notShared);
    if (grant.id !== grantId) throw notShared();
  }
}
