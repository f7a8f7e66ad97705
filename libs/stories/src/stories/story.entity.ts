import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ContentVisibility } from '@kindred/core';

export enum StoryStatus {
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * A story of recovery. Published to one alliance, or to everyone on Kindred when `allianceId`
 * is null, only after a moderator approved it; a story to everyone may also be shared on the
 * public door (`isPublic`), chosen by its author. Title and body are FieldCipher ciphertext.
 */
@Entity({ name: 'stories' })
export class Story {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  allianceId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', default: StoryStatus.PENDING_REVIEW, enum: StoryStatus })
  status!: StoryStatus;

  @Column({ type: 'text', default: ContentVisibility.VISIBLE, enum: ContentVisibility })
  visibility!: ContentVisibility;

  @Column({ type: 'text', nullable: true })
  visibilityReason!: string | null;

  /** Also shown to people not signed in, on the public door; only for a story to everyone. */
  @Column({ type: 'boolean', default: false })
  isPublic!: boolean;

  /** Whether the public door names the author (their display name); otherwise it says "a member". */
  @Column({ type: 'boolean', default: false })
  showsNamePublicly!: boolean;

  /** The moderator's words to the author when declining. */
  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  /** When the author last changed the text; set by the service, not by moderation. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
