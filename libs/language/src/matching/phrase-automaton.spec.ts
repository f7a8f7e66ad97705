import { selectLongest } from './longest-matches';
import { PhraseAutomaton } from './phrase-automaton';
import { foldText, originalEnd } from './text-folding';

function matches(phrases: string[], text: string): string[] {
  const automaton = PhraseAutomaton.compile(phrases);
  const folded = foldText(text);
  return automaton.findAll(folded).map((hit) => text.slice(folded.starts[hit.from], originalEnd(folded, hit.to - 1)));
}

describe('PhraseAutomaton', () => {
  it('finds every phrase in one pass, overlapping ones included', () => {
    expect(matches(['dirty', 'dirty urine', 'urine'], 'a dirty urine test')).toEqual(['dirty', 'dirty urine', 'urine']);
  });

  it('matches whole words only', () => {
    expect(matches(['clean', 'addict'], 'cleaning, cleaned, addiction, unclean')).toEqual([]);
    expect(matches(['clean', 'addict'], 'clean. addict!')).toEqual(['clean', 'addict']);
  });

  it('ignores case, reads dashes as spaces and collapses runs of spaces', () => {
    expect(matches(['meth head'], 'METH-HEAD, Meth   Head, meth\u2014head')).toEqual(['METH-HEAD', 'Meth   Head', 'meth\u2014head']);
  });

  it('reads every apostrophe as the same one', () => {
    expect(matches(["addict's"], 'my addict\u2019s story')).toEqual(['addict\u2019s']);
  });

  it('keeps accents, so an accented phrase does not match its unaccented twin', () => {
    expect(matches(['drogué'], 'la drogue, un drogué, DROGUÉ')).toEqual(['drogué', 'DROGUÉ']);
  });

  it('composes decomposed accents and spans the combining mark', () => {
    const text = 'un drogue\u0301 ici';
    expect(matches(['drogué'], text)).toEqual(['drogue\u0301']);
  });

  it('gives spans in the original text after emoji and collapsed spaces', () => {
    const text = '😀  👍🏽 café   addict';
    const automaton = PhraseAutomaton.compile(['addict']);
    const folded = foldText(text);
    const [hit] = automaton.findAll(folded);
    expect(text.slice(folded.starts[hit!.from], originalEnd(folded, hit!.to - 1))).toBe('addict');
    expect(folded.starts[hit!.from]).toBe(text.indexOf('addict'));
  });

  it('refuses a phrase listed twice', () => {
    expect(() => PhraseAutomaton.compile(['Junkie', 'junkie'])).toThrow(/twice/);
  });
});

describe('selectLongest', () => {
  it('keeps the longest of overlapping spans, in text order', () => {
    const spans = [
      { from: 0, to: 5, id: 'dirty' },
      { from: 0, to: 11, id: 'dirty urine' },
      { from: 6, to: 11, id: 'urine' },
      { from: 12, to: 16, id: 'next' },
    ];
    expect(selectLongest(spans).map((span) => span.id)).toEqual(['dirty urine', 'next']);
  });

  it('prefers a longer later span over a shorter earlier one it overlaps', () => {
    const spans = [
      { from: 0, to: 4, id: 'short' },
      { from: 2, to: 10, id: 'long' },
    ];
    expect(selectLongest(spans).map((span) => span.id)).toEqual(['long']);
  });
});
