import { checkCalendarDate, type CalendarDate } from '@kindred/core';

/**
 * A due date is a day on the member's calendar, not an instant: kept as `YYYY-MM-DD` from the
 * client to a Postgres `date`, so no time zone can move it to the day before. None is null.
 */
export function checkDueDate(value: string | null, field: string): CalendarDate | null {
  return value === null ? null : checkCalendarDate(value, field, { earliest: '2000-01-01' });
}
