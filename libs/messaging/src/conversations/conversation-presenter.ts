import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ERASED_DISPLAY_NAME, PeopleDirectory } from '@kindred/identity';
import { MessagePresenter } from '../messages/message-presenter';
import type { Conversation } from './conversation.entity';
import { ConversationKind } from './conversation.entity';
import type { ConversationObject } from './conversation.types';
import { conversationDetails } from './conversations.queries';

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
    const rows = await conversationDetails.all(this.dataSource.manager, {
      viewerId,
      conversationIds: conversations.map((conversation) => conversation.id),
    });
    const details = new Map(rows.map((row) => [row.conversationId, row]));
    const names = await this.people.summaries(
      rows.flatMap((row) => [...row.participants.map((participant) => participant.userId), ...(row.last?.authorId ? [row.last.authorId] : [])]),
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
          lastMessage: row.last
            ? this.messages.toObject(
                viewerId,
                { ...row.last, conversationId: conversation.id },
                row.last.authorId ? nameOf(row.last.authorId) : ERASED_DISPLAY_NAME,
              )
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
