import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Whether a fund takes applications and approvals. Stored as text: never rename a value. */
export enum SparkFundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/**
 * An alliance's pot for small sparks, with its rules. It has no balance column: what is left
 * is always summed from the ledger.
 */
@Entity({ name: 'spark_funds' })
export class SparkFund {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ type: 'text' })
  name!: string;

  /** ISO 4217; every amount in this fund is in it. */
  @Column({ type: 'text' })
  currency!: string;

  /** YYYY-MM-DD, in UTC. */
  @Column({ type: 'date' })
  periodStart!: string;

  /** YYYY-MM-DD, in UTC, inclusive. */
  @Column({ type: 'date' })
  periodEnd!: string;

  @Column({ type: 'integer' })
  perGrantCap!: number;

  /** The most one person may be granted from this fund over a rolling 12 months. */
  @Column({ type: 'integer' })
  perPersonCap!: number;

  /** Amounts of this or more need two coordinators' approvals; null means one always suffices. */
  @Column({ type: 'integer', nullable: true })
  dualApprovalThreshold!: number | null;

  /** Whether the person who records a payment must not be one of its approvers. */
  @Column({ type: 'boolean', default: true })
  separatePaymentFromApproval!: boolean;

  @Column({ type: 'text', default: SparkFundStatus.OPEN, enum: SparkFundStatus })
  status!: SparkFundStatus;

  @Column({ type: 'uuid', nullable: true })
  openedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  openedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  closedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
