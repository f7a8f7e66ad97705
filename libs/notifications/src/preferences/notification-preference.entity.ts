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

  /** Pushed to the devices the person subscribed. */
  @Column({ type: 'boolean', default: true })
  push!: boolean;

  /** May reach them by push during their quiet hours; only for kinds that allow it (see QUIET_HOURS_BREAKING_KINDS). */
  @Column({ type: 'boolean', default: false })
  breakQuietHours!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * Privacy first: nothing leaves Kindred by email unless the person asked for it. Push reaches
 * only devices the person subscribed (that is their opt-in), so it is on per kind; nothing
 * breaks quiet hours unless they allowed it.
 */
export const DEFAULT_PREFERENCE = { inApp: true, email: false, push: true, breakQuietHours: false } as const;
