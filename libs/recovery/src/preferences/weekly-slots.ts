import { BadUserInputError } from '@kindred/core';
import { Weekday, type WeeklySlot } from './recovery-preference.entity';
import { RecoveryMessages } from '../recovery.messages';

/** Three windows a day is plenty to describe a week; more is likely a client bug. */
export const MAX_AVAILABILITY_SLOTS = 21;

const WEEK: readonly Weekday[] = Object.values(Weekday);
const START = /^([01]\d|2[0-3]):[0-5]\d$/;
const END = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const dayName = (day: Weekday): string => day.charAt(0) + day.slice(1).toLowerCase();
const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Weekly windows (a member's availability, a mentor's), sorted by day and start. A window
 * lies within one day (an evening running past midnight is two windows), and windows on the
 * same day may touch but not overlap, so matching can compare them without guessing what
 * was meant. `field` names the input in the error.
 */
export function checkWeeklySlots(slots: readonly WeeklySlot[], field: string): WeeklySlot[] {
  if (slots.length > MAX_AVAILABILITY_SLOTS) {
    throw new BadUserInputError(RecoveryMessages.TOO_MANY_WEEKLY_SLOTS({ max: MAX_AVAILABILITY_SLOTS }), { field });
  }
  const sorted = slots
    .map(({ day, start, end }) => ({ day, start: start.trim(), end: end.trim() }))
    .sort((a, b) => WEEK.indexOf(a.day) - WEEK.indexOf(b.day) || a.start.localeCompare(b.start));
  sorted.forEach((slot, index) => {
    const label = `${dayName(slot.day)} ${slot.start}–${slot.end}`;
    if (!START.test(slot.start) || !END.test(slot.end)) {
      throw new BadUserInputError(RecoveryMessages.WEEKLY_SLOT_FORMAT({ slot: label }), { field });
    }
    if (minutes(slot.end) <= minutes(slot.start)) {
      throw new BadUserInputError(RecoveryMessages.WEEKLY_SLOT_END_BEFORE_START({ slot: label }), { field });
    }
    const previous = sorted[index - 1];
    if (previous && previous.day === slot.day && minutes(slot.start) < minutes(previous.end)) {
      throw new BadUserInputError(RecoveryMessages.WEEKLY_SLOTS_OVERLAP({ slot: label, other: `${dayName(previous.day)} ${previous.start}–${previous.end}` }), {
        field,
      });
    }
  });
  return sorted;
}
