import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Connection, type Viewer } from '@kindred/core';
import { ConversationMessagesArgs } from '../conversations/conversation.types';
import { MessageLive } from '../live/message-live.service';
import { MessageConnection, MessageEventObject, MessageObject } from './message.types';
import { MessagesService } from './messages.service';

@Resolver(() => MessageObject)
export class MessagesResolver {
  constructor(
    private readonly service: MessagesService,
    private readonly live: MessageLive,
  ) {}

  @SignedIn()
  @Query(() => MessageConnection, { description: 'A conversation’s messages, newest first (only for its participants).' })
  messages(@Args() args: ConversationMessagesArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<MessageObject>> {
    return this.service.history(viewer.userId, args.conversationId, args);
  }

  @SignedIn()
  @Mutation(() => MessageObject, { description: 'Sends a message of 1 to 4000 characters, optionally replying to another in the conversation.' })
  sendMessage(
    @Args('conversationId', { type: () => ID, description: 'The conversation.' }) conversationId: string,
    @Args('body', { type: () => String, description: 'The text, 1 to 4000 characters.' }) body: string,
    @Args('replyToId', { type: () => ID, nullable: true, description: 'The message this one answers.' }) replyToId: string | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MessageObject> {
    return this.service.send(viewer.userId, conversationId, body, replyToId);
  }

  @SignedIn()
  @Mutation(() => MessageObject, { description: 'Corrects your own message, within 15 minutes of sending it.' })
  editMessage(
    @Args('messageId', { type: () => ID, description: 'Your message.' }) messageId: string,
    @Args('body', { type: () => String, description: 'The corrected text, 1 to 4000 characters.' }) body: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MessageObject> {
    return this.service.edit(viewer.userId, messageId, body);
  }

  @SignedIn()
  @Mutation(() => MessageObject, { description: 'Deletes your own message: others see that it was deleted, not what it said.' })
  deleteMessage(
    @Args('messageId', { type: () => ID, description: 'Your message.' }) messageId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MessageObject> {
    return this.service.delete(viewer.userId, messageId);
  }

  @SignedIn()
  @Subscription(() => MessageEventObject, {
    description: 'Messages added, edited, deleted and read in a conversation you are in; ends if you leave or are removed.',
    resolve: (event: MessageEventObject) => event,
  })
  messageEvents(
    @Args('conversationId', { type: () => ID, description: 'The conversation to follow.' }) conversationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncGenerator<MessageEventObject>> {
    return this.live.watch(viewer, conversationId);
  }
}
