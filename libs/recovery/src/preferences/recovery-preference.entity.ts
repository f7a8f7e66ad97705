import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum RecoveryPathway {
  ABSTINENCE_BASED = 'ABSTINENCE_BASED',
  MEDICATION_ASSISTED = 'MEDICATION_ASSISTED',
  HARM_REDUCTION = 'HARM_REDUCTION',
}

export enum MentorGender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  NON_BINARY = 'NON_BINARY',
}

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

/** A weekly window, in the person's own time zone (their account's timeZone). */
export interface WeeklySlot {
  day: Weekday;
  /** "HH:MM", 00:00–23:59. */
  start: string;
  /** "HH:MM", after start; 24:00 means until midnight. */
  end: string;
}

/** What a member would like from matching: one row per person, replaced as a whole. */
@Entity({ name: 'recovery_preferences' })
export class RecoveryPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'`, enum: RecoveryPathway })
  pathways!: RecoveryPathway[];

  /** Null: no preference. */
  @Column({ type: 'text', nullable: true, enum: MentorGender })
  preferredMentorGender!: MentorGender | null;

  /** ISO 639-1 codes. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages!: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  availability!: WeeklySlot[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
