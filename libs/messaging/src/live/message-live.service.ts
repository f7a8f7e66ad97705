import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventBus, endingWithSource, type Viewer } from '@kindred/core';
import { BlockList } from '../blocks/block-list.service';
import { ConversationAccess, otherOfPair } from '../conversations/conversation-access';
import { MessagesService } from '../messages/messages.service';
import type { MessageEventKind, MessageEventObject } from '../messages/message.types';
import { conversationTopic, PARTICIPANTS_CHANGED, type ConversationEvent } from './conversation-events';

/**
 * Live events of one conversation for one viewer. Authorized when subscribing and again for
 * every event: a viewer no longer in the conversation gets nothing more and their stream
 * ends; while a block stands in a two-person conversation, events are held back. Each
 * message is reloaded from the database, as the viewer may see it now.
 */
@Injectable()
export class MessageLive {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly access: ConversationAccess,
    private readonly blocks: BlockList,
    private readonly messages: MessagesService,
  ) {}

  async watch(viewer: Viewer, conversationId: string): Promise<AsyncGenerator<MessageEventObject>> {
    // Listen first, then check: an event between the two is buffered, not missed.
    const events = await this.bus.subscribe<ConversationEvent>(conversationTopic(conversationId));
    try {
      await this.access.require(this.dataSource.manager, viewer.userId, conversationId);
    } catch (error) {
      await events.return?.();
      throw error;
    }
    const { access, blocks, messages, dataSource } = this;
    const stream = (async function* stream(): AsyncGenerator<MessageEventObject> {
      try {
        for await (const event of events) {
          const participation = await access.find(dataSource.manager, viewer.userId, conversationId);
          if (!participation) return;
          if (event.kind === PARTICIPANTS_CHANGED || !event.messageId) continue;
          const other = otherOfPair(participation.conversation, viewer.userId);
          if (other && (await blocks.isBlockedEitherWay(dataSource.manager, viewer.userId, other))) continue;
          const message = await messages.visibleTo(viewer.userId, participation.participant, event.messageId);
          if (!message) continue;
          yield { kind: event.kind as MessageEventKind, conversationId, message, actorId: event.actorId };
        }
      } finally {
        await events.return?.();
      }
    })();
    return endingWithSource(stream, events);
  }
}
