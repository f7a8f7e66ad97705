import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PARTICIPANTS_CHANGED } from '../live/conversation-events';
import { ConversationEventsPublisher } from '../live/conversation-events.publisher';
import {
  deleteCircleConversation,
  insertCircleConversation,
  insertCircleOwner,
  leaveCircleConversation,
  renameCircleConversation,
} from './circle-conversations.queries';
import { joinAsMember } from './conversations.queries';

/**
 * The conversation of a member's support circle, for the circles domain: it decides who is
 * in the circle, and mirrors it here. The member owns the conversation.
 */
@Injectable()
export class CircleConversations {
  constructor(private readonly events: ConversationEventsPublisher) {}

  async open(manager: EntityManager, ownerId: string, title: string): Promise<string> {
    const row = await insertCircleConversation.one(manager, { ownerId, title });
    await insertCircleOwner.affected(manager, { conversationId: row!.id, ownerId });
    return row!.id;
  }

  async rename(manager: EntityManager, conversationId: string, title: string): Promise<void> {
    await renameCircleConversation.affected(manager, { conversationId, title });
  }

  /** Someone joining (or coming back) sees messages from now on, like anyone joining. */
  async join(manager: EntityManager, conversationId: string, userId: string): Promise<void> {
    await joinAsMember.affected(manager, { conversationId, userId });
  }

  async leave(manager: EntityManager, conversationId: string, userId: string): Promise<void> {
    await leaveCircleConversation.affected(manager, { conversationId, userId });
  }

  /**
   * The circle is gone with its member's account: its conversation goes too, with every message
   * and participation in it. It was about that person (titled after them, written to them), so
   * keeping it for the supporters would keep them.
   */
  async remove(manager: EntityManager, conversationId: string): Promise<void> {
    await deleteCircleConversation.affected(manager, { conversationId });
  }

  /** After the caller's transaction: live streams re-check who is in, so a removed supporter's ends. */
  async announce(conversationId: string, actorId: string): Promise<void> {
    await this.events.publish(conversationId, PARTICIPANTS_CHANGED, null, actorId);
  }
}
