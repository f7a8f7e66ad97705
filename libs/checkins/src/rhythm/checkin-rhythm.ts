import { registerEnumType } from '@nestjs/graphql';
import { DateTime } from 'luxon';
import { minutesOf, type QuietTime } from '@kindred/notifications';
import { Weekday } from '@kindred/recovery';

/** How often a member wants to check in. */
export enum CheckinCadence {
  DAILY = 'DAILY',
  FEW_TIMES_A_WEEK = 'FEW_TIMES_A_WEEK',
  WEEKLY = 'WEEKLY',
}

registerEnumType(CheckinCadence, {
  name: 'CheckinCadence',
  description: 'How often you would like to check in.',
  valuesMap: {
    DAILY: { description: 'Every day.' },
    FEW_TIMES_A_WEEK: { description: 'A few days a week (Monday, Wednesday and Friday unless you pick the days).' },
    WEEKLY: { description: 'Once a week (Monday unless you pick the day).' },
  },
});

const WEEKDAYS: readonly Weekday[] = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY, Weekday.SUNDAY];

export const DEFAULT_DAYS: Readonly<Record<CheckinCadence, readonly Weekday[]>> = {
  DAILY: WEEKDAYS,
  FEW_TIMES_A_WEEK: [Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.FRIDAY],
  WEEKLY: [Weekday.MONDAY],
};

/** How many days each cadence may pick, so "a few times a week" stays a few and "weekly" stays one. */
export const DAYS_ALLOWED: Readonly<Record<CheckinCadence, { min: number; max: number }>> = {
  DAILY: { min: 7, max: 7 },
  FEW_TIMES_A_WEEK: { min: 2, max: 5 },
  WEEKLY: { min: 1, max: 1 },
};

export interface CheckinRhythm {
  cadence: CheckinCadence;
  days: readonly Weekday[];
  /** 'HH:MM', local. */
  localTime: string;
}

/**
 * Moves a local time out of quiet hours, to the moment they end (the next morning when
 * they wrap midnight and the time is before midnight).
 */
function outOfQuiet(at: DateTime, quiet: QuietTime | null): DateTime {
  if (!quiet) return at;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === null || end === null || start === end) return at;
  const minutes = at.hour * 60 + at.minute;
  const endOfQuiet = (day: DateTime): DateTime => day.set({ hour: Math.floor(end / 60), minute: end % 60, second: 0, millisecond: 0 });
  if (start < end) return minutes >= start && minutes < end ? endOfQuiet(at) : at;
  if (minutes >= start) return endOfQuiet(at.plus({ days: 1 }));
  if (minutes < end) return endOfQuiet(at);
  return at;
}

/**
 * The first reminder strictly after `after`: on one of the rhythm's days, at its local time
 * in the member's time zone (daylight saving included: a time that does not exist that day
 * moves forward with the clocks), then out of their quiet hours.
 */
export function nextReminderAt(rhythm: CheckinRhythm, timeZone: string, after: Date, quiet: QuietTime | null): Date {
  const minutes = minutesOf(rhythm.localTime) ?? 0;
  let local = DateTime.fromJSDate(after, { zone: timeZone });
  if (!local.isValid) local = DateTime.fromJSDate(after, { zone: 'UTC' });
  const today = local.startOf('day');
  for (let offset = 0; offset <= 8; offset++) {
    const day = today.plus({ days: offset });
    if (!rhythm.days.includes(WEEKDAYS[day.weekday - 1]!)) continue;
    const at = outOfQuiet(day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 }), quiet);
    if (at.toMillis() > after.getTime()) return at.toJSDate();
  }
  throw new Error('nextReminderAt: a rhythm needs at least one day');
}
