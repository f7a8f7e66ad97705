import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LANGUAGE_LOCALES, type LanguageLocale } from '../locale';
import { languageCheck } from './language-check';
import { compiledLexicon, lexiconFile } from './lexicon';

const MINIMUM_ENTRIES: Record<LanguageLocale, number> = { en: 45, fr: 25 };

describe('lexicon data files', () => {
  it('has one data file per supported locale and no other', () => {
    const files = readdirSync(join(__dirname, 'data')).sort();
    expect(files).toEqual(SUPPORTED_LANGUAGE_LOCALES.map((locale) => `${locale}.json`).sort());
  });

  describe.each(SUPPORTED_LANGUAGE_LOCALES.map((locale) => [locale]))('%s', (locale) => {
    const file = lexiconFile(locale);

    it('is versioned and has enough entries', () => {
      expect(file.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
      expect(file.locale).toBe(locale);
      expect(file.entries.length).toBeGreaterThanOrEqual(MINIMUM_ENTRIES[locale]);
    });

    it('gives every entry an id, terms, alternatives, a reason and a source', () => {
      for (const entry of file.entries) {
        expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(entry.terms.length).toBeGreaterThan(0);
        expect(entry.alternatives.length).toBeGreaterThan(0);
        expect(entry.why.trim().length).toBeGreaterThan(10);
        expect(entry.source.trim().length).toBeGreaterThan(10);
      }
      const ids = file.entries.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('compiles, with no form claimed by two entries', () => {
      expect(() => compiledLexicon(locale)).not.toThrow();
    });

    it('finds each term on its own, under its own entry', () => {
      for (const entry of file.entries) {
        for (const term of entry.terms) {
          const suggestions = languageCheck(term, locale);
          expect(suggestions.map((suggestion) => [suggestion.termId, suggestion.matchedText])).toEqual([[entry.id, term]]);
        }
      }
    });

    it('never suggests an alternative that is itself flagged', () => {
      for (const entry of file.entries) {
        for (const alternative of entry.alternatives) expect([alternative, languageCheck(alternative, locale)]).toEqual([alternative, []]);
      }
    });
  });
});
