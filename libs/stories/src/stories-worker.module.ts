import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesWorkerModule } from '@kindred/alliances';
import { StoriesPersonalData } from './privacy/stories-personal-data';
import { STORY_ENTITIES } from './stories.module';
import { StoryContentSource } from './stories/story-content.source';

/** Worker side of stories: stories as moderation's scan sees them, and their share of export and erasure. */
@Module({
  imports: [TypeOrmModule.forFeature(STORY_ENTITIES), AlliancesWorkerModule],
  providers: [StoryContentSource, StoriesPersonalData],
})
export class StoriesWorkerModule {}
