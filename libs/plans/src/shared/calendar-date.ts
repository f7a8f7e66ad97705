import { BadUserInputError } from '@kindred/core';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A due date is a day on the member's calendar, not an instant: kept as `YYYY-MM-DD` from the
 * client to a Postgres `date`, so no time zone can move it to the day before.
 */
export function checkCalendarDate(value: string | null, field: string): string | null {
  if (value === null) return null;
  const text = value.trim();
  const match = CALENDAR_DATE.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (real && year >= 2000 && year <= 2199) return text;
  }
  throw new BadUserInputError('Please give the date as year-month-day, for example 2026-03-31.', { field });
}
