import type { LanguageLocale } from '../locale';

/**
 * Common inflections of a noun phrase, so a lexicon lists "addict" and still catches
 * "addicts", "addict's" and "addicts'", or lists "drogué" and catches "drogués", "droguée",
 * "droguées". Only the last word is inflected ("drug abuser" → "drug abusers"); anything the
 * rules below get wrong is listed as an explicit form in the data instead.
 *
 * Over-generation is harmless (a form nobody writes never matches), missing a form is not, so
 * the rules lean towards producing more.
 */
export function inflectedForms(term: string, locale: LanguageLocale): string[] {
  const split = term.lastIndexOf(' ');
  const head = term.slice(0, split + 1);
  const last = term.slice(split + 1);
  const endings = locale === 'fr' ? frenchForms(last) : englishForms(last);
  return [...new Set([term, ...endings.map((form) => head + form)])];
}

function englishForms(word: string): string[] {
  const plural = englishPlural(word);
  return [plural, `${word}'s`, `${plural}'`];
}

function englishPlural(word: string): string {
  const lower = word.toLowerCase();
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${word}es`;
  if (/[^aeiou]y$/.test(lower)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function frenchForms(word: string): string[] {
  const lower = word.toLowerCase();
  // Already plural-looking (toxicomanes, crackeux): the feminine, where there is one, is listed.
  if (/[sxz]$/.test(lower)) return [];
  if (/(au|eu)$/.test(lower)) return [`${word}x`];
  if (/al$/.test(lower)) return [`${word.slice(0, -2)}aux`, `${word}e`, `${word}es`];
  // A final unaccented e is already feminine or invariable in gender (toxicomane, alcoolique).
  if (/e$/.test(lower)) return [`${word}s`];
  // Words ending in a vowel other than é take only the plural (toxico → toxicos, accro → accros).
  if (/[aiouyàâîôûù]$/.test(lower)) return [`${word}s`];
  return [`${word}s`, `${word}e`, `${word}es`];
}
