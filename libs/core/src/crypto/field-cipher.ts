import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, type FieldEncryptionKey } from '../config/app-config';

/** Version tag of the ciphertext format below; a new format gets a new tag, old ones stay readable. */
const FORMAT = 'v1';
const ALGORITHM = 'aes-256-gcm';
/** 96-bit IVs are what GCM is designed for; random per encryption, never reused with a key. */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Where a ciphertext lives. It is bound into the authenticated data, so a ciphertext copied
 * to another row, column or table (say, someone else's note) fails to decrypt.
 */
export interface CipherContext {
  table: string;
  column: string;
  rowId: string;
}

/**
 * Thrown when a ciphertext cannot be read: tampered with, moved from its row, or sealed with
 * a key that is no longer configured. A fault of ours, never a person's mistake; its message
 * names no content.
 */
export class FieldDecryptionError extends Error {
  override readonly name = 'FieldDecryptionError';
}

interface ParsedCiphertext {
  keyId: string;
  iv: Buffer;
  sealed: Buffer;
}

function parse(ciphertext: string): ParsedCiphertext {
  const parts = ciphertext.split('.');
  const [format, keyId, iv, sealed] = parts;
  if (parts.length !== 4 || format !== FORMAT || !keyId || !iv || !sealed) {
    throw new FieldDecryptionError('Not a field ciphertext in a format Kindred knows');
  }
  return { keyId, iv: Buffer.from(iv, 'base64url'), sealed: Buffer.from(sealed, 'base64url') };
}

/**
 * The authenticated data: the format and key id (so the header cannot be edited) and the
 * ciphertext's place. NUL separators keep `a|b` + `c` from equalling `a` + `b|c`.
 */
function additionalData(keyId: string, context: CipherContext): Buffer {
  return Buffer.from([FORMAT, keyId, context.table, context.column, context.rowId].join('\u0000'), 'utf8');
}

/**
 * Field-level encryption for free text about a person (notes, diaries): AES-256-GCM with a
 * key from configuration. A ciphertext is self-describing —
 * `v1.<keyId>.<iv base64url>.<ciphertext and tag base64url>` — so rows sealed with an older
 * key still decrypt after rotation, and `needsRotation` finds the ones to re-encrypt.
 */
@Injectable()
export class FieldCipher {
  private readonly active: FieldEncryptionKey;
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(config: AppConfig) {
    const [active] = config.fieldEncryptionKeys;
    if (!active) throw new Error('No field-encryption key is configured');
    this.active = active;
    this.keys = new Map(config.fieldEncryptionKeys.map((entry) => [entry.id, entry.key]));
  }

  /** The key id new ciphertexts carry; store it with the row so rotation can find old rows. */
  get activeKeyId(): string {
    return this.active.id;
  }

  encrypt(plaintext: string, context: CipherContext): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.active.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(this.active.id, context));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [FORMAT, this.active.id, iv.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  decrypt(ciphertext: string, context: CipherContext): string {
    const { keyId, iv, sealed } = parse(ciphertext);
    const key = this.keys.get(keyId);
    if (!key) throw new FieldDecryptionError(`Field-encryption key "${keyId}" is not configured`);
    if (iv.length !== IV_BYTES || sealed.length < TAG_BYTES) throw new FieldDecryptionError('Field ciphertext is truncated');
    try {
      const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(additionalData(keyId, context));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      // GCM says only "unable to authenticate": tampered, moved to another row, or a wrong key.
      throw new FieldDecryptionError(`Field ciphertext failed authentication for ${context.table}.${context.column}`);
    }
  }

  /** The id of the key a ciphertext was sealed with. */
  keyIdOf(ciphertext: string): string {
    return parse(ciphertext).keyId;
  }

  /** Whether a ciphertext was sealed with a key other than the active one. */
  needsRotation(ciphertext: string): boolean {
    return this.keyIdOf(ciphertext) !== this.active.id;
  }

  /**
   * The ciphertext sealed with the active key, or null when it already is: for re-encrypting
   * stored rows after a new key is put first in FIELD_ENCRYPTION_KEYS.
   */
  reencrypt(ciphertext: string, context: CipherContext): string | null {
    if (!this.needsRotation(ciphertext)) return null;
    return this.encrypt(this.decrypt(ciphertext, context), context);
  }
}
