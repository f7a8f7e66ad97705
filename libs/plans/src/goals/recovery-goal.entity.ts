import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { RecoveryDomain } from '@kindred/recovery';
import { GoalStatus } from './goal-status';

/** A goal in a member's recovery plan. The member owns it, whoever suggested it. */
@Entity({ name: 'recovery_goals' })
export class RecoveryGoal {
  /** Chosen before the insert: the ciphertexts are bound to it. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'text', enum: RecoveryDomain })
  domain!: RecoveryDomain;

  /** FieldCipher ciphertext. */
  @Column({ type: 'text' })
  title!: string;

  /** FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  why!: string | null;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', enum: GoalStatus, default: GoalStatus.ACTIVE })
  status!: GoalStatus;

  /** Who suggested it; null when the member wrote it. */
  @Column({ type: 'uuid', nullable: true })
  suggestedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}

/** One entry in a goal's timeline: its first status, then each change. */
@Entity({ name: 'recovery_goal_events' })
export class RecoveryGoalEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'text', nullable: true, enum: GoalStatus })
  fromStatus!: GoalStatus | null;

  @Column({ type: 'text', enum: GoalStatus })
  toStatus!: GoalStatus;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;
}
