import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const EXAMPLE_TIME = new Date('2026-01-01T00:00:00Z');

/** The person's latest BARC-10 totals, newest first. */
export const latestTotals = defineQuery<{ userId: string; count: number }, { total: number; takenAt: Date }>({
  name: 'capital.latestTotals',
  sql: `SELECT total, taken_at FROM barc10_assessments WHERE user_id = $1 ORDER BY taken_at DESC, id DESC LIMIT $2`,
  params: ({ userId, count }) => [userId, count],
  map: (row) => ({ total: Number(row['total']), takenAt: row['taken_at'] as Date }),
  example: { userId: EXAMPLE_ID, count: 3 },
});

/** People whose latest assessment is older than `before`, with its date. */
export const lastAssessedBefore = defineQuery<{ before: Date }, { userId: string; lastTaken: Date }>({
  name: 'capital.lastAssessedBefore',
  sql: `SELECT user_id, max(taken_at) AS last_taken FROM barc10_assessments GROUP BY user_id HAVING max(taken_at) < $1`,
  params: ({ before }) => [before],
  map: (row) => ({ userId: row['user_id'] as string, lastTaken: row['last_taken'] as Date }),
  example: { before: EXAMPLE_TIME },
});

/** Each person's latest total per UTC month since `since`; month is 'YYYY-MM-01'. */
export const monthlyTotals = defineQuery<{ userIds: readonly string[]; since: Date }, { month: string; userId: string; total: number }>({
  name: 'capital.monthlyTotals',
  sql: `SELECT DISTINCT ON (user_id, date_trunc('month', taken_at AT TIME ZONE 'UTC'))
               to_char(date_trunc('month', taken_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month, user_id, total
          FROM barc10_assessments
         WHERE user_id = ANY($1) AND taken_at >= $2
         ORDER BY user_id, date_trunc('month', taken_at AT TIME ZONE 'UTC'), taken_at DESC`,
  params: ({ userIds, since }) => [userIds, since],
  map: (row) => ({ month: row['month'] as string, userId: row['user_id'] as string, total: Number(row['total']) }),
  example: { userIds: [EXAMPLE_ID], since: EXAMPLE_TIME },
});
