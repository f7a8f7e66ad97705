import { Injectable } from '@nestjs/common';
import { FieldCipher } from '@kindred/core';
import { ERASED_DISPLAY_NAME, PeopleDirectory } from '@kindred/identity';
import { messageBodyContext } from './message-body';
import type { Message } from './message.entity';
import type { MessageObject } from './message.types';

/** Rows without a decrypted body: enough to decide who needs a name. */
type MessageRow = Pick<Message, 'id' | 'conversationId' | 'authorId' | 'body' | 'replyToId' | 'createdAt' | 'editedAt' | 'deletedAt'>;

/**
 * Turns message rows into what a participant sees: the body decrypted unless deleted, and
 * author names in one batched lookup whatever the number of messages.
 */
@Injectable()
export class MessagePresenter {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly people: PeopleDirectory,
  ) {}

  async present(viewerId: string, rows: readonly MessageRow[]): Promise<MessageObject[]> {
    const authors = await this.people.summaries(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])));
    return rows.map((row) => this.toObject(viewerId, row, row.authorId ? (authors.get(row.authorId)?.displayName ?? ERASED_DISPLAY_NAME) : ERASED_DISPLAY_NAME));
  }

  /** With the author's name already known (the conversation list loads names once for everything). */
  toObject(viewerId: string, row: MessageRow, authorDisplayName: string): MessageObject {
    const deleted = row.deletedAt !== null;
    return {
      id: row.id,
      conversationId: row.conversationId,
      authorId: row.authorId,
      authorDisplayName: row.authorId ? authorDisplayName : ERASED_DISPLAY_NAME,
      sentByMe: row.authorId !== null && row.authorId === viewerId,
      // A deleted message's text stays sealed in the row for moderation; nobody is shown it.
      body: deleted ? null : this.cipher.decrypt(row.body, messageBodyContext(row.id)),
      deleted,
      replyToId: row.replyToId,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
    };
  }
}
