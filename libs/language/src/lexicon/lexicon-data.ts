import { asObject, expectKeys, readBoolean, readNumber, readObjects, readString, readStrings } from '../data-shape';
import type { LanguageLocale } from '../locale';
import enLexicon from './data/en.json';
import frLexicon from './data/fr.json';

/** One stigmatising term and what to say instead, as written in `data/<locale>.json`. */
export interface LexiconEntry {
  readonly id: string;
  /** the terms as people write them; nouns get their plurals and possessives generated */
  readonly terms: readonly string[];
  /** extra forms taken verbatim, never inflected (irregular forms, verb phrases) */
  readonly forms: readonly string[];
  /** false for adjectives and verbs ("clean", "relapsed"): no plural or possessive is generated */
  readonly inflect: boolean;
  /** true when the accent tells the label from an ordinary word ("drogué" the person, "drogue" the drug) */
  readonly accentSensitive: boolean;
  /** the match is another sense when right after one of these words ("non-alcoholic") */
  readonly notPrecededBy: readonly string[];
  /** the match is another sense when right before one of these words ("clean the kitchen") */
  readonly notFollowedBy: readonly string[];
  readonly alternatives: readonly string[];
  readonly why: string;
  readonly source: string;
  /** a label a person may choose for themselves ("I'm an addict"): the nudge is softer then */
  readonly selfDescribable: boolean;
}

/** How to tell that a person is describing themselves: the words before the label. */
export interface SelfDescriptionData {
  /** how many words before the match are looked at (the sentence ends the window earlier) */
  readonly window: number;
  /** first-person frames: "i'm", "i was", "je suis", "en tant que" */
  readonly frames: readonly string[];
  /** words that move the subject away from the writer ("he", "my brother"): frames before them do not count */
  readonly breakers: readonly string[];
}

export interface LexiconFile {
  readonly version: string;
  readonly locale: LanguageLocale;
  readonly selfDescription: SelfDescriptionData;
  readonly entries: readonly LexiconEntry[];
}

const ENTRY_KEYS = ['id', 'terms', 'forms', 'inflect', 'accentSensitive', 'notPrecededBy', 'notFollowedBy', 'alternatives', 'why', 'source', 'selfDescribable'];

export function parseLexiconFile(value: unknown, expectedLocale: LanguageLocale): LexiconFile {
  const where = `lexicon/data/${expectedLocale}.json`;
  const file = asObject(value, where);
  // "notes" is for the people editing the data (JSON has no comments); the code ignores it.
  expectKeys(file, ['version', 'locale', 'notes', 'selfDescription', 'entries'], where);
  const locale = readString(file, 'locale', where);
  if (locale !== expectedLocale) throw new Error(`${where}.locale: expected "${expectedLocale}", found "${locale}"`);
  const self = asObject(file['selfDescription'], `${where}.selfDescription`);
  expectKeys(self, ['window', 'frames', 'breakers'], `${where}.selfDescription`);
  const ids = new Set<string>();
  const entries = readObjects(file, 'entries', where).map((entry, index): LexiconEntry => {
    const at = `${where}.entries[${index}]`;
    expectKeys(entry, ENTRY_KEYS, at);
    const id = readString(entry, 'id', at);
    if (ids.has(id)) throw new Error(`${at}.id: "${id}" is used twice`);
    ids.add(id);
    return {
      id,
      terms: readStrings(entry, 'terms', at, true),
      forms: readStrings(entry, 'forms', at, false),
      inflect: readBoolean(entry, 'inflect', at, true),
      accentSensitive: readBoolean(entry, 'accentSensitive', at, false),
      notPrecededBy: readStrings(entry, 'notPrecededBy', at, false),
      notFollowedBy: readStrings(entry, 'notFollowedBy', at, false),
      alternatives: readStrings(entry, 'alternatives', at, true),
      why: readString(entry, 'why', at),
      source: readString(entry, 'source', at),
      selfDescribable: readBoolean(entry, 'selfDescribable', at, false),
    };
  });
  return {
    version: readString(file, 'version', where),
    locale: expectedLocale,
    selfDescription: {
      window: readNumber(self, 'window', `${where}.selfDescription`, 5),
      frames: readStrings(self, 'frames', `${where}.selfDescription`, true),
      breakers: readStrings(self, 'breakers', `${where}.selfDescription`, false),
    },
    entries,
  };
}

/** The raw data files by locale; parsed and compiled on first use (see lexicon.ts). */
export const LEXICON_FILES: Readonly<Record<LanguageLocale, unknown>> = { en: enLexicon, fr: frLexicon };
