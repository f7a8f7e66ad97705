import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ContentKind,
  ContentVisibility,
  FieldCipher,
  ModeratedContent,
  type ContextEntry,
  type ModeratedContentSource,
  type ModeratedItem,
  isUuid,
} from '@kindred/core';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationEventsPublisher } from '../live/conversation-events.publisher';
import { messageBodyContext } from '../messages/message-body';
import { Message } from '../messages/message.entity';
import { MessageEventKind } from '../messages/message.types';
import { isMessageVisibleTo } from './message-content.queries';

/** Messages as moderation sees them. A deleted message is gone for moderation too. */
@ModeratedContent()
@Injectable()
export class MessageContentSource implements ModeratedContentSource {
  readonly kind = ContentKind.MESSAGE;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly events: ConversationEventsPublisher,
  ) {}

  async load(manager: EntityManager, id: string): Promise<ModeratedItem | null> {
    const message = isUuid(id) ? await manager.getRepository(Message).findOneBy({ id }) : null;
    if (!message || message.deletedAt) return null;
    const conversation = await manager.getRepository(Conversation).findOneBy({ id: message.conversationId });
    return {
      kind: ContentKind.MESSAGE,
      id,
      authorId: message.authorId,
      text: this.cipher.decrypt(message.body, messageBodyContext(id)),
      allianceIds: conversation?.allianceId ? [conversation.allianceId] : null,
      visibility: message.visibility,
      createdAt: message.createdAt,
      changedAt: message.editedAt ?? message.createdAt,
    };
  }

  async setVisibility(manager: EntityManager, id: string, visibility: ContentVisibility, reason: string | null): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Message)
      .set({ visibility, visibilityReason: visibility === ContentVisibility.VISIBLE ? null : reason })
      .where('id = :id AND visibility <> :visibility', { id, visibility })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async announce(id: string): Promise<void> {
    const message = await this.dataSource.getRepository(Message).findOne({ select: { id: true, conversationId: true }, where: { id } });
    if (message) await this.events.publish(message.conversationId, MessageEventKind.MODERATED, id, null);
  }

  /** A current participant who was there when it was sent. */
  async isVisibleTo(viewerId: string, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const row = await isMessageVisibleTo.one(this.dataSource.manager, { messageId: id, viewerId });
    return row?.visible ?? false;
  }

  async context(id: string, radius: number): Promise<ContextEntry[]> {
    const subject = isUuid(id) ? await this.dataSource.getRepository(Message).findOneBy({ id }) : null;
    if (!subject) return [];
    const around = (direction: 'before' | 'after'): Promise<Message[]> =>
      this.dataSource
        .getRepository(Message)
        .createQueryBuilder('message')
        .where('message.conversation_id = :conversationId', { conversationId: subject.conversationId })
        .andWhere(direction === 'before' ? '(message.created_at, message.id) < (:createdAt, :id)' : '(message.created_at, message.id) > (:createdAt, :id)', {
          createdAt: subject.createdAt,
          id,
        })
        .orderBy('message.created_at', direction === 'before' ? 'DESC' : 'ASC')
        .addOrderBy('message.id', direction === 'before' ? 'DESC' : 'ASC')
        .limit(radius)
        .getMany();
    const [before, after] = await Promise.all([around('before'), around('after')]);
    return [...before.reverse(), subject, ...after].map((message) => ({
      id: message.id,
      authorId: message.authorId,
      // Deleted neighbours stay sealed, for moderators as for everyone.
      text: message.deletedAt ? '' : this.cipher.decrypt(message.body, messageBodyContext(message.id)),
      createdAt: message.createdAt,
      visibility: message.visibility,
      isSubject: message.id === id,
    }));
  }
}
