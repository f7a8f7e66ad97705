import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A step in an application's life. Stored as text: never rename a value. */
export enum SparkEventKind {
  CREATED = 'CREATED',
  SUBMITTED = 'SUBMITTED',
  RESUBMITTED = 'RESUBMITTED',
  MORE_INFO_REQUESTED = 'MORE_INFO_REQUESTED',
  /** One approval of two. */
  APPROVAL_RECORDED = 'APPROVAL_RECORDED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  DISBURSED = 'DISBURSED',
  RECEIPT_CONFIRMED = 'RECEIPT_CONFIRMED',
  FOLLOW_UP_SHARED = 'FOLLOW_UP_SHARED',
  CANCELLED = 'CANCELLED',
}

/** One entry in an application's timeline; `notifiedAt` once the worker has told people about it. */
@Entity({ name: 'spark_application_events' })
export class SparkApplicationEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  applicationId!: string;

  @Column({ type: 'text', enum: SparkEventKind })
  kind!: SparkEventKind;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt!: Date | null;
}
