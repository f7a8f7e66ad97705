import { minutesOf } from '@kindred/notifications';

/** A weekly shift as stored: 0 is Monday; local 'HH:MM' times, ending the next day when it ends earlier than it starts. */
export interface WeeklyShift {
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/** The weekday (0 Monday … 6 Sunday) and minutes since midnight at an instant, in a time zone. */
export function localWeekTime(at: Date, timeZone: string): { weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(value('weekday'));
  return { weekday, minutes: Number(value('hour')) * 60 + Number(value('minute')) };
}

/** Whether the shift covers that local moment: a shift past midnight covers the small hours of the next day too. */
export function coversLocally(shift: WeeklyShift, weekday: number, minutes: number): boolean {
  const start = minutesOf(shift.startsAt) ?? 0;
  const end = minutesOf(shift.endsAt) ?? 0;
  if (end > start) return shift.weekday === weekday && minutes >= start && minutes < end;
  return (shift.weekday === weekday && minutes >= start) || ((shift.weekday + 1) % 7 === weekday && minutes < end);
}

/** Whether a time zone name is one this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}
