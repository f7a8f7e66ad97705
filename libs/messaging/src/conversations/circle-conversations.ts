import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PARTICIPANTS_CHANGED } from '../live/conversation-events';
import { ConversationEventsPublisher } from '../live/conversation-events.publisher';
import { ConversationKind } from './conversation.entity';

/**
 * The conversation of a member's support circle, for the circles domain: it decides who is
 * in the circle, and mirrors it here. The member owns the conversation.
 */
@Injectable()
export class CircleConversations {
  constructor(private readonly events: ConversationEventsPublisher) {}

  async open(manager: EntityManager, ownerId: string, title: string): Promise<string> {
    const [row]: { id: string }[] = await manager.query(`INSERT INTO conversations (kind, title, created_by) VALUES ($1, $2, $3) RETURNING id`, [
      ConversationKind.CIRCLE,
      title,
      ownerId,
    ]);
    await manager.query(`INSERT INTO conversation_participants (conversation_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [row!.id, ownerId]);
    return row!.id;
  }

  async rename(manager: EntityManager, conversationId: string, title: string): Promise<void> {
    await manager.query(`UPDATE conversations SET title = $2 WHERE id = $1 AND kind = $3`, [conversationId, title, ConversationKind.CIRCLE]);
  }

  /** Someone joining (or coming back) sees messages from now on, like anyone joining. */
  async join(manager: EntityManager, conversationId: string, userId: string): Promise<void> {
    await manager.query(
      `INSERT INTO conversation_participants (conversation_id, user_id, role) VALUES ($1, $2, 'MEMBER')
       ON CONFLICT (conversation_id, user_id) DO UPDATE
         SET left_at = NULL, joined_at = now(), last_read_message_id = NULL, last_read_at = NULL, role = 'MEMBER'
         WHERE conversation_participants.left_at IS NOT NULL`,
      [conversationId, userId],
    );
  }

  async leave(manager: EntityManager, conversationId: string, userId: string): Promise<void> {
    await manager.query(`UPDATE conversation_participants SET left_at = now() WHERE conversation_id = $1 AND user_id = $2 AND left_at IS NULL`, [
      conversationId,
      userId,
    ]);
  }

  /**
   * The circle is gone with its member's account: its conversation goes too, with every message
   * and participation in it. It was about that person (titled after them, written to them), so
   * keeping it for the supporters would keep them.
   */
  async remove(manager: EntityManager, conversationId: string): Promise<void> {
    await manager.query(`DELETE FROM conversations WHERE id = $1 AND kind = $2`, [conversationId, ConversationKind.CIRCLE]);
  }

  /** After the caller's transaction: live streams re-check who is in, so a removed supporter's ends. */
  async announce(conversationId: string, actorId: string): Promise<void> {
    await this.events.publish(conversationId, PARTICIPANTS_CHANGED, null, actorId);
  }
}
