import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ParticipantRole {
  OWNER = 'OWNER',
  MEMBER = 'MEMBER',
}

/** A person's place in a conversation: active until `leftAt`, with their read position and mute. */
@Entity({ name: 'conversation_participants' })
export class ConversationParticipant {
  @PrimaryColumn({ type: 'uuid' })
  conversationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', default: ParticipantRole.MEMBER, enum: ParticipantRole })
  role!: ParticipantRole;

  /** Messages from this moment on are visible to the participant (see ConversationAccess). */
  @Column({ type: 'timestamptz', default: () => 'now()', precision: 3 })
  joinedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  muted!: boolean;

  @Column({ type: 'uuid', nullable: true })
  lastReadMessageId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastReadAt!: Date | null;
}
