import { APOSTROPHE, NEWLINE, isWordUnit, stripAccents, type FoldedText } from './text-folding';

/**
 * Words around a match, for the small context rules: a first-person frame before a label
 * ("I'm an addict"), an "unless" phrase near a rule ("I used to sell drugs"), the word right
 * after an adjective ("clean the kitchen"). Words are compared folded and without accents;
 * an apostrophe inside a word keeps it whole ("i'm", "j'étais"), one at its edge does not.
 */

const FULL_STOP = 0x2e;
const SENTENCE_BREAKS = new Set([0x21, 0x3f, 0x3b, 0x2026, 0xa1, 0xbf, NEWLINE]);

/** A sentence ends at ! ? ; … or a line break, or a full stop not followed by a letter ("2.5" goes on). */
function isSentenceBreak(text: FoldedText, index: number): boolean {
  const unit = text.units[index]!;
  if (unit === FULL_STOP) return index + 1 >= text.length || !isWordUnit(text.units[index + 1]!);
  return SENTENCE_BREAKS.has(unit);
}

function isInsideWord(text: FoldedText, index: number): boolean {
  const unit = text.units[index]!;
  if (isWordUnit(unit)) return true;
  return unit === APOSTROPHE && index > 0 && index + 1 < text.length && isWordUnit(text.units[index - 1]!) && isWordUnit(text.units[index + 1]!);
}

// A word cut at a match edge can end on an elision apostrophe ("qu'" in "qu'ancien toxico").
function wordAt(text: FoldedText, from: number, to: number): string {
  let ascii = true;
  for (let index = from; index < to && ascii; index++) ascii = text.units[index]! < 0x80;
  const word = String.fromCharCode(...text.units.subarray(from, to));
  // Most words are plain ASCII: skip the Unicode normalisation round trip for them.
  return (ascii ? word : stripAccents(word)).replace(/^'+|'+$/g, '');
}

/** Up to `max` words before unit `from`, in reading order, not crossing a sentence break. */
export function wordsBefore(text: FoldedText, from: number, max: number): string[] {
  const words: string[] = [];
  let index = from - 1;
  while (index >= 0 && words.length < max) {
    if (isSentenceBreak(text, index)) break;
    if (!isInsideWord(text, index)) {
      index--;
      continue;
    }
    const end = index + 1;
    while (index >= 0 && isInsideWord(text, index)) index--;
    words.unshift(wordAt(text, index + 1, end));
  }
  return words;
}

/** Up to `max` words from unit `to` on, not crossing a sentence break. */
export function wordsAfter(text: FoldedText, to: number, max: number): string[] {
  const words: string[] = [];
  let index = to;
  while (index < text.length && words.length < max) {
    if (isSentenceBreak(text, index)) break;
    if (!isInsideWord(text, index)) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && isInsideWord(text, index)) index++;
    words.push(wordAt(text, start, index));
  }
  return words;
}

/** The words of units [from, to): the match itself, split like the context around it. */
export function wordsWithin(text: FoldedText, from: number, to: number): string[] {
  const words: string[] = [];
  let index = from;
  while (index < to) {
    if (!isInsideWord(text, index)) {
      index++;
      continue;
    }
    const start = index;
    while (index < to && isInsideWord(text, index)) index++;
    words.push(wordAt(text, start, index));
  }
  return words;
}

/** The word right before `from`, when only spaces separate them (punctuation breaks the link). */
export function adjacentWordBefore(text: FoldedText, from: number): string | undefined {
  let index = from - 1;
  while (index >= 0 && text.units[index] === 0x20) index--;
  if (index < 0 || index === from - 1 || !isInsideWord(text, index)) return undefined;
  const end = index + 1;
  while (index >= 0 && isInsideWord(text, index)) index--;
  return wordAt(text, index + 1, end);
}

/** The word right after `to`, when only spaces separate them. */
export function adjacentWordAfter(text: FoldedText, to: number): string | undefined {
  let index = to;
  while (index < text.length && text.units[index] === 0x20) index++;
  if (index >= text.length || index === to || !isInsideWord(text, index)) return undefined;
  const start = index;
  while (index < text.length && isInsideWord(text, index)) index++;
  return wordAt(text, start, index);
}

/** A phrase from the data files split into words the same way as text ("I’m" → ["i'm"]). */
export function phraseWords(phrase: string): string[] {
  return phrase
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u02bc\u2032\u0060\u00b4\uff07]/g, "'")
    .split(/[^\p{L}\p{N}\p{M}']+/u)
    .map((word) => stripAccents(word.replace(/^'+|'+$/g, '')))
    .filter((word) => word.length > 0);
}

/** Whether `phrase` occurs as consecutive words in `words`. */
export function containsWords(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    let index = 0;
    while (index < phrase.length && words[start + index] === phrase[index]) index++;
    if (index === phrase.length) return true;
  }
  return false;
}
