import { DiscoveryService } from '@nestjs/core';
import type { CipherContext } from './field-cipher';

/** The values of a row's key columns, by column name, as text. */
export type RowKey = Readonly<Record<string, string>>;

/**
 * A column holding FieldCipher ciphertext, declared by the domain that owns its table so key
 * rotation can reach it without knowing the domain.
 */
export interface EncryptedColumn {
  table: string;
  /** The ciphertext column; null values are skipped. */
  column: string;
  /** The columns that identify a row, in the table's key order. Defaults to `['id']`. */
  keyColumns?: readonly string[];
  /**
   * The column holding the key id beside the ciphertext, when the table has one: rotation finds
   * stale rows by it and keeps it equal to the ciphertext's key id (add a CHECK that says so).
   */
  keyIdColumn?: string;
  /** The context the row's ciphertext was sealed with, from its key (e.g. `(row) => storyBodyContext(row.id)`). */
  context: (row: RowKey) => CipherContext;
}

const encryptedColumnsMarker = DiscoveryService.createDecorator<readonly EncryptedColumn[]>();

/** The decorator the registry discovers declarations by. */
export const ENCRYPTED_COLUMNS_DECORATOR = encryptedColumnsMarker;

/**
 * Declares the encrypted columns of a domain's tables on one of its providers (usually its
 * `@PersonalData()` contributor), so `npm run rotate-keys` re-encrypts them after a new key
 * is put first in FIELD_ENCRYPTION_KEYS. Every column FieldCipher writes must be declared.
 */
export function EncryptedColumns(columns: readonly EncryptedColumn[]): ClassDecorator {
  return encryptedColumnsMarker(columns);
}
