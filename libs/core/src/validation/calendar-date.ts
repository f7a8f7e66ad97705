import { CoreMessages } from '../core.messages';
import { BadUserInputError } from '../graphql/errors';

/** A day on someone's calendar, `YYYY-MM-DD`: kept as written from client to a Postgres `date`, so no time zone can move it. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real day written `YYYY-MM-DD` (no 31 April), within the bounds a field allows, or a kind
 * error naming the field.
 */
export function checkCalendarDate(
  value: string,
  field: string,
  { earliest = '1900-01-01', latest = '2199-12-31' }: { earliest?: CalendarDate; latest?: CalendarDate } = {},
): CalendarDate {
  const text = value.trim();
  const match = CALENDAR_DATE.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = match !== null && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || text < earliest || text > latest) {
    throw new BadUserInputError(CoreMessages.CALENDAR_DATE_FORMAT(), { field });
  }
  return text;
}

/** The calendar day it is now in a time zone (UTC for a zone Intl does not know). */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
