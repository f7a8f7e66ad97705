import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A mentor taking a break (holiday, their own wellbeing) without leaving. */
@Entity({ name: 'mentor_availability' })
export class MentorAvailability {
  @PrimaryColumn({ type: 'uuid' })
  mentorId!: string;

  /** Null: available. */
  @Column({ type: 'timestamptz', nullable: true })
  unavailableUntil!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
