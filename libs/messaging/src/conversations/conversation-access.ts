import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { NotFoundError } from '@kindred/core';
import { Conversation } from './conversation.entity';
import { ConversationParticipant } from './conversation-participant.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Participation {
  conversation: Conversation;
  participant: ConversationParticipant;
}

/** The one message for a conversation someone is not in: it does not say whether it exists. */
export const conversationNotFound = (): NotFoundError => new NotFoundError('We could not find that conversation.');

/**
 * Who is in a conversation now. Every read and write of a conversation starts here, so a
 * person who left or was removed is refused everywhere at once, including live streams.
 */
@Injectable()
export class ConversationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The conversation and the person's active participation, or null: one query. */
  async find(userId: string, conversationId: string, manager: EntityManager = this.dataSource.manager): Promise<Participation | null> {
    if (!UUID.test(conversationId)) return null;
    const participant = await manager.getRepository(ConversationParticipant).findOneBy({ conversationId, userId, leftAt: IsNull() });
    if (!participant) return null;
    const conversation = await manager.getRepository(Conversation).findOneBy({ id: conversationId });
    return conversation ? { conversation, participant } : null;
  }

  async require(userId: string, conversationId: string, manager?: EntityManager): Promise<Participation> {
    const found = await this.find(userId, conversationId, manager);
    if (!found) throw conversationNotFound();
    return found;
  }

  /** Whether the person is in the conversation now. */
  async isActiveParticipant(userId: string, conversationId: string): Promise<boolean> {
    return UUID.test(conversationId) && this.dataSource.getRepository(ConversationParticipant).existsBy({ conversationId, userId, leftAt: IsNull() });
  }
}

/** The other person of a direct or mentorship conversation, or null for a group. */
export function otherOfPair(conversation: Conversation, userId: string): string | null {
  if (conversation.pairLowId === userId) return conversation.pairHighId;
  if (conversation.pairHighId === userId) return conversation.pairLowId;
  return null;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
