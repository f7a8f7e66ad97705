import { BadUserInputError, checkCalendarDate } from '@kindred/core';
import { recoveryTagIds } from '@kindred/recovery';
import { DiaryMessages } from '../diary.messages';

/** Long enough for a hard day written out in full; a longer text reads better as two entries. */
export const BODY_MAX_CHARACTERS = 20_000;

export interface DiaryEntryFields {
  entryDate: string;
  body: string;
  mood?: number | null;
  tags?: readonly string[] | null;
}

/** An entry's fields as they are stored, checked. */
export interface CheckedDiaryEntry {
  entryDate: string;
  body: string;
  mood: number | null;
  tags: string[];
}

/** The day an entry is about: today or earlier, by the member's own calendar. */
export function checkEntryDate(value: string, today: string): string {
  const date = checkCalendarDate(value, 'entryDate');
  if (date > today) throw new BadUserInputError(DiaryMessages.DIARY_DAY_IN_FUTURE(), { field: 'entryDate' });
  return date;
}

export function checkBody(value: string): string {
  const body = value.trim();
  if (body.length === 0) throw new BadUserInputError(DiaryMessages.DIARY_BODY_EMPTY(), { field: 'body' });
  // Counted in characters as a person sees them, so an emoji counts once.
  if ([...body].length > BODY_MAX_CHARACTERS) {
    throw new BadUserInputError(DiaryMessages.DIARY_BODY_TOO_LONG({ max: BODY_MAX_CHARACTERS }), { field: 'body' });
  }
  return body;
}

export function checkMood(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new BadUserInputError(DiaryMessages.DIARY_MOOD_RANGE(), { field: 'mood' });
  }
  return value;
}

export function checkDiaryEntry(fields: DiaryEntryFields, today: string): CheckedDiaryEntry {
  return {
    entryDate: checkEntryDate(fields.entryDate, today),
    body: checkBody(fields.body),
    mood: checkMood(fields.mood),
    tags: recoveryTagIds(fields.tags ?? []),
  };
}

/** What a search of one's own diary asks for: any of these tags, between these days (inclusive). */
export interface DiarySearch {
  tags: string[];
  from: string | null;
  to: string | null;
}

export function checkDiarySearch(search: { tags?: readonly string[] | null; from?: string | null; to?: string | null }): DiarySearch {
  const from = search.from ? checkCalendarDate(search.from, 'from') : null;
  const to = search.to ? checkCalendarDate(search.to, 'to') : null;
  if (from && to && from > to) throw new BadUserInputError(DiaryMessages.DIARY_SEARCH_DAYS_ORDER(), { field: 'from' });
  return { tags: recoveryTagIds(search.tags ?? []), from, to };
}
