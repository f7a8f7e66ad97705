import { languageCheck, lexiconVersion, type LanguageSuggestion } from './language-check';

function terms(suggestions: LanguageSuggestion[]): string[] {
  return suggestions.map((suggestion) => suggestion.matchedText);
}

function only(text: string, locale = 'en'): LanguageSuggestion {
  const suggestions = languageCheck(text, locale);
  expect(suggestions).toHaveLength(1);
  return suggestions[0]!;
}

describe('languageCheck: the examples from the issue', () => {
  it('suggests person-first words for "addict"', () => {
    const suggestion = only('He is an addict.');
    expect(suggestion).toMatchObject({ termId: 'addict', matchedText: 'addict', start: 9, end: 15, selfDescription: false });
    expect(suggestion.alternatives).toEqual(expect.arrayContaining(['person with a substance use disorder', 'person in recovery']));
    expect(suggestion.why.length).toBeGreaterThan(0);
    expect(suggestion.source).toMatch(/NIDA/);
  });

  it('suggests "in recovery" or "not using" for "clean"', () => {
    expect(only('She has been clean since March.').alternatives).toEqual(expect.arrayContaining(['in recovery', 'not using']));
  });

  it('suggests "positive test" for "dirty urine"', () => {
    const suggestion = only('His dirty urine meant a week off work.');
    expect(suggestion.matchedText).toBe('dirty urine');
    expect(suggestion.alternatives).toContain('positive test');
  });

  it('suggests "person who uses drugs" for "abuser"', () => {
    expect(only('Every abuser deserves treatment.').alternatives).toContain('person who uses drugs');
  });
});

describe('languageCheck: matching', () => {
  it('ignores case', () => {
    expect(terms(languageCheck('ADDICT, Junkie, cRaCkHeAd', 'en'))).toEqual(['ADDICT', 'Junkie', 'cRaCkHeAd']);
  });

  it('respects word boundaries: "addiction" and "cleaning" are fine', () => {
    expect(languageCheck('Addiction is treatable. I was cleaning the kitchen, then cleaned the car.', 'en')).toEqual([]);
    expect(languageCheck('She is addicted to opioids and unclean water is a risk.', 'en')).toEqual([]);
  });

  it('leaves "clean" and "dirty" alone in their everyday senses', () => {
    expect(languageCheck('I need to clean the kitchen, then wash the dirty dishes and get clean clothes.', 'en')).toEqual([]);
    expect(terms(languageCheck('I have been clean for a year.', 'en'))).toEqual(['clean']);
  });

  it('leaves other senses of a term alone', () => {
    expect(languageCheck('Alcoholics Anonymous serves non-alcoholic drinks, and no alcoholic beverages.', 'en')).toEqual([]);
    expect(languageCheck('She left her abuser and earned frequent flyer miles.', 'en')).toEqual([]);
    expect(languageCheck('The war on drugs failed.', 'en')).toEqual([]);
  });

  it('catches plurals, possessives and inflections', () => {
    expect(terms(languageCheck("addicts, an addict's rights, the addicts' meeting, abusers, junkies, crackheads", 'en'))).toEqual([
      'addicts',
      "addict's",
      "addicts'",
      'abusers',
      'junkies',
      'crackheads',
    ]);
    expect(terms(languageCheck('des toxicomanes, un drogué, une droguée, des drogués, des droguées', 'fr'))).toEqual([
      'toxicomanes',
      'drogué',
      'droguée',
      'drogués',
      'droguées',
    ]);
  });

  it('lets the longest term win where terms overlap', () => {
    const suggestions = languageCheck('A former addict with a dirty urine test; a drug abuser.', 'en');
    expect(suggestions.map((suggestion) => [suggestion.matchedText, suggestion.termId])).toEqual([
      ['former addict', 'former-addict'],
      ['dirty urine', 'positive-test'],
      ['drug abuser', 'drug-abuser'],
    ]);
  });

  it('gives spans into the original text after emoji, accents and odd spacing', () => {
    const text = '😀👍🏽 Café crème…  he’s a   JUNKIE, and an addict\u2019s life';
    const suggestions = languageCheck(text, 'en');
    expect(suggestions.map((suggestion) => text.slice(suggestion.start, suggestion.end))).toEqual(['JUNKIE', 'addict\u2019s']);
    expect(suggestions.map((suggestion) => suggestion.matchedText)).toEqual(['JUNKIE', 'addict\u2019s']);
    expect(suggestions[0]!.start).toBe(text.indexOf('JUNKIE'));
  });

  it('spans a decomposed accent in full', () => {
    const text = 'Il est drogue\u0301.';
    expect(only(text, 'fr')).toMatchObject({ termId: 'drogue', start: 7, end: 14, matchedText: 'drogue\u0301' });
  });

  it('gives back copies, so a caller cannot change the lexicon', () => {
    only('an addict').alternatives.push('changed');
    expect(only('an addict').alternatives).not.toContain('changed');
  });

  it('returns nothing for empty or harmless text', () => {
    expect(languageCheck('', 'en')).toEqual([]);
    expect(languageCheck('Thank you all for the meeting last night, it helped a lot.', 'en')).toEqual([]);
  });
});

