import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  PageArgs,
  PlatformRole,
  Public,
  RequestContext,
  RequireRoles,
  SignedIn,
  type Connection,
  type GraphqlContext,
  type Viewer,
} from '@kindred/core';
import { EncouragementKind } from '../reactions/story-reaction.entity';
import { StoriesService } from './stories.service';
import { PublicStoryConnection, PublicStoryObject, StoryConnection, StoryInput, StoryObject, StoryWrittenObject } from './story.types';

@Resolver()
export class StoriesResolver {
  constructor(private readonly service: StoriesService) {}

  @SignedIn()
  @Query(() => StoryConnection, { description: 'Published stories of hope you may read, newest first.' })
  stories(@Args() page: PageArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<StoryObject>> {
    return this.service.published(viewer, page);
  }

  @Public(
    'the public door: stories of hope their authors chose to share with everyone, approved by a moderator; nothing about an author but the name they chose to show',
  )
  @Query(() => PublicStoryConnection, {
    description: 'Published stories their authors shared with everyone, for the public door, newest first (at most 20 at a time). No sign-in needed.',
  })
  publicStories(@Args() page: PageArgs, @RequestContext() context: GraphqlContext): Promise<Connection<PublicStoryObject>> {
    return this.service.publicly(page, context.clientIp);
  }

  @SignedIn()
  @Query(() => [StoryObject], { description: 'The stories you wrote, newest first, whatever their status.' })
  myStories(@CurrentViewer() viewer: Viewer): Promise<StoryObject[]> {
    return this.service.mine(viewer);
  }

  @RequireRoles(PlatformRole.MEMBER, PlatformRole.PEER_MENTOR)
  @Mutation(() => StoryWrittenObject, { description: 'Writes a story of recovery; a moderator approves it before anyone reads it.' })
  writeStory(
    @Args('input', { type: () => StoryInput, description: 'The story.' }) input: StoryInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StoryWrittenObject> {
    return this.service.write(viewer, input);
  }

  @SignedIn()
  @Mutation(() => StoryWrittenObject, { description: 'Changes your story; it goes back to a moderator before it is read again.' })
  editStory(
    @Args('storyId', { type: () => ID, description: 'Your story.' }) storyId: string,
    @Args('input', { type: () => StoryInput, description: 'The new title and text (the audience stays as chosen).' }) input: StoryInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StoryWrittenObject> {
    return this.service.edit(viewer, storyId, input);
  }

  @SignedIn()
  @Mutation(() => StoryObject, { description: 'Takes your story back; nobody reads it any more.' })
  withdrawStory(@Args('storyId', { type: () => ID, description: 'Your story.' }) storyId: string, @CurrentViewer() viewer: Viewer): Promise<StoryObject> {
    return this.service.withdraw(viewer, storyId);
  }

  @SignedIn()
  @Mutation(() => StoryObject, { description: 'Sends encouragement to the author of a story you can read, or takes it back.' })
  encourageStory(
    @Args('storyId', { type: () => ID, description: 'The story.' }) storyId: string,
    @Args('kind', { type: () => EncouragementKind, description: 'The encouragement.' }) kind: EncouragementKind,
    @Args('on', { defaultValue: true, description: 'False to take it back.' }) on: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StoryObject> {
    return this.service.encourage(viewer, storyId, kind, on);
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Query(() => [StoryObject], { description: 'Stories waiting for review in the alliances you moderate, oldest first.' })
  storiesForReview(@CurrentViewer() viewer: Viewer): Promise<StoryObject[]> {
    return this.service.forReview(viewer);
  }

  @RequireRoles(PlatformRole.MODERATOR, PlatformRole.ADMIN)
  @Mutation(() => StoryObject, { description: 'Approves a story for publication, or declines it with a kind note to its author.' })
  reviewStory(
    @Args('storyId', { type: () => ID, description: 'The story.' }) storyId: string,
    @Args('approve', { description: 'True to publish it.' }) approve: boolean,
    @Args('note', { type: () => String, nullable: true, description: 'For the author; required when declining.' }) note: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StoryObject> {
    return this.service.review(viewer, storyId, approve, note ?? null);
  }
}
