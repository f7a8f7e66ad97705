import { allLocalesSelfDescription, entryAppliesAt, lexiconPhrases, type CompiledEntry } from '../lexicon/lexicon';
import type { SelfDescriptionDetector } from '../lexicon/self-description';
import { containsWords, phraseWords, wordsAfter, wordsBefore } from '../matching/context-window';
import { inflectedForms } from '../matching/inflections';
import { PhraseAutomaton } from '../matching/phrase-automaton';
import { foldPhrase, stripAccents, type FoldedText } from '../matching/text-folding';
import { SUPPORTED_LANGUAGE_LOCALES, resolveLanguageLocale } from '../locale';
import { ContentCategory } from './content-category';
import { CONTENT_RULE_FILES, parseContentRulesFile, type ContentRule } from './content-rules-data';
import type { DetectorName } from './detectors';

/** A rule with its "unless" phrases split into words once. */
export interface CompiledRule extends ContentRule {
  readonly unlessBeforeWords: readonly (readonly string[])[];
  readonly unlessAfterWords: readonly (readonly string[])[];
}

/** What a phrase of the combined automaton stands for: a rule's phrase, or a lexicon term. */
export type PhraseOwner =
  | { readonly kind: 'rule'; readonly category: ContentCategory; readonly ruleId: string; readonly rule: CompiledRule }
  | { readonly kind: 'lexicon'; readonly category: ContentCategory; readonly ruleId: string; readonly entry: CompiledEntry };

export interface CompiledContentRules {
  readonly version: string;
  /** every rule phrase and every lexicon term of every locale: one pass over the text finds them all */
  readonly automaton: PhraseAutomaton;
  readonly ownersOfPhrase: readonly (readonly PhraseOwner[])[];
  readonly detectorRules: readonly (CompiledRule & { readonly detector: DetectorName })[];
  readonly selfDescription: SelfDescriptionDetector;
}

let compiled: CompiledContentRules | undefined;

/**
 * Rules of every locale are compiled together: a member may write in any language whatever
 * their settings, and one pass over the text costs the same for two locales as for one.
 * Stigmatising terms come from the lexicons, as STIGMATIZING_LANGUAGE rules named
 * `stigma.<locale>.<entry id>`.
 */
export function compiledContentRules(): CompiledContentRules {
  if (compiled) return compiled;
  const files = Object.entries(CONTENT_RULE_FILES).map(([name, value]) => parseContentRulesFile(value, name));
  const versions = new Set(files.map((file) => file.version));
  if (versions.size !== 1) throw new Error(`content-rules/data: every file must carry the same version, found ${[...versions].join(', ')}`);

  const owners = new Map<string, PhraseOwner[]>();
  const addOwner = (phrase: string, owner: PhraseOwner): void => {
    const folded = foldPhrase(phrase);
    const list = owners.get(folded);
    if (!list) owners.set(folded, [owner]);
    else if (!list.some((existing) => existing.ruleId === owner.ruleId)) list.push(owner);
  };

  const ruleIds = new Set<string>();
  const detectorRules: (CompiledRule & { readonly detector: DetectorName })[] = [];
  for (const file of files) {
    const locale = resolveLanguageLocale(file.locale);
    for (const rule of file.rules) {
      if (ruleIds.has(rule.id)) throw new Error(`content-rules/data: rule id "${rule.id}" is used twice`);
      ruleIds.add(rule.id);
      const compiledRule: CompiledRule = {
        ...rule,
        unlessBeforeWords: rule.unlessBefore.map(phraseWords),
        unlessAfterWords: rule.unlessAfter.map(phraseWords),
      };
      if (rule.detector) detectorRules.push({ ...compiledRule, detector: rule.detector });
      const written = rule.phrases.flatMap((phrase) => (rule.inflect ? inflectedForms(phrase, locale) : [phrase]));
      const variants = rule.accentSensitive ? written : written.flatMap((phrase) => [phrase, stripAccents(phrase)]);
      for (const phrase of variants) addOwner(phrase, { kind: 'rule', category: rule.category, ruleId: rule.id, rule: compiledRule });
    }
  }
  for (const locale of SUPPORTED_LANGUAGE_LOCALES) {
    for (const { phrase, entry } of lexiconPhrases(locale)) {
      addOwner(phrase, { kind: 'lexicon', category: ContentCategory.STIGMATIZING_LANGUAGE, ruleId: `stigma.${locale}.${entry.id}`, entry });
    }
  }

  const phrases = [...owners.keys()];
  compiled = {
    version: [...versions][0]!,
    automaton: PhraseAutomaton.compile(phrases),
    ownersOfPhrase: phrases.map((phrase) => owners.get(phrase)!),
    detectorRules,
    selfDescription: allLocalesSelfDescription(),
  };
  return compiled;
}

/** Whether a match of `owner` at folded units [from, to) stands, given the words around it. */
export function ownerAppliesAt(owner: PhraseOwner, rules: CompiledContentRules, text: FoldedText, from: number, to: number): boolean {
  if (owner.kind === 'lexicon') return entryAppliesAt(owner.entry, text, from, to);
  return ruleAppliesAt(owner.rule, rules, text, from, to);
}

export function ruleAppliesAt(rule: CompiledRule, rules: CompiledContentRules, text: FoldedText, from: number, to: number): boolean {
  if (rule.unlessBeforeWords.length > 0) {
    const before = wordsBefore(text, from, rule.window);
    if (rule.unlessBeforeWords.some((words) => containsWords(before, words))) return false;
  }
  if (rule.unlessAfterWords.length > 0) {
    const after = wordsAfter(text, to, rule.afterWindow);
    if (rule.unlessAfterWords.some((words) => containsWords(after, words))) return false;
  }
  if (rule.exceptSelfDescription && rules.selfDescription.describesSelf(text, from, to)) return false;
  return true;
}
