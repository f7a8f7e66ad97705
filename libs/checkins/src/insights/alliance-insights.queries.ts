import { defineQuery } from '@kindred/core';

const EXAMPLE = { memberIds: ['00000000-0000-0000-0000-000000000000'], since: new Date('2026-01-01T00:00:00Z') };

/** For each tag the members used since `since`, how many distinct members used it. */
export const tagPeople = defineQuery<{ memberIds: readonly string[]; since: Date }, { tag: string; people: number }>({
  name: 'allianceInsights.tagPeople',
  sql: `SELECT tag, count(DISTINCT c.member_id) AS people
          FROM checkins c, unnest(c.tags) AS tag
         WHERE c.member_id = ANY($1) AND c.checked_in_at >= $2
         GROUP BY tag`,
  params: ({ memberIds, since }) => [memberIds, since],
  map: (row) => ({ tag: row['tag'] as string, people: Number(row['people']) }),
  example: EXAMPLE,
});

/** Per UTC week (its Monday, YYYY-MM-DD): distinct members who checked in and their average mood and cravings. */
export const weeklyCheckins = defineQuery<{ memberIds: readonly string[]; since: Date }, { week: string; people: number; mood: number; cravings: number }>({
  name: 'allianceInsights.weeklyCheckins',
  sql: `SELECT to_char(date_trunc('week', checked_in_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
               count(DISTINCT member_id) AS people, avg(mood) AS mood, avg(cravings) AS cravings
          FROM checkins
         WHERE member_id = ANY($1) AND checked_in_at >= $2
         GROUP BY 1 ORDER BY 1`,
  params: ({ memberIds, since }) => [memberIds, since],
  map: (row) => ({ week: row['week'] as string, people: Number(row['people']), mood: Number(row['mood']), cravings: Number(row['cravings']) }),
  example: EXAMPLE,
});
