import { dictionary } from '@zxcvbn-ts/language-common';
import { BadUserInputError } from '@kindred/core';
import { IdentityMessages } from '../identity.messages';

export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome; the cap only keeps hashing bounded. */
export const MAX_PASSWORD_LENGTH = 256;

/** About 49,000 passwords seen most often in breaches (the zxcvbn-ts common list). */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/**
 * NIST SP 800-63B style: a minimum length, no composition rules, and a refusal of
 * passwords known from breach lists or built from the person's own details.
 */
export function checkPassword(password: string, personal: { email?: string; displayName?: string } = {}): void {
  const field = { field: 'password' };
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new BadUserInputError(IdentityMessages.PASSWORD_TOO_SHORT({ min: MIN_PASSWORD_LENGTH }), field);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new BadUserInputError(IdentityMessages.PASSWORD_TOO_LONG({ max: MAX_PASSWORD_LENGTH }), field);
  }
  const lowered = password.toLowerCase();
  const collapsed = lowered.replace(/[^a-z0-9]/g, '');
  // "sunshine2024!" is as guessable as "sunshine": attackers try common words with a suffix.
  const withoutSuffix = lowered.replace(/[\d\W_]+$/, '');
  if (
    COMMON_PASSWORDS.has(lowered) ||
    COMMON_PASSWORDS.has(collapsed) ||
    COMMON_PASSWORDS.has(withoutSuffix) ||
    /^(.)\1+$/.test(password) ||
    isSequence(lowered)
  ) {
    throw new BadUserInputError(IdentityMessages.PASSWORD_TOO_COMMON(), field);
  }
  const personalWords = [personal.email?.split('@')[0], personal.displayName]
    .filter((word): word is string => Boolean(word && word.length >= 4))
    .map((word) => word.toLowerCase());
  if (personalWords.some((word) => collapsed === word.replace(/[^a-z0-9]/g, ''))) {
    throw new BadUserInputError(IdentityMessages.PASSWORD_IS_PERSONAL(), field);
  }
}

function isSequence(value: string): boolean {
  const sequences = ['0123456789012345678901234567890', 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];
  return sequences.some((sequence) => sequence.includes(value));
}
