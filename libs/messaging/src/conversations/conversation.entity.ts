import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ConversationKind {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
  MENTORSHIP = 'MENTORSHIP',
  CIRCLE = 'CIRCLE',
}

/** A place where people exchange messages: two people, a group, a mentor and a member, or a member's support circle. */
@Entity({ name: 'conversations' })
export class Conversation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', enum: ConversationKind })
  kind!: ConversationKind;

  /** Set for groups; a direct or mentorship conversation is named after the other person. */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'uuid', nullable: true })
  allianceId!: string | null;

  /** The two people of a direct or mentorship conversation, lower id first (unique pair). */
  @Column({ type: 'uuid', nullable: true })
  pairLowId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  pairHighId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Last activity: the newest message, or the creation; the conversation list is ordered by it. */
  @Column({ type: 'timestamptz', default: () => 'now()', precision: 3 })
  lastMessageAt!: Date;

  /** Set when the mentorship behind it ends: readable, no longer writable. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  /** An alliance group for families and friends, which the alliance's supporters may join themselves. */
  @Column({ type: 'boolean', default: false })
  supporterGroup!: boolean;
}
