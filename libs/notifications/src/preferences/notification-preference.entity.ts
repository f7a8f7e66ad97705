import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NotificationKind } from '../notifications/notification-kind';

/**
 * A person's choice for one kind. There is a row only where they changed the default
 * (see DEFAULT_PREFERENCE): in the app yes, by email no, until they opt in.
 */
@Entity({ name: 'notification_preferences' })
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text', enum: NotificationKind })
  kind!: NotificationKind;

  @Column({ type: 'boolean' })
  inApp!: boolean;

  @Column({ type: 'boolean' })
  email!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Privacy first: nothing leaves Kindred by email unless the person asked for it. */
export const DEFAULT_PREFERENCE = { inApp: true, email: false } as const;
