import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AppealStatus } from '../moderation.enums';

/** A person's one appeal against a decision, decided by a different moderator. */
@Entity({ name: 'moderation_appeals' })
export class ModerationAppeal {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'uuid' })
  appellantId!: string;

  /** FieldCipher ciphertext. */
  @Column({ type: 'text' })
  statement!: string;

  @Column({ type: 'text', enum: AppealStatus, default: AppealStatus.PENDING })
  status!: AppealStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
