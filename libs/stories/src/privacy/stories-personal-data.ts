import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { StoryReaction } from '../reactions/story-reaction.entity';
import { Story } from '../stories/story.entity';
import { storyBodyContext, storyTitleContext } from '../stories/story-text';

/**
 * Stories' share of export and erasure. Export: the person's stories (decrypted) and the
 * encouragement they sent. Erasure: their stories and reactions are deleted (a story is
 * the person's own account of their life), and their id is removed where they reviewed.
 */
@EncryptedColumns([
  { table: 'stories', column: 'title', context: (row) => storyTitleContext(row.id) },
  { table: 'stories', column: 'body', context: (row) => storyBodyContext(row.id) },
])
@PersonalData()
@Injectable()
export class StoriesPersonalData implements PersonalDataContributor {
  readonly domain = 'stories';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'stories', personColumns: ['author_id', 'reviewed_by'] },
    { table: 'story_reactions', personColumns: ['user_id'] },
  ];

  constructor(private readonly cipher: FieldCipher) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const stories = await manager.getRepository(Story).find({ where: { authorId: userId }, order: { createdAt: 'ASC' } });
    const reactions = await manager.getRepository(StoryReaction).find({ where: { userId }, order: { createdAt: 'ASC' } });
    return {
      stories: stories.map((story) => ({
        id: story.id,
        title: this.cipher.decrypt(story.title, storyTitleContext(story.id)),
        body: this.cipher.decrypt(story.body, storyBodyContext(story.id)),
        allianceId: story.allianceId,
        sharedOnThePublicPage: story.isPublic,
        nameShownThere: story.showsNamePublicly,
        status: story.status,
        reviewNote: story.reviewNote,
        publishedAt: story.publishedAt,
        writtenAt: story.createdAt,
      })),
      encouragementSent: reactions.map((reaction) => ({ storyId: reaction.storyId, kind: reaction.kind, sentAt: reaction.createdAt })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(StoryReaction, { userId });
    await manager.delete(Story, { authorId: userId });
    await manager.update(Story, { reviewedBy: userId }, { reviewedBy: null });
  }
}
