import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ContentVisibility } from '@kindred/core';

/**
 * One message. The body is a FieldCipher ciphertext bound to this row; the id is chosen before
 * inserting so the body can be sealed with it. `authorId` is null once the author was erased.
 */
@Entity({ name: 'messages' })
export class Message {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  conversationId!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  replyToId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Set by moderation; anything but VISIBLE shows to others as "held for review". */
  @Column({ type: 'text', default: ContentVisibility.VISIBLE, enum: ContentVisibility })
  visibility!: ContentVisibility;

  /** Why it is held: a category code of automatic moderation, or null when a moderator hid it. */
  @Column({ type: 'text', nullable: true })
  visibilityReason!: string | null;
}
