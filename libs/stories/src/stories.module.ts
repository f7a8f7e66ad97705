import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesModule } from '@kindred/alliances';
import { IdentityModule } from '@kindred/identity';
import { ModerationModule } from '@kindred/moderation';
import { NotificationsModule } from '@kindred/notifications';
import { StoryReaction } from './reactions/story-reaction.entity';
import { StoriesResolver } from './stories/stories.resolver';
import { StoriesService } from './stories/stories.service';
import { StoryContentSource } from './stories/story-content.source';
import { Story } from './stories/story.entity';

export const STORY_ENTITIES = [Story, StoryReaction];

/** API side of stories of hope: writing, review by moderators, reading and encouragement. */
@Module({
  imports: [TypeOrmModule.forFeature(STORY_ENTITIES), IdentityModule, AlliancesModule, ModerationModule, NotificationsModule],
  providers: [StoriesService, StoryContentSource, StoriesResolver],
})
export class StoriesModule {}
