import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** A person's standing; the database's clock decides when a suspension ends, the clock that set it. */
export const standingOf = defineQuery<{ userId: string }, { suspendedUntil: Date | null; banned: boolean }>({
  name: 'standing.standingOf',
  sql: `SELECT CASE WHEN suspended_until > now() THEN suspended_until END AS suspended_until, banned_at IS NOT NULL AS banned
          FROM users WHERE id = $1`,
  params: ({ userId }) => [userId],
  map: (row) => ({ suspendedUntil: row['suspended_until'] as Date | null, banned: row['banned'] as boolean }),
  example: { userId: EXAMPLE_ID },
});
