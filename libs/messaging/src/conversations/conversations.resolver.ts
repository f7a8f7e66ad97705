import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AcknowledgementObject, acknowledged, CurrentViewer, PageArgs, SignedIn, UsePolicy, type Connection, type Viewer } from '@kindred/core';
import { CoordinatesGroupAlliancePolicy } from './coordinates-group-alliance.policy';
import { AllianceGroupObject, ConversationConnection, ConversationObject } from './conversation.types';
import { ConversationsService } from './conversations.service';
import { MessagingMessages } from '../messaging.messages';

@Resolver(() => ConversationObject)
export class ConversationsResolver {
  constructor(private readonly conversations: ConversationsService) {}

  @SignedIn()
  @Query(() => ConversationConnection, { description: 'Your conversations, most recent activity first, each with its last message and unread count.' })
  myConversations(@Args() page: PageArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<ConversationObject>> {
    return this.conversations.mine(viewer.userId, page);
  }

  @SignedIn()
  @Query(() => ConversationObject, { description: 'One conversation you take part in.' })
  conversation(@Args('id', { type: () => ID, description: 'The conversation.' }) id: string, @CurrentViewer() viewer: Viewer): Promise<ConversationObject> {
    return this.conversations.get(viewer.userId, id);
  }

  @SignedIn()
  @Mutation(() => ConversationObject, {
    description: 'Opens your conversation with someone you share an alliance, a mentorship or a circle with (the existing one if there is one).',
  })
  startDirectConversation(
    @Args('withUserId', { type: () => ID, description: 'The person to talk with.' }) withUserId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return this.conversations.startDirect(viewer, withUserId);
  }

  @UsePolicy(CoordinatesGroupAlliancePolicy)
  @Mutation(() => ConversationObject, { description: 'Starts a group conversation for an alliance, such as a family support group (its coordinators only).' })
  createAllianceGroup(
    @Args('allianceId', { type: () => ID, description: 'The alliance the group belongs to.' }) allianceId: string,
    @Args('title', { type: () => String, description: 'The group’s title, up to 100 characters.' }) title: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return this.conversations.createAllianceGroup(viewer.userId, allianceId, title);
  }

  @UsePolicy(CoordinatesGroupAlliancePolicy)
  @Query(() => [AllianceGroupObject], {
    description: 'Every group conversation of an alliance, members’ and supporters’, with who is in each (its coordinators only; never the messages).',
  })
  allianceGroups(@Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string): Promise<AllianceGroupObject[]> {
    return this.conversations.allianceGroups(allianceId);
  }

  @SignedIn()
  @Mutation(() => ConversationObject, { description: 'Adds a person of the group’s alliance to a group (its owner or the alliance’s coordinators).' })
  addGroupParticipant(
    @Args('conversationId', { type: () => ID, description: 'The group.' }) conversationId: string,
    @Args('userId', { type: () => ID, description: 'The person to add.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return this.conversations.addGroupParticipant(viewer.userId, conversationId, userId);
  }

  @SignedIn()
  @Mutation(() => ConversationObject, {
    description: 'Takes a person out of a group (its owner or the alliance’s coordinators); they stop receiving it at once.',
  })
  removeGroupParticipant(
    @Args('conversationId', { type: () => ID, description: 'The group.' }) conversationId: string,
    @Args('userId', { type: () => ID, description: 'The person to remove.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return this.conversations.removeGroupParticipant(viewer.userId, conversationId, userId);
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Leaves a group conversation.' })
  async leaveConversation(
    @Args('conversationId', { type: () => ID, description: 'The group to leave.' }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.conversations.leave(viewer.userId, conversationId);
    return acknowledged(MessagingMessages.GROUP_LEFT());
  }

  @SignedIn()
  @Mutation(() => ConversationObject, { description: 'Marks a conversation read, up to a message or to the newest one.' })
  markConversationRead(
    @Args('conversationId', { type: () => ID, description: 'The conversation.' }) conversationId: string,
    @Args('upToMessageId', { type: () => ID, nullable: true, description: 'The last message read (default: the newest).' }) upToMessageId: string | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return this.conversations.markRead(viewer.userId, conversationId, upToMessageId);
  }

  @SignedIn()
  @Mutation(() => ConversationObject, { description: 'Mutes or unmutes a conversation: muted, messages still arrive but without notifications.' })
  muteConversation(
    @Args('conversationId', { type: () => ID, description: 'The conversation.' }) conversationId: string,
    @Args('muted', { type: () => Boolean, description: 'True to mute, false to unmute.' }) muted: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConversationObject> {
    return this.conversations.mute(viewer.userId, conversationId, muted);
  }
}
