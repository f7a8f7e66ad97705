import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RecoveryDomain } from '@kindred/recovery';
import { SuggestionKind, SuggestionStatus } from './suggestion-status';

/** A goal or a step suggested for a member's plan by someone they share it with. */
@Entity({ name: 'plan_suggestions' })
export class PlanSuggestion {
  /** Chosen before the insert: the ciphertexts are bound to it. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The member whose plan it is for. */
  @Column({ type: 'uuid' })
  ownerId!: string;

  /** Null only once the person who suggested it was erased. */
  @Column({ type: 'uuid', nullable: true })
  suggesterId!: string | null;

  @Column({ type: 'text', enum: SuggestionKind })
  kind!: SuggestionKind;

  /** For a goal. */
  @Column({ type: 'text', nullable: true, enum: RecoveryDomain })
  domain!: RecoveryDomain | null;

  /** For a step: the goal it is for. */
  @Column({ type: 'uuid', nullable: true })
  goalId!: string | null;

  /** FieldCipher ciphertext. */
  @Column({ type: 'text' })
  title!: string;

  /** FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  why!: string | null;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', enum: SuggestionStatus, default: SuggestionStatus.PENDING })
  status!: SuggestionStatus;

  /** The member's kind word back; FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  answerNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedGoalId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedStepId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt!: Date | null;
}
