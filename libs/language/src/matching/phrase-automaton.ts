import { foldPhrase, isWordUnit, type FoldedText } from './text-folding';

/** A whole-word occurrence of a phrase, in folded units (`from` inclusive, `to` exclusive). */
export interface PhraseHit {
  readonly phrase: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Aho–Corasick automaton over folded text, compiled into a dense transition table.
 *
 * Why this and not one big alternation RegExp: the lexicons and rules hold a few thousand
 * phrases (drug names × selling phrases alone make over a thousand). V8's backtracking
 * engine tries an alternation branch by branch at each position, so its cost grows with the
 * number of phrases; the automaton reads each code unit once, with one table lookup, whatever
 * the number of phrases. It also runs over folded units that keep their original spans, which a
 * RegExp over the original text could not do once accents are composed and spaces collapsed.
 *
 * Word boundaries are checked at match time: a hit counts only when the units on either side
 * are not letters, digits or marks ("clean" does not match inside "cleaning", "addict" not
 * inside "addiction").
 */
export class PhraseAutomaton {
  private constructor(
    /** symbol index per folded code unit, -1 when no phrase uses it */
    private readonly symbols: Int16Array,
    private readonly alphabetSize: number,
    /**
     * Transitions, by row offset (state × alphabetSize) + symbol. A value is the next state's
     * row offset, or -(row offset + 1) when that state ends a phrase: the hot loop then never
     * multiplies, and looks up outputs only on the rare states that have some.
     */
    private readonly delta: Int32Array,
    /** phrase ending exactly at a state, or -1 */
    private readonly terminal: Int32Array,
    /** nearest state on the failure chain that ends a phrase, or -1 */
    private readonly outputLink: Int32Array,
    private readonly phraseLengths: Int32Array,
    readonly phrases: readonly string[],
  ) {}

  /** Phrases are folded here; equal phrases after folding must be merged by the caller. */
  static compile(rawPhrases: readonly string[]): PhraseAutomaton {
    const phrases = rawPhrases.map(foldPhrase);
    const symbols = new Int16Array(0x10000).fill(-1);
    let alphabetSize = 0;
    for (const phrase of phrases) {
      if (phrase.length === 0) throw new Error('A phrase is empty once folded');
      for (let index = 0; index < phrase.length; index++) {
        const unit = phrase.charCodeAt(index);
        if (symbols[unit] === -1) symbols[unit] = alphabetSize++;
      }
    }
    if (alphabetSize > 0x7fff) throw new Error('Too many distinct characters in phrases');

    // The trie, with sparse children while it grows.
    const children: Map<number, number>[] = [new Map()];
    const terminalList: number[] = [-1];
    phrases.forEach((phrase, phraseIndex) => {
      let state = 0;
      for (let index = 0; index < phrase.length; index++) {
        const symbol = symbols[phrase.charCodeAt(index)]!;
        let next = children[state]!.get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          terminalList.push(-1);
          children[state]!.set(symbol, next);
        }
        state = next;
      }
      if (terminalList[state] !== -1) throw new Error(`Phrase "${phrase}" is listed twice`);
      terminalList[state] = phraseIndex;
    });

    // Breadth-first, so a state's failure state (always shallower) is complete before it.
    const stateCount = children.length;
    const delta = new Int32Array(stateCount * alphabetSize);
    const failure = new Int32Array(stateCount);
    const terminal = Int32Array.from(terminalList);
    const outputLink = new Int32Array(stateCount).fill(-1);
    const queue: number[] = [];
    for (const [symbol, child] of children[0]!) {
      delta[symbol] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const fail = failure[state]!;
      outputLink[state] = terminal[fail]! >= 0 ? fail : outputLink[fail]!;
      const row = state * alphabetSize;
      const failRow = fail * alphabetSize;
      for (let symbol = 0; symbol < alphabetSize; symbol++) {
        const child = children[state]!.get(symbol);
        if (child === undefined) {
          delta[row + symbol] = delta[failRow + symbol]!;
        } else {
          failure[child] = delta[failRow + symbol]!;
          delta[row + symbol] = child;
          queue.push(child);
        }
      }
    }
    // Re-encode targets as row offsets, flagging states that end a phrase (directly or by suffix).
    for (let index = 0; index < delta.length; index++) {
      const target = delta[index]!;
      const row = target * alphabetSize;
      delta[index] = terminal[target]! >= 0 || outputLink[target]! >= 0 ? -row - 1 : row;
    }
    const phraseLengths = Int32Array.from(phrases, (phrase) => phrase.length);
    return new PhraseAutomaton(symbols, alphabetSize, delta, terminal, outputLink, phraseLengths, phrases);
  }

  /** Every whole-word occurrence of every phrase, overlapping ones included, by end position. */
  findAll(text: FoldedText): PhraseHit[] {
    const { symbols, alphabetSize, delta, terminal, outputLink, phraseLengths } = this;
    const units = text.units;
    const length = text.length;
    const hits: PhraseHit[] = [];
    let row = 0;
    for (let index = 0; index < length; index++) {
      const symbol = symbols[units[index]!]!;
      // A character no phrase contains can only lead back to the root.
      if (symbol < 0) {
        row = 0;
        continue;
      }
      const next = delta[row + symbol]!;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = -next - 1;
      const state = row / alphabetSize;
      let output = terminal[state]! >= 0 ? state : outputLink[state]!;
      while (output >= 0) {
        const phrase = terminal[output]!;
        const to = index + 1;
        const from = to - phraseLengths[phrase]!;
        if ((from === 0 || !isWordUnit(units[from - 1]!)) && (to === length || !isWordUnit(units[to]!))) {
          hits.push({ phrase, from, to });
        }
        output = outputLink[output]!;
      }
    }
    return hits;
  }

  /** States in the compiled table: what the automaton costs in memory (× alphabet × 4 bytes). */
  get size(): { states: number; alphabet: number } {
    return { states: this.terminal.length, alphabet: this.alphabetSize };
  }
}
