import { BadUserInputError } from '@kindred/core';
import type { Locale } from './user.entity';

export const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'fr'];

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@.]{2,}$/;

/** Lower-cased and trimmed, or a clear error. */
export function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (!EMAIL.test(normalised) || normalised.length > 254) {
    throw new BadUserInputError('Please enter an email address such as name@example.org.', { field: 'email' });
  }
  return normalised;
}

export function checkDisplayName(displayName: string): string {
  const trimmed = displayName.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 2 || trimmed.length > 40) {
    throw new BadUserInputError('Please choose a display name of 2 to 40 characters. It does not need to be your real name.', {
      field: 'displayName',
    });
  }
  return trimmed;
}

export function checkPronouns(pronouns: string | null | undefined): string | null {
  const trimmed = pronouns?.trim() ?? '';
  if (trimmed.length > 40) throw new BadUserInputError('Please keep pronouns under 40 characters.', { field: 'pronouns' });
  return trimmed.length > 0 ? trimmed : null;
}

export function checkLocale(locale: string | null | undefined): Locale {
  const chosen = locale ?? 'en';
  if (!(SUPPORTED_LOCALES as readonly string[]).includes(chosen)) {
    throw new BadUserInputError('Kindred speaks English (en) and French (fr) for now.', { field: 'locale' });
  }
  return chosen as Locale;
}

/** An IANA time zone such as Europe/Paris, as the runtime knows it. */
export function checkTimeZone(timeZone: string | null | undefined): string {
  const chosen = timeZone ?? 'UTC';
  try {
    return new Intl.DateTimeFormat('en', { timeZone: chosen }).resolvedOptions().timeZone;
  } catch {
    throw new BadUserInputError('Please choose a time zone such as Europe/Paris or America/Toronto.', { field: 'timeZone' });
  }
}
