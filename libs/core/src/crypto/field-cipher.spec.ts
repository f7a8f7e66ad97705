import { AppConfig } from '../config/app-config';
import { FieldCipher, FieldDecryptionError, type CipherContext } from './field-cipher';

const KEY_OLD = Buffer.alloc(32, 1).toString('base64');
const KEY_NEW = Buffer.alloc(32, 2).toString('base64');

const cipherWith = (keys: string): FieldCipher => new FieldCipher(AppConfig.fromEnvironment({ FIELD_ENCRYPTION_KEYS: keys }));

const NOTE: CipherContext = { table: 'domain_rating_notes', column: 'ciphertext', rowId: 'rating-1/PEER_SUPPORT' };
const TEXT = 'Went to the Tuesday group again; it helped more than I expected. Café, naïve, 🙂';

/** Flips one bit of a base64url segment of the ciphertext. */
function flipBit(ciphertext: string, segment: 2 | 3): string {
  const parts = ciphertext.split('.');
  const bytes = Buffer.from(parts[segment] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[segment] = bytes.toString('base64url');
  return parts.join('.');
}

describe('FieldCipher', () => {
  const cipher = cipherWith(`k1:${KEY_OLD}`);

  it('round-trips text, and never shows it in the ciphertext', () => {
    const sealed = cipher.encrypt(TEXT, NOTE);
    expect(sealed).toMatch(/^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('Tuesday');
    expect(cipher.decrypt(sealed, NOTE)).toBe(TEXT);
    expect(cipher.decrypt(cipher.encrypt('', NOTE), NOTE)).toBe('');
  });

  it('uses a fresh IV each time, so equal notes do not look equal', () => {
    expect(cipher.encrypt(TEXT, NOTE)).not.toBe(cipher.encrypt(TEXT, NOTE));
  });

  it('detects tampering with the IV, the ciphertext or the header', () => {
    const sealed = cipher.encrypt(TEXT, NOTE);
    expect(() => cipher.decrypt(flipBit(sealed, 2), NOTE)).toThrow(FieldDecryptionError);
    expect(() => cipher.decrypt(flipBit(sealed, 3), NOTE)).toThrow(FieldDecryptionError);
    expect(() => cipher.decrypt(sealed.slice(0, -4), NOTE)).toThrow(FieldDecryptionError);
    expect(() => cipher.decrypt(sealed.replace(/^v1\./, 'v2.'), NOTE)).toThrow(FieldDecryptionError);
    expect(() => cipher.decrypt('plain text', NOTE)).toThrow(FieldDecryptionError);
  });

  it('refuses a ciphertext moved to another row, column or table', () => {
    const sealed = cipher.encrypt(TEXT, NOTE);
    expect(() => cipher.decrypt(sealed, { ...NOTE, rowId: 'rating-2/PEER_SUPPORT' })).toThrow(FieldDecryptionError);
    expect(() => cipher.decrypt(sealed, { ...NOTE, column: 'other' })).toThrow(FieldDecryptionError);
    expect(() => cipher.decrypt(sealed, { ...NOTE, table: 'diary_entries' })).toThrow(FieldDecryptionError);
  });

  it('says which key sealed a ciphertext, without naming content in its errors', () => {
    const sealed = cipher.encrypt(TEXT, NOTE);
    expect(cipher.keyIdOf(sealed)).toBe('k1');
    const error = (() => {
      try {
        cipher.decrypt(flipBit(sealed, 3), NOTE);
      } catch (caught) {
        return caught as Error;
      }
      return null;
    })();
    expect(error?.message).not.toContain('Tuesday');
  });

  describe('key rotation', () => {
    const before = cipherWith(`old:${KEY_OLD}`);
    const after = cipherWith(`new:${KEY_NEW},old:${KEY_OLD}`);

    it('still decrypts what the old key sealed, and writes with the first key', () => {
      const old = before.encrypt(TEXT, NOTE);
      expect(after.decrypt(old, NOTE)).toBe(TEXT);
      const fresh = after.encrypt(TEXT, NOTE);
      expect(after.keyIdOf(fresh)).toBe('new');
      expect(after.activeKeyId).toBe('new');
      expect(after.needsRotation(old)).toBe(true);
      expect(after.needsRotation(fresh)).toBe(false);
    });

    it('re-encrypts old ciphertexts with the active key and leaves current ones alone', () => {
      const old = before.encrypt(TEXT, NOTE);
      const rotated = after.reencrypt(old, NOTE);
      expect(rotated && after.keyIdOf(rotated)).toBe('new');
      expect(rotated && after.decrypt(rotated, NOTE)).toBe(TEXT);
      expect(after.reencrypt(after.encrypt(TEXT, NOTE), NOTE)).toBeNull();
    });

    it('cannot read a ciphertext once its key is removed from the configuration', () => {
      const old = before.encrypt(TEXT, NOTE);
      expect(() => cipherWith(`new:${KEY_NEW}`).decrypt(old, NOTE)).toThrow(/key "old" is not configured/);
    });

    it('refuses a ciphertext whose key id was swapped for another configured key', () => {
      const old = before.encrypt(TEXT, NOTE);
      expect(() => after.decrypt(old.replace(/^v1\.old\./, 'v1.new.'), NOTE)).toThrow(FieldDecryptionError);
    });
  });
});
