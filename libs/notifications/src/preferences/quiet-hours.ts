import { BadUserInputError } from '@kindred/core';
import { NotificationMessages } from '../notifications.messages';

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of a 'HH:MM' time (24-hour clock), or null when it is not one. */
export function minutesOf(clockTime: string): number | null {
  const match = CLOCK_TIME.exec(clockTime);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Checks quiet hours as entered; the messages are for the person who typed them. */
export function checkQuietHours(start: string, end: string): { start: string; end: string } {
  const trimmedStart = start.trim();
  const trimmedEnd = end.trim();
  if (minutesOf(trimmedStart) === null) {
    throw new BadUserInputError(NotificationMessages.QUIET_HOURS_START_FORMAT(), { field: 'start' });
  }
  if (minutesOf(trimmedEnd) === null) {
    throw new BadUserInputError(NotificationMessages.QUIET_HOURS_END_FORMAT(), { field: 'end' });
  }
  if (trimmedStart === trimmedEnd) {
    throw new BadUserInputError(NotificationMessages.QUIET_HOURS_SAME_TIMES(), { field: 'end' });
  }
  return { start: trimmedStart, end: trimmedEnd };
}

/**
 * The wall-clock time in a time zone, in minutes since midnight. Intl applies the zone's
 * rules for that instant, daylight saving included. An unknown zone (time zones are checked
 * when saved, so only an old or damaged value) reads as UTC rather than stopping the digest.
 */
export function localMinutes(at: Date, timeZone: string): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  } catch {
    return at.getUTCHours() * 60 + at.getUTCMinutes();
  }
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((part) => part.type === 'minute')?.value ?? 0);
  return hour * 60 + minute;
}

/**
 * Whether `at` falls in the quiet hours [start, end) in the person's time zone. When start
 * is later than end the quiet time wraps midnight (22:00–07:00 is quiet at 23:30 and 06:59).
 */
export function isQuietAt(at: Date, timeZone: string, start: string, end: string): boolean {
  const from = minutesOf(start);
  const to = minutesOf(end);
  if (from === null || to === null || from === to) return false;
  const now = localMinutes(at, timeZone);
  return from < to ? now >= from && now < to : now >= from || now < to;
}
