import { localeFromAcceptLanguage } from './locale';
import { defineMessages, MessageCatalogueError, renderMessage } from './user-message';

describe('catalogued messages', () => {
  const Test = defineMessages({
    TEST_LIMIT: { en: 'Please keep it to {max, number} characters, not {given}.', fr: 'Gardez-le à {max, number} caractères, et non {given}.' },
    TEST_LABEL: { en: 'a title', fr: 'un titre' },
    TEST_NEEDS: { en: 'Please give {label}.', fr: 'Indiquez {label}.' },
  });

  it('renders a sentence in each language, numbers as the language writes them', () => {
    const message = Test.TEST_LIMIT({ max: 20000, given: 'x' });
    expect(renderMessage(message, 'en')).toBe('Please keep it to 20,000 characters, not x.');
    expect(renderMessage(message, 'fr')).toBe('Gardez-le à 20\u202f000 caractères, et non x.');
  });

  it('renders a catalogued phrase given as a parameter in the same language', () => {
    const message = Test.TEST_NEEDS({ label: Test.TEST_LABEL() });
    expect([renderMessage(message, 'en'), renderMessage(message, 'fr')]).toEqual(['Please give a title.', 'Indiquez un titre.']);
  });

  it('knows no key it was not given, and refuses a key defined twice', () => {
    expect(renderMessage({ key: 'TEST_UNKNOWN', params: {} }, 'fr')).toBeNull();
    expect(() => defineMessages({ TEST_LABEL: { en: 'a name', fr: 'un nom' } })).toThrow(MessageCatalogueError);
  });

  it('reads the first language Kindred speaks from Accept-Language, by weight', () => {
    expect(localeFromAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,fr;q=0.7')).toBe('fr');
    expect(localeFromAcceptLanguage('en-GB')).toBe('en');
    expect(localeFromAcceptLanguage('de, *;q=0.1')).toBeNull();
    expect(localeFromAcceptLanguage('fr;q=0, en;q=0.1')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
  });
});
