export type LanguageLocale = 'en' | 'fr';

export const SUPPORTED_LANGUAGE_LOCALES: readonly LanguageLocale[] = Object.freeze(['en', 'fr'] as const);

/** "fr-CA", "fr_BE", "FR" → "fr"; anything unsupported, empty or malformed → "en". */
export function resolveLanguageLocale(locale: string): LanguageLocale {
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGUAGE_LOCALES.find((supported) => supported === primary) ?? 'en';
}
