/** The languages Kindred speaks. A person's profile holds one; everything they read is in it. */
export type Locale = 'en' | 'fr';

export const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'fr'];

/** What a person reads when nothing says which language they prefer. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * The language a person reads Kindred in: their profile's when they are signed in, else the
 * first of Accept-Language that Kindred speaks, else English.
 */
export function readerLocale(profileLocale: Locale | null | undefined, acceptLanguage: string | readonly string[] | undefined): Locale {
  return profileLocale ?? localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The first supported language of an Accept-Language header, by the caller's own weights
 * ("fr-CA,fr;q=0.9,en;q=0.8" is French), or null when it names none Kindred speaks.
 */
export function localeFromAcceptLanguage(header: string | readonly string[] | undefined): Locale | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (typeof value !== 'string' || value.length === 0) return null;
  const ranked = value
    // A header is short; a long one is not a browser's and is not parsed.
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const weight = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find((found) => found !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0], quality: weight === undefined ? 1 : Number(weight), index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.primary).find(isLocale) ?? null;
}
