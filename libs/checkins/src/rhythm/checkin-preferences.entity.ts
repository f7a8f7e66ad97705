import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Weekday } from '@kindred/recovery';
import { CheckinCadence } from './checkin-rhythm';

/** A member's check-in rhythm, their consent to early-help alerts, and how often to offer a re-assessment. */
@Entity({ name: 'checkin_preferences' })
export class CheckinPreferences {
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  /** Null when the member wants no reminders. */
  @Column({ type: 'text', nullable: true, enum: CheckinCadence })
  cadence!: CheckinCadence | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  days!: Weekday[];

  /** 'HH:MM' in the member's own time zone. */
  @Column({ type: 'text', nullable: true })
  localTime!: string | null;

  /** The next reminder, computed in the member's time zone and out of their quiet hours. */
  @Column({ type: 'timestamptz', nullable: true })
  nextReminderAt!: Date | null;

  /** Reminders sent since the member last checked in: the missed-check-ins rule counts these. */
  @Column({ type: 'integer', default: 0 })
  remindersSinceCheckin!: number;

  /** When the member agreed that their mentor is alerted if early help is offered; null when they did not. */
  @Column({ type: 'timestamptz', nullable: true })
  mentorAlertsSince!: Date | null;

  /** Days between offers to retake the recovery capital assessment; 0 for never. */
  @Column({ type: 'integer', default: 30 })
  reassessEveryDays!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
