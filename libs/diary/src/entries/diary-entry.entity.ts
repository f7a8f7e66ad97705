import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CipherContext, EncryptedColumn } from '@kindred/core';

/**
 * One private diary entry. The text is stored only as FieldCipher ciphertext bound to this
 * row, with the id of the key that sealed it; date, mood and tags stay searchable.
 */
@Entity({ name: 'diary_entries' })
export class DiaryEntry {
  /** Chosen before encrypting, since the ciphertext is bound to it. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  /** The member's own calendar day, `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  entryDate!: string;

  /** FieldCipher ciphertext. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  keyId!: string;

  /** 1 (very low) to 5 (very good), when the member gave one. */
  @Column({ type: 'smallint', nullable: true })
  mood!: number | null;

  /** Recovery tag ids (libs/recovery tags). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  tags!: string[];

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;
}

/** Binds an entry's text to its row: copied onto another entry, or another person's, it no longer decrypts. */
export const diaryBodyContext = (entryId: string): CipherContext => ({ table: 'diary_entries', column: 'body', rowId: entryId });

/** Where key rotation finds diary text. */
export const DIARY_BODY_COLUMN: EncryptedColumn = {
  table: 'diary_entries',
  column: 'body',
  keyIdColumn: 'key_id',
  context: (row) => diaryBodyContext(row.id),
};
