import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MentorshipStatus } from './mentorship-status';

/** A request for mentorship and, once accepted, the mentorship itself. */
@Entity({ name: 'mentorships' })
export class Mentorship {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'uuid' })
  mentorId!: string;

  /** The alliance where the mentor is vetted and the member belongs. */
  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'text', enum: MentorshipStatus })
  status!: MentorshipStatus;

  /** The member's words to the mentor; FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  intro!: string | null;

  @Column({ type: 'uuid', nullable: true })
  conversationId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endedBy!: string | null;

  /** Private to whoever ended it; FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  endReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  helpRequestedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  helpRequestedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  helpResolvedAt!: Date | null;
}

/** One step in a mentorship's history. */
@Entity({ name: 'mentorship_events' })
export class MentorshipEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  mentorshipId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;
}
