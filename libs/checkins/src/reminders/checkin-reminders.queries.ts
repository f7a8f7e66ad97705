import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const EXAMPLE_TIME = new Date('2026-01-01T08:00:00Z');

/** Whether the member checked in within `withinHours` before the reminder fell due. */
export const checkedInBeforeReminder = defineQuery<{ memberId: string; dueAt: Date | null; withinHours: number }, { answered: boolean }>({
  name: 'checkinReminders.checkedInBeforeReminder',
  sql: `SELECT EXISTS (SELECT 1 FROM checkins WHERE member_id = $1 AND checked_in_at > $2::timestamptz - make_interval(hours => $3)) AS answered`,
  params: ({ memberId, dueAt, withinHours }) => [memberId, dueAt, withinHours],
  map: (row) => ({ answered: row['answered'] as boolean }),
  example: { memberId: EXAMPLE_ID, dueAt: EXAMPLE_TIME, withinHours: 12 },
});

/**
 * Moves the reminder due at `dueAt` on to `next`, counting it unless it was answered; no row
 * back when another worker claimed it first (the due time no longer matches).
 */
export const claimReminder = defineQuery<{ memberId: string; dueAt: Date | null; next: Date; counted: boolean }, { remindersSinceCheckin: number }>({
  name: 'checkinReminders.claimReminder',
  sql: `UPDATE checkin_preferences
           SET next_reminder_at = $3, reminders_since_checkin = reminders_since_checkin + $4
         WHERE member_id = $1 AND next_reminder_at = $2
         RETURNING reminders_since_checkin`,
  params: ({ memberId, dueAt, next, counted }) => [memberId, dueAt, next, counted ? 1 : 0],
  map: (row) => ({ remindersSinceCheckin: row['reminders_since_checkin'] as number }),
  example: { memberId: EXAMPLE_ID, dueAt: EXAMPLE_TIME, next: EXAMPLE_TIME, counted: true },
});
