import { KindredError } from '@kindred/core';
import { BODY_MAX_CHARACTERS, checkDiaryEntry, checkDiarySearch } from './diary-entry-input';

const TODAY = '2025-06-15';
const fieldOf = (work: () => unknown): string | undefined => {
  try {
    work();
  } catch (error) {
    if (error instanceof KindredError) return `${error.code}:${String(error.extensions['field'])}`;
    throw error;
  }
  return undefined;
};

describe('diary entry input', () => {
  it('keeps a valid entry, trimmed, with its tags once each', () => {
    expect(checkDiaryEntry({ entryDate: '2025-06-15', body: '  Walked to the river.  ', mood: 4, tags: ['meaning.nature', 'meaning.nature'] }, TODAY)).toEqual({
      entryDate: '2025-06-15',
      body: 'Walked to the river.',
      mood: 4,
      tags: ['meaning.nature'],
    });
    expect(checkDiaryEntry({ entryDate: '2024-02-29', body: 'Leap day.', mood: null, tags: null }, TODAY)).toMatchObject({ mood: null, tags: [] });
  });

  it('refuses an empty or over-long text, but counts an emoji as one character', () => {
    expect(fieldOf(() => checkDiaryEntry({ entryDate: TODAY, body: '   ' }, TODAY))).toBe('BAD_USER_INPUT:body');
    expect(fieldOf(() => checkDiaryEntry({ entryDate: TODAY, body: 'a'.repeat(BODY_MAX_CHARACTERS + 1) }, TODAY))).toBe('BAD_USER_INPUT:body');
    expect(checkDiaryEntry({ entryDate: TODAY, body: '🙂'.repeat(BODY_MAX_CHARACTERS) }, TODAY).body).toHaveLength(BODY_MAX_CHARACTERS * 2);
  });

  it('refuses days that have not come yet, and days that do not exist', () => {
    expect(fieldOf(() => checkDiaryEntry({ entryDate: '2025-06-16', body: 'Tomorrow.' }, TODAY))).toBe('BAD_USER_INPUT:entryDate');
    for (const day of ['2025-04-31', '2023-02-29', '15/06/2025', '2025-6-1', '1899-12-31', '']) {
      expect(fieldOf(() => checkDiaryEntry({ entryDate: day, body: 'Text.' }, TODAY))).toBe('BAD_USER_INPUT:entryDate');
    }
  });

  it('accepts a mood from 1 to 5 only, and tags only from the list', () => {
    for (const mood of [0, 6, 2.5]) expect(fieldOf(() => checkDiaryEntry({ entryDate: TODAY, body: 'Text.', mood }, TODAY))).toBe('BAD_USER_INPUT:mood');
    expect(fieldOf(() => checkDiaryEntry({ entryDate: TODAY, body: 'Text.', tags: ['made.up'] }, TODAY))).toBe('BAD_USER_INPUT:tags');
  });

  it('checks a search: known tags, real days, a range in order', () => {
    expect(checkDiarySearch({ tags: ['family.loneliness'], from: '2025-01-01', to: '2025-01-31' })).toEqual({
      tags: ['family.loneliness'],
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(checkDiarySearch({})).toEqual({ tags: [], from: null, to: null });
    expect(fieldOf(() => checkDiarySearch({ from: '2025-02-01', to: '2025-01-01' }))).toBe('BAD_USER_INPUT:from');
    expect(fieldOf(() => checkDiarySearch({ to: '2025-13-01' }))).toBe('BAD_USER_INPUT:to');
    expect(fieldOf(() => checkDiarySearch({ tags: ['nope'] }))).toBe('BAD_USER_INPUT:tags');
  });
});
