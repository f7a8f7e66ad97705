import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EarlyHelpReason } from './early-help-rules';

/** A stretch during which early help was offered for one reason; closed when things look up. */
@Entity({ name: 'early_help_episodes' })
export class EarlyHelpEpisode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'text' })
  reason!: EarlyHelpReason;

  @Column({ type: 'timestamptz', precision: 3 })
  openedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

/** An alert to a consenting member's mentor: who and why in general words, never what they wrote or scored. */
@Entity({ name: 'early_help_alerts' })
export class EarlyHelpAlert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  episodeId!: string;

  @Column({ type: 'uuid' })
  mentorId!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  seenAt!: Date | null;
}
