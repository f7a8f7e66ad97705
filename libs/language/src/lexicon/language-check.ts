import { selectLongest } from '../matching/longest-matches';
import { foldText, originalEnd } from '../matching/text-folding';
import { resolveLanguageLocale } from '../locale';
import { compiledLexicon, entryAppliesAt, lexiconFile, type CompiledEntry } from './lexicon';

export interface LanguageSuggestion {
  /** UTF-16 offsets into the checked text, end exclusive */
  start: number;
  end: number;
  /** the exact text matched */
  matchedText: string;
  /** the lexicon entry's id */
  termId: string;
  alternatives: string[];
  why: string;
  source: string;
  /** the person seems to be describing themselves: the nudge is softer */
  selfDescription: boolean;
}

export interface LanguageCheckOptions {
  /** default true; when false, matches where the person describes themselves are left out */
  includeSelfDescription?: boolean;
}

/**
 * Stigmatising terms in `text`, with person-first alternatives, in text order and never
 * overlapping (the longest term wins). `locale` picks the lexicon: "fr-CA" reads as "fr",
 * an unsupported locale as "en". Pure: no I/O, safe to call on every keystroke.
 */
export function languageCheck(text: string, locale: string, options: LanguageCheckOptions = {}): LanguageSuggestion[] {
  if (text.length === 0) return [];
  const lexicon = compiledLexicon(resolveLanguageLocale(locale));
  const folded = foldText(text);
  const candidates: { from: number; to: number; entry: CompiledEntry }[] = [];
  for (const hit of lexicon.automaton.findAll(folded)) {
    const entry = lexicon.entryOfPhrase[hit.phrase]!;
    if (entryAppliesAt(entry, folded, hit.from, hit.to)) candidates.push({ from: hit.from, to: hit.to, entry });
  }
  const includeSelf = options.includeSelfDescription ?? true;
  const suggestions: LanguageSuggestion[] = [];
  for (const { from, to, entry } of selectLongest(candidates)) {
    const selfDescription = entry.selfDescribable && lexicon.selfDescription.describesSelf(folded, from, to);
    if (selfDescription && !includeSelf) continue;
    const start = folded.starts[from]!;
    const end = originalEnd(folded, to - 1);
    suggestions.push({
      start,
      end,
      matchedText: text.slice(start, end),
      termId: entry.id,
      alternatives: [...entry.alternatives],
      why: entry.why,
      source: entry.source,
      selfDescription,
    });
  }
  return suggestions;
}

/** The version of the lexicon `languageCheck` uses for this locale (stored with a suggestion's outcome). */
export function lexiconVersion(locale: string): string {
  return lexiconFile(resolveLanguageLocale(locale)).version;
}
