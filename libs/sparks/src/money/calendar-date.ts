import { BadUserInputError } from '@kindred/core';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that exists (no 31 April), or a clear error naming the field. */
export function checkCalendarDate(value: string, field: string): string {
  const match = ISO_DATE.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value.trim()) {
    throw new BadUserInputError('Please give a date as YYYY-MM-DD, for example 2025-03-31.', { field });
  }
  return value.trim();
}

/** Today's date in UTC, the calendar funds' periods are kept in. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from one instant to another, with one decimal: for "days to decision". */
export function daysBetween(from: Date, to: Date): number {
  return Math.round(((to.getTime() - from.getTime()) / 86_400_000) * 10) / 10;
}
