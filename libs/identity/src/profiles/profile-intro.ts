import { BadUserInputError, type CipherContext } from '@kindred/core';
import { IdentityMessages } from '../identity.messages';

export const MAX_PROFILE_INTRO_LENGTH = 1000;

export const profileIntroContext = (userId: string): CipherContext => ({ table: 'users', column: 'profile_intro', rowId: userId });

/** Trimmed text of at most 1000 characters, or null to remove the introduction. */
export function checkProfileIntro(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length === 0) return null;
  const length = [...trimmed].length;
  if (length > MAX_PROFILE_INTRO_LENGTH) {
    throw new BadUserInputError(IdentityMessages.PROFILE_INTRO_TOO_LONG({ length, max: MAX_PROFILE_INTRO_LENGTH }), {
      field: 'intro',
    });
  }
  return trimmed;
}
