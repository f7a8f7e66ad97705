import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The text a message had before an edit, kept for moderation only: never shown to people. */
@Entity({ name: 'message_versions' })
export class MessageVersion {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  messageId!: string;

  /** Sealed with this version's own row id, like the message body. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  replacedAt!: Date;
}
