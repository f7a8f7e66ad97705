import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a person was last sent a digest; its row lock keeps two workers from both sending. */
@Entity({ name: 'notification_digests' })
export class NotificationDigest {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz' })
  lastSentAt!: Date;
}
