import { MentorGender } from '@kindred/recovery';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RecoveryDomain, RecoveryPathway, WeeklySlot } from '@kindred/recovery';

export enum MentorApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  DECLINED = 'DECLINED',
  VETTED = 'VETTED',
  PAUSED = 'PAUSED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Nobody mentors more people at once than this, whoever sets the number (the database checks it too). */
export const MOST_MENTOR_PLACES = 20;

/**
 * A member's application to mentor in one alliance, and afterwards the state of their
 * vetting there. Only VETTED mentors are ever suggested to members.
 */
@Entity({ name: 'mentor_applications' })
export class MentorApplication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** Ciphertext (AES-256-GCM, key id inside): see MentorVettingService. */
  @Column({ type: 'text' })
  livedExperienceSummary!: string;

  @Column({ type: 'text', array: true })
  pathways!: RecoveryPathway[];

  @Column({ type: 'smallint' })
  yearsInRecovery!: number;

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', array: true })
  focusDomains!: RecoveryDomain[];

  /** Weekly slots in the applicant's own time zone. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  availability!: WeeklySlot[];

  @Column({ type: 'smallint' })
  maxMentees!: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  trainingCompleted!: string[];

  /** Optional, self-described; only used to honour a member's preference. */
  @Column({ type: 'text', nullable: true, enum: MentorGender })
  gender!: MentorGender | null;

  @Column({ type: 'text', default: MentorApplicationStatus.SUBMITTED, enum: MentorApplicationStatus })
  status!: MentorApplicationStatus;

  /** The coordinator's words to the applicant: changes asked for, or why declined, paused or withdrawn. */
  @Column({ type: 'text', nullable: true })
  coordinatorMessage!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
