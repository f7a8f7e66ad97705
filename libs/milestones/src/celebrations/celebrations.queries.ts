import { defineQuery, type CalendarDate } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** The milestones (in days) already celebrated, per member. */
export const celebratedMilestones = defineQuery<{ memberIds: readonly string[] }, { memberId: string; days: number[] }>({
  name: 'celebrations.celebratedMilestones',
  sql: `SELECT member_id, array_agg(days) AS days FROM milestone_celebrations WHERE member_id = ANY($1) GROUP BY member_id`,
  params: ({ memberIds }) => [memberIds],
  map: (row) => ({ memberId: row['member_id'] as string, days: row['days'] as number[] }),
  example: { memberIds: [EXAMPLE_ID] },
});

/** Records the milestones not yet celebrated; the unique key settles concurrent sweeps. The rows back are the new ones. */
export const recordCelebrations = defineQuery<{ memberId: string; startedOn: CalendarDate; reached: readonly number[] }, { id: string; days: number }>({
  name: 'celebrations.recordCelebrations',
  sql: `INSERT INTO milestone_celebrations (member_id, days, reached_on)
        SELECT $1, days, ($2::date + days) FROM unnest($3::int[]) AS days
        ON CONFLICT (member_id, days) DO NOTHING
        RETURNING id, days`,
  params: ({ memberId, startedOn, reached }) => [memberId, startedOn, reached],
  map: (row) => ({ id: row['id'] as string, days: row['days'] as number }),
  example: { memberId: EXAMPLE_ID, startedOn: '2026-01-01' as CalendarDate, reached: [1] },
});
