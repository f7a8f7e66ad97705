import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { EventBus, LOGGER } from '@kindred/core';
import type { MessageEventKind } from '../messages/message.types';
import { conversationTopic, PARTICIPANTS_CHANGED, type ConversationEvent } from './conversation-events';

/** Announces what happened in a conversation to its live subscribers, after the fact is committed. */
@Injectable()
export class ConversationEventsPublisher {
  constructor(
    private readonly bus: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async publish(conversationId: string, kind: MessageEventKind | typeof PARTICIPANTS_CHANGED, messageId: string | null, actorId: string | null): Promise<void> {
    const event: ConversationEvent = { kind, conversationId, messageId, actorId };
    try {
      await this.bus.publish(conversationTopic(conversationId), event);
    } catch (error) {
      // The fact is already in Postgres and history shows it; a lost live event only delays it.
      this.logger.warn({ conversationId, kind, err: error instanceof Error ? error.message : 'unknown' }, 'live conversation event not published');
    }
  }
}
