import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ContentVisibility } from '@kindred/core';
import { ERASED_DISPLAY_NAME, PeopleDirectory } from '@kindred/identity';
import { MessagePresenter } from '../messages/message-presenter';
import type { Message } from '../messages/message.entity';
import type { Conversation } from './conversation.entity';
import { ConversationKind } from './conversation.entity';
import type { ParticipantRole } from './conversation-participant.entity';
import type { ConversationObject } from './conversation.types';

interface ConversationDetailsRow {
  conversation_id: string;
  muted: boolean;
  unread: number;
  participants: { userId: string; role: ParticipantRole }[];
  last_id: string | null;
  last_author_id: string | null;
  last_body: string | null;
  last_reply_to_id: string | null;
  last_created_at: Date | null;
  last_edited_at: Date | null;
  last_deleted_at: Date | null;
  last_visibility: ContentVisibility | null;
  last_visibility_reason: string | null;
}

/**
 * What a participant sees of a page of conversations: the people, the newest message they
 * can see and their unread count. Two queries for any number of conversations (one with
 * LATERAL joins, one for names), so the list's SQL count does not grow with the page.
 */
@Injectable()
export class ConversationPresenter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly messages: MessagePresenter,
  ) {}

  async present(viewerId: string, conversations: readonly Conversation[]): Promise<ConversationObject[]> {
    if (conversations.length === 0) return [];
    // Unread: after the viewer's last read message (by time, then id), not their own, not
    // deleted, and not from before they joined (they cannot see those).
    const rows: ConversationDetailsRow[] = await this.dataSource.query(
      `SELECT p.conversation_id, p.muted, unread.count AS unread, people.list AS participants,
              last.id AS last_id, last.author_id AS last_author_id, last.body AS last_body,
              last.reply_to_id AS last_reply_to_id, last.created_at AS last_created_at,
              last.edited_at AS last_edited_at, last.deleted_at AS last_deleted_at,
              last.visibility AS last_visibility, last.visibility_reason AS last_visibility_reason
         FROM conversation_participants p
         LEFT JOIN messages lr ON lr.id = p.last_read_message_id
         LEFT JOIN LATERAL (
           SELECT m.id, m.author_id, m.body, m.reply_to_id, m.created_at, m.edited_at, m.deleted_at, m.visibility, m.visibility_reason
             FROM messages m
            WHERE m.conversation_id = p.conversation_id AND m.created_at >= p.joined_at
            ORDER BY m.created_at DESC, m.id DESC
            LIMIT 1
         ) last ON true
         LEFT JOIN LATERAL (
           SELECT count(*)::int AS count
             FROM messages m
            WHERE m.conversation_id = p.conversation_id AND m.created_at >= p.joined_at
              AND m.deleted_at IS NULL AND m.author_id IS DISTINCT FROM p.user_id
              AND (lr.id IS NULL OR (m.created_at, m.id) > (lr.created_at, lr.id))
         ) unread ON true
         LEFT JOIN LATERAL (
           SELECT coalesce(json_agg(json_build_object('userId', o.user_id, 'role', o.role) ORDER BY o.joined_at, o.user_id), '[]') AS list
             FROM conversation_participants o
            WHERE o.conversation_id = p.conversation_id AND o.left_at IS NULL
         ) people ON true
        WHERE p.user_id = $1 AND p.conversation_id = ANY($2::uuid[])`,
      [viewerId, conversations.map((conversation) => conversation.id)],
    );
    const details = new Map(rows.map((row) => [row.conversation_id, row]));
    const names = await this.people.summaries(
      rows.flatMap((row) => [...row.participants.map((participant) => participant.userId), ...(row.last_author_id ? [row.last_author_id] : [])]),
    );
    const nameOf = (userId: string): string => names.get(userId)?.displayName ?? ERASED_DISPLAY_NAME;

    return conversations.flatMap((conversation) => {
      const row = details.get(conversation.id);
      // Left between the page query and this one: leave it out rather than show it.
      if (!row) return [];
      const participants = row.participants.map(({ userId, role }) => ({ personId: userId, displayName: nameOf(userId), role }));
      const other = participants.find((participant) => participant.personId !== viewerId);
      return [
        {
          id: conversation.id,
          kind: conversation.kind,
          title:
            conversation.kind === ConversationKind.GROUP || conversation.kind === ConversationKind.CIRCLE
              ? (conversation.title ?? '')
              : (other?.displayName ?? ERASED_DISPLAY_NAME),
          allianceId: conversation.allianceId,
          participants,
          lastMessage: row.last_id
            ? this.messages.toObject(viewerId, lastMessageOf(conversation.id, row), row.last_author_id ? nameOf(row.last_author_id) : ERASED_DISPLAY_NAME)
            : null,
          unreadCount: row.unread,
          muted: row.muted,
          lastActivityAt: conversation.lastMessageAt,
          archived: conversation.archivedAt !== null,
        },
      ];
    });
  }
}

function lastMessageOf(
  conversationId: string,
  row: ConversationDetailsRow,
): Pick<Message, 'id' | 'conversationId' | 'authorId' | 'body' | 'replyToId' | 'createdAt' | 'editedAt' | 'deletedAt' | 'visibility' | 'visibilityReason'> {
  return {
    id: row.last_id ?? '',
    conversationId,
    authorId: row.last_author_id,
    body: row.last_body ?? '',
    replyToId: row.last_reply_to_id,
    createdAt: row.last_created_at ?? new Date(0),
    editedAt: row.last_edited_at,
    deletedAt: row.last_deleted_at,
    visibility: row.last_visibility ?? ContentVisibility.VISIBLE,
    visibilityReason: row.last_visibility_reason,
  };
}