describe('languageCheck: French', () => {
  it('suggests person-first words for "toxicomane"', () => {
    const suggestion = only('Mon voisin est toxicomane.', 'fr');
    expect(suggestion.alternatives).toEqual(expect.arrayContaining(['personne qui consomme des drogues']));
    expect(suggestion.source).toMatch(/Agence de la santé publique du Canada/);
  });

  it('tells "drogué" (a person) from "drogue" (a drug)', () => {
    expect(languageCheck('La drogue a pris ma jeunesse. Les drogues aussi.', 'fr')).toEqual([]);
    expect(only('Un drogué.', 'fr').termId).toBe('drogue');
  });

  it('matches words typed without their accents where that is unambiguous', () => {
    expect(only('un heroinomane', 'fr').termId).toBe('opiomane');
    expect(only('un ex-toxicomane', 'fr').termId).toBe('ancien-toxicomane');
  });

  it('flags the anglicism "clean" only in French constructions', () => {
    expect(only('Je suis clean depuis deux ans.', 'fr')).toMatchObject({ termId: 'clean', matchedText: 'clean depuis', selfDescription: true });
    expect(only('Je suis clean.', 'fr')).toMatchObject({ termId: 'clean', matchedText: 'suis clean', selfDescription: true });
    expect(languageCheck('clean code', 'fr')).toEqual([]);
  });

  it('matches French labels after an elided article', () => {
    expect(only("l'alcoolique", 'fr')).toMatchObject({ termId: 'alcoolique', matchedText: 'alcoolique', start: 2 });
  });
});

describe('languageCheck: self-description', () => {
  it.each([
    ["I'm an addict and proud of my recovery."],
    ['I am a recovering addict.'],
    ['Hi, I’m Sam and I’m an alcoholic.'],
    ['I have been clean for two years.'],
    ['As an addict, I know the shame.'],
  ])('marks "%s" as self-description', (text) => {
    expect(languageCheck(text, 'en').map((suggestion) => suggestion.selfDescription)).toEqual([true]);
  });

  it.each([['He is an addict.'], ["I'm sure he's an addict."], ["I'm scared my son is an addict."], ['I am tired. Addicts are people too.']])(
    'does not mark "%s" as self-description',
    (text) => {
      expect(languageCheck(text, 'en').map((suggestion) => suggestion.selfDescription)).toEqual([false]);
    },
  );

  it('never marks a term a person cannot describe themselves with', () => {
    expect(only('I had a dirty urine test.').selfDescription).toBe(false);
  });

  it('works in French', () => {
    expect(only('Je suis toxicomane.', 'fr').selfDescription).toBe(true);
    expect(only("J'étais alcoolique.", 'fr').selfDescription).toBe(true);
    expect(only('En tant qu’ancien toxico, je comprends.', 'fr').selfDescription).toBe(true);
    expect(only('Je reste propre depuis un an.', 'fr').selfDescription).toBe(true);
    expect(only('Mon frère est toxicomane.', 'fr').selfDescription).toBe(false);
    expect(only('Je suis sûre qu’il est toxicomane.', 'fr').selfDescription).toBe(false);
  });

  it('leaves self-description out when asked to', () => {
    const text = "I'm an addict. My brother calls other people junkies.";
    expect(terms(languageCheck(text, 'en'))).toEqual(['addict', 'junkies']);
    expect(terms(languageCheck(text, 'en', { includeSelfDescription: false }))).toEqual(['junkies']);
  });
});

describe('locales', () => {
  it('maps regional locales to their language and falls back to English', () => {
    expect(only('un toxicomane', 'fr-CA').termId).toBe('toxicomane');
    expect(only('un toxicomane', 'FR_be').termId).toBe('toxicomane');
    expect(languageCheck('un toxicomane', 'de')).toEqual([]);
    expect(only('an addict', 'de').termId).toBe('addict');
    expect(only('an addict', '').termId).toBe('addict');
  });

  it('reports the lexicon version of the locale used', () => {
    expect(lexiconVersion('en')).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(lexiconVersion('fr-CA')).toBe(lexiconVersion('fr'));
    expect(lexiconVersion('xx')).toBe(lexiconVersion('en'));
  });
});
