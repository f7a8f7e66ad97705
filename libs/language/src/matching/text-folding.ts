/**
 * Folding turns a text into the form the phrase automaton reads: lower case, every apostrophe
 * written as `'`, dashes read as spaces (so "meth-head" and "meth head" are one phrase), runs
 * of spaces read as one, and accents composed (NFC) so that a decomposed "e + ◌́" reads as "é".
 *
 * Accents are kept, not stripped: in French "drogué" (a label for a person) and "drogue"
 * (a drug) differ only by the accent. Accent-insensitive matching is offered on the phrase
 * side instead (see `stripAccents`), phrase by phrase.
 *
 * Folding is not length-preserving (spaces collapse, NFC merges code units), so every folded
 * code unit carries the span of original text it stands for. Spans given back to callers are
 * always UTF-16 offsets into the original string.
 */

export const SPACE = 0x20;
export const NEWLINE = 0x0a;
export const APOSTROPHE = 0x27;

/** Stands in the fold table for combining marks: seeing one sends folding to the composing path. */
const MARK = 0xffff;

/** The folded text, with `starts[k]` the original offset of folded unit k (see `originalEnd`). */
export interface FoldedText {
  readonly length: number;
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  /** original end (exclusive) of each unit; absent when every unit stands for one code unit */
  readonly ends: Int32Array | undefined;
}

interface FoldTables {
  /** folded code unit for each BMP code unit, MARK for combining marks */
  readonly fold: Uint16Array;
  /** 1 for letters, digits and combining marks */
  readonly word: Uint8Array;
}

let tables: FoldTables | undefined;

// Built once, lazily: a 64 Ki table makes folding one array read per code unit, and
// building it (about 10 ms) is cheaper than calling toLowerCase per character of every text.
function foldTables(): FoldTables {
  if (tables) return tables;
  const fold = new Uint16Array(0x10000);
  const word = new Uint8Array(0x10000);
  const lineBreak = /[\n\r\u0085\u2028\u2029]/;
  const space = /\s/;
  const dash = /[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
  const apostrophe = /[\u2018\u2019\u201b\u02bc\u2032\u0060\u00b4\uff07]/;
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  const mark = /\p{M}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      // Lone surrogate halves: astral characters (emoji, rare scripts) pass through untouched
      // and count as non-word, so they separate words like punctuation does.
      fold[code] = code;
      continue;
    }
    const char = String.fromCharCode(code);
    if (wordChar.test(char)) word[code] = 1;
    if (mark.test(char)) fold[code] = MARK;
    else if (lineBreak.test(char)) fold[code] = NEWLINE;
    else if (space.test(char) || dash.test(char)) fold[code] = SPACE;
    else if (apostrophe.test(char)) fold[code] = APOSTROPHE;
    else {
      const lower = char.toLowerCase();
      fold[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
  }
  // U+FFFF is a non-character: it may share the MARK value, the composing path copes with it.
  tables = { fold, word };
  return tables;
}

/** Letters, digits and combining marks make words; everything else separates them. */
export function isWordUnit(unit: number): boolean {
  return foldTables().word[unit] === 1;
}

/** The original end offset (exclusive) of folded unit `unit`. */
export function originalEnd(text: FoldedText, unit: number): number {
  return text.ends ? text.ends[unit]! : text.starts[unit]! + 1;
}

export function foldText(text: string): FoldedText {
  const { fold } = foldTables();
  const length = text.length;
  const units = new Uint16Array(length);
  const starts = new Int32Array(length);
  let count = 0;
  let previous = SPACE;
  for (let index = 0; index < length; index++) {
    const unit = fold[text.charCodeAt(index)]!;
    if (unit === SPACE) {
      if (previous === SPACE) continue;
    } else if (unit === MARK) {
      // A combining mark means decomposed text: start again on the slower composing path.
      return foldComposed(text);
    }
    units[count] = unit;
    starts[count] = index;
    count++;
    previous = unit;
  }
  return { length: count, units, starts, ends: undefined };
}

function foldComposed(text: string): FoldedText {
  const { fold } = foldTables();
  const length = text.length;
  const units = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let count = 0;
  let previous = SPACE;
  let index = 0;
  while (index < length) {
    let next = index + 1;
    while (next < length && fold[text.charCodeAt(next)] === MARK) next++;
    // A base character and its marks, composed: every unit of the result covers the whole
    // cluster, so a match ending on "é" written as two code units spans both.
    const cluster = next - index === 1 ? text[index]! : text.slice(index, next).normalize('NFC');
    for (let offset = 0; offset < cluster.length; offset++) {
      const code = cluster.charCodeAt(offset);
      // A mark that did not compose stays itself, a letter-like part of its word.
      const unit = fold[code] === MARK ? code : fold[code]!;
      if (unit === SPACE && previous === SPACE) continue;
      units[count] = unit;
      starts[count] = index;
      ends[count] = next;
      count++;
      previous = unit;
    }
    index = next;
  }
  return { length: count, units, starts, ends };
}

/** A phrase from the data files, folded like text and trimmed: the form the automaton stores. */
export function foldPhrase(phrase: string): string {
  const folded = foldText(phrase.normalize('NFC'));
  let out = '';
  for (let index = 0; index < folded.length; index++) out += String.fromCharCode(folded.units[index]!);
  return out.trim();
}

/** "défoncé" → "defonce", "Œ" is left alone: used to add accent-free variants of phrases. */
export function stripAccents(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
