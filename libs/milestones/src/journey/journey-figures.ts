import { DateTime } from 'luxon';
import type { CalendarDate } from '@kindred/core';

export interface JourneyFigures {
  /** Days since the recovery start date: setbacks never take them away. */
  totalDays: number;
  /** Days since the start or the latest setback. */
  currentStretchDays: number;
  /** The longest stretch between the start, setbacks and today. */
  longestStretchDays: number;
}

const days = (from: CalendarDate, to: CalendarDate): number =>
  Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);

/**
 * The figures of a recovery journey, derived from its start date and setbacks rather than
 * kept as counters: a back-dated setback, or a corrected start date, can never leave them
 * disagreeing with the facts.
 */
export function journeyFigures(startedOn: CalendarDate, setbacks: readonly CalendarDate[], today: CalendarDate): JourneyFigures {
  const marks = [startedOn, ...[...setbacks].filter((date) => date >= startedOn && date <= today).sort(), today];
  let longest = 0;
  for (let index = 1; index < marks.length; index++) longest = Math.max(longest, days(marks[index - 1]!, marks[index]!));
  return { totalDays: Math.max(0, days(startedOn, today)), currentStretchDays: Math.max(0, days(marks.at(-2)!, today)), longestStretchDays: longest };
}

/** The milestones celebrated, in days: the first day, a week, the first months, then every year. */
export function milestonesUpTo(totalDays: number): number[] {
  const early = [1, 7, 30, 60, 90, 180, 270];
  const years = Array.from({ length: Math.floor(totalDays / 365) }, (_, index) => (index + 1) * 365);
  return [...early.filter((day) => day <= totalDays), ...years];
}

/**
 * The milestones reached, each with the day it was reached: derived from the start date, as
 * the days are, so they show as soon as a start date is set and a setback never takes one away.
 */
export function milestonesReached(startedOn: CalendarDate, totalDays: number): { days: number; reachedOn: CalendarDate }[] {
  const start = DateTime.fromISO(startedOn, { zone: 'UTC' });
  return milestonesUpTo(totalDays).map((days) => ({ days, reachedOn: start.plus({ days }).toISODate()! }));
}

/** The next milestone after this many days. */
export function nextMilestone(totalDays: number): number {
  return [1, 7, 30, 60, 90, 180, 270].find((day) => day > totalDays) ?? (Math.floor(totalDays / 365) + 1) * 365;
}
