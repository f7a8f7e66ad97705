import { BadUserInputError } from '@kindred/core';
import type { Locale } from './user.entity';
import { IdentityMessages } from '../identity.messages';

export const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'fr'];

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@.]{2,}$/;

/** Lower-cased and trimmed, or a clear error. */
export function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (!EMAIL.test(normalised) || normalised.length > 254) {
    throw new BadUserInputError(IdentityMessages.EMAIL_INVALID(), { field: 'email' });
  }
  return normalised;
}

export function checkDisplayName(displayName: string): string {
  const trimmed = displayName.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 2 || trimmed.length > 40) {
    throw new BadUserInputError(IdentityMessages.DISPLAY_NAME_LENGTH(), {
      field: 'displayName',
    });
  }
  return trimmed;
}

export function checkPronouns(pronouns: string | null | undefined): string | null {
  const trimmed = pronouns?.trim() ?? '';
  if (trimmed.length > 40) throw new BadUserInputError(IdentityMessages.PRONOUNS_TOO_LONG(), { field: 'pronouns' });
  return trimmed.length > 0 ? trimmed : null;
}

export function checkLocale(locale: string | null | undefined): Locale {
  const chosen = locale ?? 'en';
  if (!(SUPPORTED_LOCALES as readonly string[]).includes(chosen)) {
    throw new BadUserInputError(IdentityMessages.LOCALE_UNSUPPORTED(), { field: 'locale' });
  }
  return chosen as Locale;
}

/** An IANA time zone such as Europe/Paris, as the runtime knows it. */
export function checkTimeZone(timeZone: string | null | undefined): string {
  const chosen = timeZone ?? 'UTC';
  try {
    return new Intl.DateTimeFormat('en', { timeZone: chosen }).resolvedOptions().timeZone;
  } catch {
    throw new BadUserInputError(IdentityMessages.TIME_ZONE_UNKNOWN(), { field: 'timeZone' });
  }
}
