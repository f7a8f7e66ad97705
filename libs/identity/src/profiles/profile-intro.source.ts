import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ContentKind,
  ContentVisibility,
  FieldCipher,
  ModeratedContent,
  itemAsContext,
  type ContextEntry,
  type ModeratedContentSource,
  type ModeratedItem,
  isUuid,
} from '@kindred/core';
import { User } from '../accounts/user.entity';
import { profileIntroContext } from './profile-intro';
import { setProfileIntroVisibility } from './profiles.queries';

/** Profile introductions as moderation sees them; the content id is the person's id. */
@ModeratedContent()
@Injectable()
export class ProfileIntroSource implements ModeratedContentSource {
  readonly kind = ContentKind.PROFILE;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async load(manager: EntityManager, id: string): Promise<ModeratedItem | null> {
    const user = isUuid(id) ? await manager.getRepository(User).findOneBy({ id }) : null;
    if (!user?.profileIntro || user.erasedAt) return null;
    return {
      kind: ContentKind.PROFILE,
      id,
      authorId: id,
      text: this.cipher.decrypt(user.profileIntro, profileIntroContext(id)),
      allianceIds: null,
      visibility: user.profileIntroVisibility,
      createdAt: user.updatedAt,
      changedAt: user.updatedAt,
    };
  }

  /** Plain SQL so updated_at keeps meaning "the person changed their account", not "moderation looked". */
  async setVisibility(manager: EntityManager, id: string, visibility: ContentVisibility, reason: string | null): Promise<boolean> {
    const affected = await setProfileIntroVisibility.affected(manager, {
      userId: id,
      visibility,
      reason: visibility === ContentVisibility.VISIBLE ? null : reason,
    });
    return affected > 0;
  }

  /** Profiles are read on request, not followed live. */
  async announce(): Promise<void> {}

  async isVisibleTo(_viewerId: string, id: string): Promise<boolean> {
    return (await this.load(this.dataSource.manager, id)) !== null;
  }

  async context(id: string): Promise<ContextEntry[]> {
    return itemAsContext(await this.load(this.dataSource.manager, id));
  }
}
