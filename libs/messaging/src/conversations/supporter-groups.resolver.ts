import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, UsePolicy, type Viewer } from '@kindred/core';
import { ConversationObject, SupporterGroupObject } from './conversation.types';
import { ConversationsService } from './conversations.service';
import { CoordinatesGroupAlliancePolicy } from './coordinates-group-alliance.policy';
import { SupporterGroups } from './supporter-groups';

@Resolver()
export class SupporterGroupsResolver {
  constructor(
    private readonly groups: SupporterGroups,
    private readonly conversations: ConversationsService,
  ) {}

  @UsePolicy(CoordinatesGroupAlliancePolicy)
  @Mutation(() => ConversationObject, {
    description: 'Starts a supporter group for an alliance, where families and friends support each other (its coordinators only, who moderate it).',
  })
  createSupporterGroup(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('title', { type: () => String, description: 'The group’s title, up to 100 characters.' }) title: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return this.conversations.createAllianceGroup(viewer.userId, allianceId, title, true);
  }

  @SignedIn()
  @Query(() => [SupporterGroupObject], { description: 'An alliance’s supporter groups, for its supporters and coordinators.' })
  supporterGroups(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SupporterGroupObject[]> {
    return this.groups.list(viewer, allianceId);
  }

  @SignedIn()
  @Mutation(() => ConversationObject, { description: 'Joins a supporter group of an alliance you support in.' })
  joinSupporterGroup(
    @Args('conversationId', { type: () => ID, description: 'The group.' }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return this.groups.join(viewer, conversationId);
  }
}
