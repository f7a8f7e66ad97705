import { describe, expect, it } from 'vitest';
import { languageCheck } from '@kindred/language';
import en from './en.json';
import fr from './fr.json';

type Catalogue = { [key: string]: string | Catalogue };

function strings(catalogue: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value, `${prefix}${key}.`),
  );
}

const catalogues = { en: strings(en), fr: strings(fr) } as const;

describe('UI catalogues', () => {
  it('have the same keys in English and French', () => {
    expect(catalogues.fr.map(([key]) => key).sort()).toEqual(catalogues.en.map(([key]) => key).sort());
  });

  it('leave no string empty', () => {
    for (const [language, entries] of Object.entries(catalogues)) {
      expect(entries.filter(([, text]) => text.trim() === '').map(([key]) => `${language}:${key}`)).toEqual([]);
    }
  });

  it.each(Object.entries(catalogues))('use no stigmatising word in %s (the project lexicon)', (language, entries) => {
    const findings = entries.flatMap(([key, text]) =>
      languageCheck(text, language).map((finding) => `${key}: "${finding.matchedText}" → ${finding.alternatives.join(' / ')}`),
    );
    expect(findings).toEqual([]);
  });

  it('the lexicon check would catch a stigmatising word (the test can fail)', () => {
    expect(languageCheck('Stay clean, addicts welcome', 'en').length).toBeGreaterThan(0);
    expect(languageCheck('Les toxicomanes sont les bienvenus', 'fr').length).toBeGreaterThan(0);
  });
});
