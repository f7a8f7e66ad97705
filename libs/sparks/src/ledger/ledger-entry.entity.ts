import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Which way money moved. Stored as text: never rename a value. */
export enum LedgerEntryKind {
  /** Money put into the fund. */
  BUDGET_ADDED = 'BUDGET_ADDED',
  /** Set aside for an approved application. */
  RESERVED = 'RESERVED',
  /** A reservation given back, when an approved application is cancelled. */
  RELEASED = 'RELEASED',
  /** A reservation paid out. */
  DISBURSED = 'DISBURSED',
}

/** One movement of a fund's money. Append-only (a trigger refuses changes but forgetting the actor). */
@Entity({ name: 'spark_ledger' })
export class LedgerEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  fundId!: string;

  /** Null only for budget added. */
  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ type: 'text', enum: LedgerEntryKind })
  kind!: LedgerEntryKind;

  /** Positive minor units; the kind says which way. */
  @Column({ type: 'integer' })
  amount!: number;

  @Column({ type: 'text' })
  currency!: string;

  /** Who recorded it; null once their account is erased. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;
}
