import { containsWords, phraseWords, wordsBefore, wordsWithin } from '../matching/context-window';
import type { FoldedText } from '../matching/text-folding';
import type { SelfDescriptionData } from './lexicon-data';

/**
 * Tells "I'm an addict" (a label the person chose for themselves) from "he's an addict".
 * A label counts as self-description when a first-person frame stands within a few words
 * before it in the same sentence, with no word between them that moves the subject to someone
 * else ("I'm sure *he* is an addict", "I'm scared *my* son is an addict").
 *
 * The label's own words are included, so a frame may run into it: "I stay" + "clean",
 * "je reste" + "propre".
 */
export class SelfDescriptionDetector {
  private readonly frames: readonly (readonly string[])[];
  private readonly breakers: ReadonlySet<string>;
  private readonly window: number;

  constructor(data: readonly SelfDescriptionData[]) {
    this.frames = data.flatMap((item) => item.frames.map(phraseWords)).filter((words) => words.length > 0);
    this.breakers = new Set(data.flatMap((item) => item.breakers.flatMap(phraseWords)));
    this.window = Math.max(...data.map((item) => item.window));
  }

  describesSelf(text: FoldedText, from: number, to: number): boolean {
    const before = wordsBefore(text, from, this.window);
    let start = 0;
    before.forEach((word, index) => {
      if (this.isBreaker(word)) start = index + 1;
    });
    const words = [...before.slice(start), ...wordsWithin(text, from, to)];
    return this.frames.some((frame) => containsWords(words, frame));
  }

  // French elides into the next word: "qu'il", "s'ils", "qu'elle" hide the breaker "il", "ils", "elle".
  private isBreaker(word: string): boolean {
    return this.breakers.has(word) || this.breakers.has(word.slice(word.lastIndexOf("'") + 1));
  }
}
