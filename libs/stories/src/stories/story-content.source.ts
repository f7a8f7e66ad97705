import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
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
import { Story, StoryStatus } from './story.entity';
import { storyBodyContext, storyTitleContext } from './story-text';

/** Stories as moderation sees them: title and body together. */
@ModeratedContent()
@Injectable()
export class StoryContentSource implements ModeratedContentSource {
  readonly kind = ContentKind.STORY;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly alliances: AllianceDirectory,
  ) {}

  async load(manager: EntityManager, id: string): Promise<ModeratedItem | null> {
    const story = isUuid(id) ? await manager.getRepository(Story).findOneBy({ id }) : null;
    if (!story || story.status === StoryStatus.WITHDRAWN) return null;
    return {
      kind: ContentKind.STORY,
      id,
      authorId: story.authorId,
      text: `${this.cipher.decrypt(story.title, storyTitleContext(id))}\n${this.cipher.decrypt(story.body, storyBodyContext(id))}`,
      allianceIds: story.allianceId ? [story.allianceId] : null,
      visibility: story.visibility,
      createdAt: story.createdAt,
      changedAt: story.updatedAt,
    };
  }

  async setVisibility(manager: EntityManager, id: string, visibility: ContentVisibility, reason: string | null): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Story)
      .set({ visibility, visibilityReason: visibility === ContentVisibility.VISIBLE ? null : reason })
      .where('id = :id AND visibility <> :visibility', { id, visibility })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Stories are read on request, not followed live. */
  async announce(): Promise<void> {}

  /** Its readers: published to everyone, or to an alliance the reader belongs to. */
  async isVisibleTo(viewerId: string, id: string): Promise<boolean> {
    const story = isUuid(id) ? await this.dataSource.getRepository(Story).findOneBy({ id }) : null;
    if (!story || story.status !== StoryStatus.PUBLISHED || story.visibility !== ContentVisibility.VISIBLE) return false;
    return story.allianceId === null || (await this.alliances.activeAllianceIdsOf(this.dataSource.manager, viewerId)).includes(story.allianceId);
  }

  async context(id: string): Promise<ContextEntry[]> {
    return itemAsContext(await this.load(this.dataSource.manager, id));
  }
}
