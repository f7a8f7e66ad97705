import { useTranslation } from 'react-i18next';
import { Button } from '../design';
import { rememberLanguage, type Language } from '../i18n/i18n';

const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** One button offering the other language, written in that language. */
export function LanguageSwitcher() {
  const { i18n } = useTranslation();
  const other: Language = i18n.language === 'fr' ? 'en' : 'fr';
  return (
    <span lang={other}>
      <Button
        variant="quiet"
        size="small"
        onPress={() => {
          rememberLanguage(other);
          void i18n.changeLanguage(other);
        }}
      >
        {NAMES[other]}
      </Button>
    </span>
  );
}
