import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ReportOutcome, type ReportReason } from '../moderation.enums';

/** Someone's report; the reporter learns the outcome, never the details. */
@Entity({ name: 'moderation_reports' })
export class ModerationReport {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  reporterId!: string;

  @Column({ type: 'text' })
  reason!: ReportReason;

  /** The reporter's own words; FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'text', nullable: true, enum: ReportOutcome })
  outcome!: ReportOutcome | null;

  @Column({ type: 'timestamptz', nullable: true })
  outcomeAt!: Date | null;
}
