import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum EmailTemplate {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  /** Notifications' digest: says there is something new, never what. */
  NOTIFICATIONS_DIGEST = 'NOTIFICATIONS_DIGEST',
}

/**
 * The mail outbox: an email to send, written in the transaction that decides it. It holds
 * no address and no token: the worker reads the current address and mints any token at
 * send time, so neither sits in a table or in Redis waiting.
 */
@Entity({ name: 'outgoing_emails' })
export class OutgoingEmail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  template!: EmailTemplate;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}
