import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum MentorReportReason {
  INACTIVE = 'INACTIVE',
  UNSUITABLE = 'UNSUITABLE',
  OTHER = 'OTHER',
}

/** A member's report of an inactive or unsuitable mentor, for the alliance's coordinators. */
@Entity({ name: 'mentor_reports' })
export class MentorReport {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  mentorshipId!: string;

  @Column({ type: 'uuid' })
  reporterId!: string;

  @Column({ type: 'uuid' })
  mentorId!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'text', enum: MentorReportReason })
  reason!: MentorReportReason;

  /** FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  handledBy!: string | null;
}
