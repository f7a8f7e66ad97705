import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CipherContext, EncryptedColumn } from '@kindred/core';
import { RecoveryDomain } from './recovery-domain';

/**
 * The optional note on one domain of a rating. Only ciphertext is stored (AES-256-GCM via
 * FieldCipher), with the id of the key that sealed it so rotation can find old rows.
 */
@Entity({ name: 'domain_rating_notes' })
export class DomainRatingNote {
  @PrimaryColumn({ type: 'uuid' })
  ratingId!: string;

  @PrimaryColumn({ type: 'text', enum: RecoveryDomain })
  domain!: RecoveryDomain;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  ciphertext!: string;

  @Column({ type: 'text' })
  keyId!: string;
}

/**
 * Binds a note's ciphertext to its rating and domain: copied onto another rating, or another
 * person's, it no longer decrypts.
 */
export function noteCipherContext(ratingId: string, domain: RecoveryDomain): CipherContext {
  return { table: 'domain_rating_notes', column: 'ciphertext', rowId: `${ratingId}/${domain}` };
}

/** Where key rotation finds the notes: keyed by rating and domain, with the key id beside the ciphertext. */
export const DOMAIN_NOTE_COLUMN: EncryptedColumn = {
  table: 'domain_rating_notes',
  column: 'ciphertext',
  keyColumns: ['rating_id', 'domain'],
  keyIdColumn: 'key_id',
  context: (row) => noteCipherContext(row.rating_id, row.domain as RecoveryDomain),
};
