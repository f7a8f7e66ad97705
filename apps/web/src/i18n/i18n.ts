import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'kindred.language';

/** "fr-CA" → "fr"; anything Kindred does not speak → null. */
export function toLanguage(locale: string | null | undefined): Language | null {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary) ?? null;
}

/**
 * Before sign-in: the language the person picked on this device with the switcher, else the
 * browser's. After sign-in the profile's language wins (see useProfileLanguage).
 */
export function initialLanguage(): Language {
  const chosen = toLanguage(safeStorage()?.getItem(STORAGE_KEY));
  if (chosen) return chosen;
  for (const locale of navigator.languages ?? [navigator.language]) {
    const language = toLanguage(locale);
    if (language) return language;
  }
  return 'en';
}

/** The switcher's choice is remembered on this device; it is a preference, not personal data. */
export function rememberLanguage(language: Language): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function createI18n(language: Language = initialLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const syncDocument = (lng: string) => {
    document.documentElement.lang = lng;
  };
  syncDocument(instance.language);
  instance.on('languageChanged', syncDocument);
  return instance;
}
