import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CipherContext } from '@kindred/core';

/** A member's recovery start date, which they may set, change or clear. */
@Entity({ name: 'recovery_journeys' })
export class RecoveryJourney {
  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'date' })
  startedOn!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A setback the member noted: private to them, never shown to others as a reset. */
@Entity({ name: 'setbacks' })
export class Setback {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'date' })
  occurredOn!: string;

  /** The member's optional note, FieldCipher ciphertext. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  noteKeyId!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  recordedAt!: Date;
}

/** A milestone reached, celebrated once. */
@Entity({ name: 'milestone_celebrations' })
export class MilestoneCelebration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @Column({ type: 'integer' })
  days!: number;

  @Column({ type: 'date' })
  reachedOn!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

export const setbackNoteContext = (setbackId: string): CipherContext => ({ table: 'setbacks', column: 'note', rowId: setbackId });
