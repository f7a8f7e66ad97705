import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind } from './notification-kind';

/**
 * Something Kindred told a person. Ids only: the words are rendered when the person reads
 * it, in their language, and never quote what anyone wrote.
 */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The person told. */
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', enum: NotificationKind })
  kind!: NotificationKind;

  /**
   * What it is about (a conversation, a request, a grant), for the client to link to. Never a
   * person; the column is named `subject_ref` so the personal-data scan does not read it as one.
   */
  @Column({ type: 'uuid', name: 'subject_ref', nullable: true })
  subjectId!: string | null;

  /** Who caused it, when someone did; set to null when that person is erased. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Shown in the app (the person's preference for this kind when it was sent). */
  @Column({ type: 'boolean' })
  inApp!: boolean;

  /** To be mentioned in the next email digest (the person opted in for this kind). */
  @Column({ type: 'boolean' })
  emailDue!: boolean;

  /** To be pushed to the person's devices (they want this kind by push and have a device). */
  @Column({ type: 'boolean', default: false })
  pushDue!: boolean;

  /** When its push was sent, or skipped (quiet hours, already read); null while still to do. */
  @Column({ type: 'timestamptz', nullable: true })
  pushSettledAt!: Date | null;

  /** The person agreed this may reach them during their quiet hours (channels that hold back, such as push, honour it). */
  @Column({ type: 'boolean', default: false })
  throughQuietHours!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** When a digest mentioning it was queued; a notification is in at most one digest. */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
