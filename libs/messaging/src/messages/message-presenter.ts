import { Injectable } from '@nestjs/common';
import { ContentVisibility, FieldCipher } from '@kindred/core';
import { ERASED_DISPLAY_NAME, heldReasonText, PeopleDirectory, type Locale } from '@kindred/identity';
import { EDIT_WINDOW_MINUTES, messageBodyContext } from './message-body';
import type { Message } from './message.entity';
import type { MessageObject } from './message.types';

/** Rows without a decrypted body: enough to decide who needs a name. */
type MessageRow = Pick<
  Message,
  'id' | 'conversationId' | 'authorId' | 'body' | 'replyToId' | 'createdAt' | 'editedAt' | 'deletedAt' | 'visibility' | 'visibilityReason'
>;

/**
 * Turns message rows into what a participant sees: the body decrypted unless deleted, and
 * author names in one batched lookup whatever the number of messages.
 */
@Injectable()
export class MessagePresenter {
  /**
   * Bodies already decrypted, by loaded row: a live event reaches every subscriber of a
   * conversation with the same row object, so it is decrypted once per event, not once per
   * subscriber. Held weakly, it lasts as long as the row does.
   */
  private readonly bodies = new WeakMap<MessageRow, { sealed: string; text: string }>();

  constructor(
    private readonly cipher: FieldCipher,
    private readonly people: PeopleDirectory,
  ) {}

  async present(viewerId: string, rows: readonly MessageRow[]): Promise<MessageObject[]> {
    const authors = await this.people.summaries(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])));
    // The author's language is needed only to explain their own held messages.
    const ownHeld = rows.some((row) => row.authorId === viewerId && row.visibility !== ContentVisibility.VISIBLE);
    const locale = ownHeld ? ((await this.people.settings([viewerId])).get(viewerId)?.locale ?? 'en') : 'en';
    return rows.map((row) =>
      this.toObject(viewerId, row, row.authorId ? (authors.get(row.authorId)?.displayName ?? ERASED_DISPLAY_NAME) : ERASED_DISPLAY_NAME, locale),
    );
  }

  /** With the author's name already known (the conversation list loads names once for everything). */
  toObject(viewerId: string, row: MessageRow, authorDisplayName: string, locale: Locale = 'en'): MessageObject {
    const deleted = row.deletedAt !== null;
    const sentByMe = row.authorId !== null && row.authorId === viewerId;
    const held = row.visibility !== ContentVisibility.VISIBLE;
    return {
      id: row.id,
      conversationId: row.conversationId,
      authorId: row.authorId,
      authorDisplayName: row.authorId ? authorDisplayName : ERASED_DISPLAY_NAME,
      sentByMe,
      // A deleted message's text stays sealed in the row for moderation; nobody is shown it.
      // A held one is shown to its author only.
      body: deleted || (held && !sentByMe) ? null : this.bodyOf(row),
      deleted,
      heldForReview: held,
      heldReason: held && sentByMe && !deleted ? heldReasonText(row.visibilityReason, row.visibility === ContentVisibility.HIDDEN, locale) : null,
      languageSuggestions: [],
      replyToId: row.replyToId,
      createdAt: row.createdAt,
      editedAt: row.editedAt,
      // The same window editing enforces, so the app never keeps its own copy of the rule.
      editableUntil: sentByMe && !deleted ? new Date(row.createdAt.getTime() + EDIT_WINDOW_MINUTES * 60_000) : null,
    };
  }

  private bodyOf(row: MessageRow): string {
    const known = this.bodies.get(row);
    if (known?.sealed === row.body) return known.text;
    const text = this.cipher.decrypt(row.body, messageBodyContext(row.id));
    this.bodies.set(row, { sealed: row.body, text });
    return text;
  }
}
