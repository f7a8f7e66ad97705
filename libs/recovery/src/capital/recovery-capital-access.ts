import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError, type KindredError, type Viewer } from '@kindred/core';
import { ConsentGrants, SharingScope } from '@kindred/consent';
import { RecoveryMessages } from '../recovery.messages';

const notShared = (): NotFoundError => new NotFoundError(RecoveryMessages.CAPITAL_NOT_SHARED());

/**
 * Who may read a person's recovery capital scores: the person, and whoever they granted the
 * CAPITAL scope to (checked at every read, each read written to their disclosure log).
 * A grantee whose grant ended is told so (SHARING_ENDED); anyone else is told it does not
 * exist, so whether a person has assessments is not revealed. Notes are never shared:
 * callers leave them out for anyone but the owner.
 */
@Injectable()
export class RecoveryCapitalAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consent: ConsentGrants,
  ) {}

  /** Resolves when the viewer may read this part (`what`) of the owner's recovery capital now. */
  async assertCanRead(viewer: Viewer, ownerId: string, what: string): Promise<void> {
    if (viewer.userId === ownerId) return;
    await this.consent.requireRead(viewer.userId, ownerId, SharingScope.CAPITAL, what, notShared);
  }

  /** Resolves when someone else shares their recovery capital with the viewer now; reads nothing, so logs nothing. */
  async assertSharedWith(viewer: Viewer, ownerId: string): Promise<void> {
    const refusal = await this.refusal(viewer, ownerId);
    if (refusal) throw refusal;
  }

  /** Null while someone else shares their recovery capital with the viewer, else what the viewer is told. */
  async refusal(viewer: Viewer, ownerId: string): Promise<KindredError | null> {
    if (viewer.userId === ownerId) return notShared();
    if (await this.consent.activeGrant(this.dataSource.manager, ownerId, viewer.userId, SharingScope.CAPITAL)) return null;
    return this.consent.refusal(this.dataSource.manager, ownerId, viewer.userId, SharingScope.CAPITAL, notShared);
  }

  /** The notice that goes with recovery capital shared with the viewer, in their language. */
  redisclosureNotice(viewer: Viewer): Promise<string> {
    return this.consent.redisclosureNotice(viewer.userId);
  }
}
