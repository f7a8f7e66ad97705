import { Weekday, type WeeklySlot } from '@kindred/recovery';
import type { DayPart, WeekDays } from './suggestion-reasons';

const WEEK = 7 * 24 * 60;
const DAYS: readonly Weekday[] = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY, Weekday.SUNDAY];

/** [start, end) in minutes of a UTC week starting Monday 00:00. */
export type WeekInterval = readonly [number, number];

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets change at most twice a year: one per zone per minute is plenty, and Intl is slow. */
const offsets = new Map<string, { minute: number; offset: number }>();
const weeks = new WeakMap<readonly WeeklySlot[], { key: string; intervals: WeekInterval[] }>();

/** Minutes a time zone is ahead of UTC at that moment (Europe/Paris in winter: 60). */
export function offsetMinutes(timeZone: string, at: Date): number {
  const minute = Math.floor(at.getTime() / 60_000);
  const known = offsets.get(timeZone);
  if (known?.minute === minute) return known.offset;
  const offset = computeOffset(timeZone, at);
  offsets.set(timeZone, { minute, offset });
  return offset;
}

function computeOffset(timeZone: string, at: Date): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  const local = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/**
 * A person's weekly slots, in their time zone, as UTC intervals of the week (split where they
 * wrap). Remembered per slots list, so ranking many members against the same mentors
 * converts each mentor's week once.
 */
export function toUtcWeek(slots: readonly WeeklySlot[], timeZone: string, at: Date): WeekInterval[] {
  const key = `${timeZone}@${offsetMinutes(timeZone, at)}`;
  const known = weeks.get(slots);
  if (known?.key === key) return known.intervals;
  const intervals = convertWeek(slots, timeZone, at);
  weeks.set(slots, { key, intervals });
  return intervals;
}

function convertWeek(slots: readonly WeeklySlot[], timeZone: string, at: Date): WeekInterval[] {
  const offset = offsetMinutes(timeZone, at);
  const intervals: WeekInterval[] = [];
  for (const slot of slots) {
    const day = DAYS.indexOf(slot.day);
    if (day < 0) continue;
    const start = (((day * 1440 + minutesOf(slot.start) - offset) % WEEK) + WEEK) % WEEK;
    const length = minutesOf(slot.end) - minutesOf(slot.start);
    if (length <= 0) continue;
    if (start + length <= WEEK) intervals.push([start, start + length]);
    else intervals.push([start, WEEK], [0, start + length - WEEK]);
  }
  return intervals;
}

/** The shared stretches of two sets of intervals. */
export function overlaps(a: readonly WeekInterval[], b: readonly WeekInterval[]): WeekInterval[] {
  const shared: WeekInterval[] = [];
  for (const [startA, endA] of a) {
    for (const [startB, endB] of b) {
      const start = Math.max(startA, startB);
      const end = Math.min(endA, endB);
      if (end > start) shared.push([start, end]);
    }
  }
  return shared;
}

/** Weekday evenings, weekend mornings…: where a UTC stretch falls in the person's own week. */
export function describeStretch([start, end]: WeekInterval, timeZone: string, at: Date): { days: WeekDays; part: DayPart } {
  const local = (((start + offsetMinutes(timeZone, at)) % WEEK) + WEEK) % WEEK;
  const middle = local + Math.floor((end - start) / 2);
  const day = Math.floor(middle / 1440) % 7;
  const hour = Math.floor((middle % 1440) / 60);
  const part = hour < 12 ? 'MORNINGS' : hour < 17 ? 'AFTERNOONS' : 'EVENINGS';
  return { days: day >= 5 ? 'WEEKEND' : 'WEEKDAY', part };
}
