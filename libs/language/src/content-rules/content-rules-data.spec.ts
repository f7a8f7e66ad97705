import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContentCategory } from './content-category';
import { CONTENT_RULE_FILES, parseContentRulesFile } from './content-rules-data';
import { classifyContent } from './classify-content';
import { compiledContentRules } from './content-rules';

const files = Object.entries(CONTENT_RULE_FILES).map(([name, value]) => ({ name, file: parseContentRulesFile(value, name) }));

describe('content rule data files', () => {
  it('registers every data file', () => {
    const onDisk = readdirSync(join(__dirname, 'data')).sort();
    expect(onDisk).toEqual(
      Object.keys(CONTENT_RULE_FILES)
        .map((name) => `${name}.json`)
        .sort(),
    );
  });

  it('shares one version and unique rule ids prefixed by their file', () => {
    expect(new Set(files.map(({ file }) => file.version)).size).toBe(1);
    const ids = files.flatMap(({ name, file }) =>
      file.rules.map((rule) => {
        expect(rule.id.startsWith(`${name}.`)).toBe(true);
        return rule.id;
      }),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(() => compiledContentRules()).not.toThrow();
  });

  it.each(['en', 'fr'])('has %s phrase rules for every category except the lexicon-derived one', (name) => {
    const { file } = files.find((item) => item.name === name)!;
    const covered = new Set(file.rules.filter((rule) => rule.phrases.length > 0).map((rule) => rule.category));
    expect([...covered].sort()).toEqual([ContentCategory.HARASSMENT, ContentCategory.DRUG_SELLING, ContentCategory.SPAM, ContentCategory.CRISIS].sort());
  });

  it('expands vocabulary placeholders and leaves none behind', () => {
    const phrases = files.flatMap(({ file }) => file.rules.flatMap((rule) => rule.phrases));
    expect(phrases).toContain('selling xans');
    expect(phrases).toContain('qui a de la beuh');
    expect(phrases.filter((phrase) => phrase.includes('{'))).toEqual([]);
  });

  it('matches every phrase on its own under its category', () => {
    for (const { file } of files) {
      for (const rule of file.rules) {
        for (const phrase of rule.phrases) {
          const found = classifyContent(phrase).map((finding) => finding.category);
          expect([phrase, found.includes(rule.category)]).toEqual([phrase, true]);
        }
      }
    }
  });

  it('rejects a rule with an unknown category or a misspelt field', () => {
    const base = { version: '2026-01-01.1', locale: 'en' };
    expect(() => parseContentRulesFile({ ...base, rules: [{ id: 'en.x', category: 'RUDE', phrases: ['x'] }] }, 'en')).toThrow(/unknown category/);
    expect(() => parseContentRulesFile({ ...base, rules: [{ id: 'en.x', category: 'SPAM', phrases: ['x'], unlesBefore: ['y'] }] }, 'en')).toThrow(
      /unknown field/,
    );
    expect(() => parseContentRulesFile({ ...base, rules: [{ id: 'en.x', category: 'SPAM', phrases: ['{nothing}'] }] }, 'en')).toThrow(/vocabulary/);
  });
});
