import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { NotFoundError, isUuid } from '@kindred/core';
import { Conversation } from './conversation.entity';
import { ConversationParticipant } from './conversation-participant.entity';
import { MessagingMessages } from '../messaging.messages';

export interface Participation {
  conversation: Conversation;
  participant: ConversationParticipant;
}

/** The one message for a conversation someone is not in: it does not say whether it exists. */
export const conversationNotFound = (): NotFoundError => new NotFoundError(MessagingMessages.CONVERSATION_NOT_FOUND());

/**
 * Who is in a conversation now. Every read and write of a conversation starts here, so a
 * person who left or was removed is refused everywhere at once, including live streams.
 */
@Injectable()
export class ConversationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Outside a transaction, checks made in the same tick (one live event re-checked for every
   * subscriber) share two queries. Nothing is cached between events.
   */
  private readonly participations = new DataLoader<string, Participation | null>(
    async (keys) => {
      const pairs = keys.map((key) => key.split(' ') as [string, string]);
      const conversationIds = [...new Set(pairs.map(([conversationId]) => conversationId))];
      const userIds = [...new Set(pairs.map(([, userId]) => userId))];
      const participants = await this.dataSource
        .getRepository(ConversationParticipant)
        .findBy({ conversationId: In(conversationIds), userId: In(userIds), leftAt: IsNull() });
      const conversations = new Map(
        (await this.dataSource.getRepository(Conversation).findBy({ id: In(conversationIds) })).map((conversation) => [conversation.id, conversation]),
      );
      const byKey = new Map(participants.map((participant) => [`${participant.conversationId} ${participant.userId}`, participant]));
      return keys.map((key) => {
        const participant = byKey.get(key);
        const conversation = participant && conversations.get(participant.conversationId);
        return participant && conversation ? { conversation, participant } : null;
      });
    },
    { cache: false },
  );

  /** The conversation and the person's active participation, or null: one query. */
  async find(manager: EntityManager, userId: string, conversationId: string): Promise<Participation | null> {
    if (!isUuid(conversationId)) return null;
    // The shared manager (no transaction of its own) is every live event's case: batched.
    if (!manager.queryRunner) return this.participations.load(`${conversationId} ${userId}`);
    const participant = await manager.getRepository(ConversationParticipant).findOneBy({ conversationId, userId, leftAt: IsNull() });
    if (!participant) return null;
    const conversation = await manager.getRepository(Conversation).findOneBy({ id: conversationId });
    return conversation ? { conversation, participant } : null;
  }

  async require(manager: EntityManager, userId: string, conversationId: string): Promise<Participation> {
    const found = await this.find(manager, userId, conversationId);
    if (!found) throw conversationNotFound();
    return found;
  }

  /** Whether the person is in the conversation now. */
  async isActiveParticipant(userId: string, conversationId: string): Promise<boolean> {
    return isUuid(conversationId) && this.dataSource.getRepository(ConversationParticipant).existsBy({ conversationId, userId, leftAt: IsNull() });
  }
}

/** The other person of a direct or mentorship conversation, or null for a group. */
export function otherOfPair(conversation: Conversation, userId: string): string | null {
  if (conversation.pairLowId === userId) return conversation.pairHighId;
  if (conversation.pairHighId === userId) return conversation.pairLowId;
  return null;
}
