import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** When a person wants no email from Kindred, as local times in their own time zone. */
@Entity({ name: 'notification_quiet_hours' })
export class QuietHours {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  /** 'HH:MM', local time. */
  @Column({ type: 'text' })
  startsAt!: string;

  /** 'HH:MM', local time; earlier than startsAt when the quiet time wraps midnight. */
  @Column({ type: 'text' })
  endsAt!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
