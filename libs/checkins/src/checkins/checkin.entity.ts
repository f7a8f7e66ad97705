import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CipherContext } from '@kindred/core';

/** One short check-in: how the day feels, cravings, what helped and what got in the way. */
@Entity({ name: 'checkins' })
export class Checkin {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  /** 1 (very low) to 5 (very good). */
  @Column({ type: 'smallint' })
  mood!: number;

  /** 0 (none) to 10 (very strong). */
  @Column({ type: 'smallint' })
  cravings!: number;

  /** The optional wellbeing note, FieldCipher ciphertext: only its owner ever reads it. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The key the note was sealed with, so rotation finds old rows without parsing them. */
  @Column({ type: 'text', nullable: true })
  noteKeyId!: string | null;

  /** Recovery tag ids (see @kindred/recovery's RECOVERY_TAGS). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags!: string[];

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  checkedInAt!: Date;
}

export const checkinNoteContext = (checkinId: string): CipherContext => ({ table: 'checkins', column: 'note', rowId: checkinId });
