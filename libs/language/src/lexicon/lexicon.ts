import { adjacentWordAfter, adjacentWordBefore, phraseWords } from '../matching/context-window';
import { inflectedForms } from '../matching/inflections';
import { PhraseAutomaton } from '../matching/phrase-automaton';
import { foldPhrase, stripAccents, type FoldedText } from '../matching/text-folding';
import { SUPPORTED_LANGUAGE_LOCALES, type LanguageLocale } from '../locale';
import { LEXICON_FILES, parseLexiconFile, type LexiconEntry, type LexiconFile } from './lexicon-data';
import { SelfDescriptionDetector } from './self-description';

/** A lexicon entry with its context word lists ready for lookups. */
export interface CompiledEntry extends LexiconEntry {
  readonly locale: LanguageLocale;
  readonly notPrecededBySet: ReadonlySet<string>;
  readonly notFollowedBySet: ReadonlySet<string>;
}

export interface LexiconPhrase {
  /** folded phrase, as the automaton stores it */
  readonly phrase: string;
  readonly entry: CompiledEntry;
}

export interface CompiledLexicon {
  readonly version: string;
  readonly locale: LanguageLocale;
  readonly automaton: PhraseAutomaton;
  /** entry of each automaton phrase, by phrase index */
  readonly entryOfPhrase: readonly CompiledEntry[];
  readonly selfDescription: SelfDescriptionDetector;
}

const parsedFiles = new Map<LanguageLocale, LexiconFile>();
const compiledLexicons = new Map<LanguageLocale, CompiledLexicon>();

export function lexiconFile(locale: LanguageLocale): LexiconFile {
  let file = parsedFiles.get(locale);
  if (!file) {
    file = parseLexiconFile(LEXICON_FILES[locale], locale);
    parsedFiles.set(locale, file);
  }
  return file;
}

/**
 * Every form of every entry, folded and de-duplicated: terms with their generated
 * inflections, explicit forms, and accent-free variants unless the entry is accent-sensitive.
 * A form claimed by two entries is a data error (which suggestion would it get?).
 */
export function lexiconPhrases(locale: LanguageLocale): LexiconPhrase[] {
  const file = lexiconFile(locale);
  const byPhrase = new Map<string, CompiledEntry>();
  for (const entry of file.entries) {
    const compiled: CompiledEntry = {
      ...entry,
      locale,
      notPrecededBySet: new Set(entry.notPrecededBy.flatMap(phraseWords)),
      notFollowedBySet: new Set(entry.notFollowedBy.flatMap(phraseWords)),
    };
    const written = [...entry.terms.flatMap((term) => (entry.inflect ? inflectedForms(term, locale) : [term])), ...entry.forms];
    const variants = entry.accentSensitive ? written : written.flatMap((form) => [form, stripAccents(form)]);
    for (const phrase of new Set(variants.map(foldPhrase))) {
      const owner = byPhrase.get(phrase);
      if (owner && owner.id !== entry.id) throw new Error(`lexicon/data/${locale}.json: "${phrase}" belongs to both "${owner.id}" and "${entry.id}"`);
      byPhrase.set(phrase, compiled);
    }
  }
  return [...byPhrase].map(([phrase, entry]) => ({ phrase, entry }));
}

/** Compiled on first use for each locale, then kept for the life of the process. */
export function compiledLexicon(locale: LanguageLocale): CompiledLexicon {
  let compiled = compiledLexicons.get(locale);
  if (!compiled) {
    const file = lexiconFile(locale);
    const phrases = lexiconPhrases(locale);
    compiled = {
      version: file.version,
      locale,
      automaton: PhraseAutomaton.compile(phrases.map((item) => item.phrase)),
      entryOfPhrase: phrases.map((item) => item.entry),
      selfDescription: new SelfDescriptionDetector([file.selfDescription]),
    };
    compiledLexicons.set(locale, compiled);
  }
  return compiled;
}

/** The frames of every locale, for content that may be written in any of them. */
export function allLocalesSelfDescription(): SelfDescriptionDetector {
  return new SelfDescriptionDetector(SUPPORTED_LANGUAGE_LOCALES.map((locale) => lexiconFile(locale).selfDescription));
}

/** False when the neighbouring word shows another sense of the term ("clean the kitchen"). */
export function entryAppliesAt(entry: CompiledEntry, text: FoldedText, from: number, to: number): boolean {
  if (entry.notPrecededBySet.size > 0) {
    const before = adjacentWordBefore(text, from);
    if (before !== undefined && entry.notPrecededBySet.has(before)) return false;
  }
  if (entry.notFollowedBySet.size > 0) {
    const after = adjacentWordAfter(text, to);
    if (after !== undefined && entry.notFollowedBySet.has(after)) return false;
  }
  return true;
}
