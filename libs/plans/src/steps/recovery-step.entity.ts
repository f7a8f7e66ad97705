import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One step towards a goal, in the order the member chose. */
@Entity({ name: 'recovery_goal_steps' })
export class RecoveryStep {
  /** Chosen before the insert: the ciphertext is bound to it. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  goalId!: string;

  /** FieldCipher ciphertext. */
  @Column({ type: 'text' })
  title!: string;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'integer' })
  position!: number;

  /** Who suggested it; null when the member wrote it. */
  @Column({ type: 'uuid', nullable: true })
  suggestedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}
