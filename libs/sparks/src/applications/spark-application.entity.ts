import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SparkApplicationStatus } from './application-status';
import { FollowUpOutcome, PaymentMethod, SparkCategory } from './spark-enums';

/**
 * A member's application to a fund, from draft to receipt. Free text is FieldCipher
 * ciphertext; erasure removes the applicant and the text and keeps the figures.
 */
@Entity({ name: 'spark_applications' })
export class SparkApplication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  fundId!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  /** Null once the applicant's account is erased. */
  @Column({ type: 'uuid', nullable: true })
  applicantId!: string | null;

  /** Minor units, in `currency` (the fund's). */
  @Column({ type: 'integer' })
  amount!: number;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'text', enum: SparkCategory })
  category!: SparkCategory;

  /** What next step the grant helps with; ciphertext. */
  @Column({ type: 'text', nullable: true })
  nextStep!: string | null;

  /** A goal in the member's recovery plan; plans live in another domain, so no foreign key. */
  @Column({ type: 'uuid', nullable: true })
  recoveryGoalId!: string | null;

  /** YYYY-MM-DD. */
  @Column({ type: 'date' })
  neededBy!: string;

  @Column({ type: 'text', enum: SparkApplicationStatus, default: SparkApplicationStatus.DRAFT })
  status!: SparkApplicationStatus;

  /** Decided at each submission from the amount and the fund's threshold. */
  @Column({ type: 'smallint', default: 1 })
  approvalsRequired!: number;

  /** The coordinators' question when they asked for more information; ciphertext. */
  @Column({ type: 'text', nullable: true })
  infoRequest!: string | null;

  /** The kind reason given with a decline; ciphertext. */
  @Column({ type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'text', nullable: true, enum: PaymentMethod })
  paymentMethod!: PaymentMethod | null;

  /** The voucher number, transfer reference or supplier invoice; ciphertext. */
  @Column({ type: 'text', nullable: true })
  paymentReference!: string | null;

  @Column({ type: 'text', nullable: true, enum: FollowUpOutcome })
  followUpOutcome!: FollowUpOutcome | null;

  /** ciphertext. */
  @Column({ type: 'text', nullable: true })
  followUpNote!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  /** The first submission: days to decision count from here. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  disbursedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  disbursedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}

/** One coordinator's approval; two distinct ones when the amount is at or above the threshold. */
@Entity({ name: 'spark_approvals' })
export class SparkApproval {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  approvedAt!: Date;
}
