import { asObject, expectKeys, readBoolean, readNumber, readObjects, readString, readStrings, type JsonObject } from '../data-shape';
import { ContentCategory, isContentCategory } from './content-category';
import { isDetectorName, type DetectorName } from './detectors';
import commonRules from './data/common.json';
import enRules from './data/en.json';
import frRules from './data/fr.json';

/**
 * A moderation rule as written in `data/<locale>.json`. A rule either lists phrases (matched
 * whole-word by the shared automaton, `{name}` placeholders expanded from the file's
 * vocabulary) or names a detector (a pattern that phrases cannot express: links, phone
 * numbers, a price per gram).
 */
export interface ContentRule {
  readonly id: string;
  readonly category: ContentCategory;
  readonly phrases: readonly string[];
  readonly detector: DetectorName | undefined;
  /** generate plurals for noun phrases (slurs) */
  readonly inflect: boolean;
  /** no accent-free variants: "sale drogué" is an insult, "sale drogue" (a damned drug) is not */
  readonly accentSensitive: boolean;
  /** the match is dropped when one of these stands within `window` words before it, same sentence ("used to" sell drugs) */
  readonly unlessBefore: readonly string[];
  /** ... or within `afterWindow` words after it ("en finir" *avec la drogue*) */
  readonly unlessAfter: readonly string[];
  readonly window: number;
  /** defaults to `window`; shorter when only the next word or two tell the sense ("fentanyl *test strips*") */
  readonly afterWindow: number;
  /** the match is dropped when the writer is describing themselves ("I'm such a worthless junkie") */
  readonly exceptSelfDescription: boolean;
}

export interface ContentRulesFile {
  readonly version: string;
  readonly locale: string;
  readonly rules: readonly ContentRule[];
}

const RULE_KEYS = [
  'id',
  'category',
  'phrases',
  'detector',
  'inflect',
  'accentSensitive',
  'unlessBefore',
  'unlessAfter',
  'window',
  'afterWindow',
  'exceptSelfDescription',
];

export function parseContentRulesFile(value: unknown, name: string): ContentRulesFile {
  const where = `content-rules/data/${name}.json`;
  const file = asObject(value, where);
  // "notes" is for the people editing the data (JSON has no comments); the code ignores it.
  expectKeys(file, ['version', 'locale', 'notes', 'vocabulary', 'rules'], where);
  const vocabulary = readVocabulary(file, where);
  const rules = readObjects(file, 'rules', where).map((rule, index): ContentRule => {
    const at = `${where}.rules[${index}]`;
    expectKeys(rule, RULE_KEYS, at);
    const category = readString(rule, 'category', at);
    if (!isContentCategory(category)) throw new Error(`${at}.category: unknown category "${category}"`);
    const phrases = readStrings(rule, 'phrases', at, false).flatMap((phrase) => expandPlaceholders(phrase, vocabulary, at));
    const detector = rule['detector'] === undefined ? undefined : readString(rule, 'detector', at);
    if (detector !== undefined && !isDetectorName(detector)) throw new Error(`${at}.detector: unknown detector "${detector}"`);
    if ((phrases.length === 0) === (detector === undefined)) throw new Error(`${at}: give either phrases or a detector`);
    const window = readNumber(rule, 'window', at, 4);
    return {
      id: readString(rule, 'id', at),
      category,
      phrases,
      detector,
      inflect: readBoolean(rule, 'inflect', at, false),
      accentSensitive: readBoolean(rule, 'accentSensitive', at, false),
      unlessBefore: readStrings(rule, 'unlessBefore', at, false),
      unlessAfter: readStrings(rule, 'unlessAfter', at, false),
      window,
      afterWindow: readNumber(rule, 'afterWindow', at, window),
      exceptSelfDescription: readBoolean(rule, 'exceptSelfDescription', at, false),
    };
  });
  return { version: readString(file, 'version', where), locale: readString(file, 'locale', where), rules };
}

function readVocabulary(file: JsonObject, where: string): ReadonlyMap<string, readonly string[]> {
  if (file['vocabulary'] === undefined) return new Map();
  const vocabulary = asObject(file['vocabulary'], `${where}.vocabulary`);
  return new Map(Object.keys(vocabulary).map((name) => [name, readStrings(vocabulary, name, `${where}.vocabulary`, true)]));
}

/** "selling {drug}" → "selling xans", "selling oxys", …; one placeholder per phrase keeps the count readable. */
function expandPlaceholders(phrase: string, vocabulary: ReadonlyMap<string, readonly string[]>, where: string): string[] {
  const placeholders = [...phrase.matchAll(/\{([a-z]+)\}/g)];
  if (placeholders.length === 0) return [phrase];
  if (placeholders.length > 1) throw new Error(`${where}: "${phrase}" has more than one placeholder`);
  const [token, name] = placeholders[0]!;
  const words = vocabulary.get(name!);
  if (!words) throw new Error(`${where}: "${phrase}" uses {${name}}, which the vocabulary does not define`);
  return words.map((word) => phrase.replace(token, word));
}

/** The raw data files; parsed and compiled together on first use (see content-rules.ts). */
export const CONTENT_RULE_FILES: Readonly<Record<string, unknown>> = { common: commonRules, en: enRules, fr: frRules };
