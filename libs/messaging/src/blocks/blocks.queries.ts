import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const OTHER_ID = '00000000-0000-0000-0000-000000000001';

/** Idempotent: a second block of the same person inserts nothing and returns no row. */
export const insertBlock = defineQuery<{ blockerId: string; blockedId: string }, { inserted: true }>({
  name: 'blocks.insertBlock',
  sql: `INSERT INTO blocks (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
  params: ({ blockerId, blockedId }) => [blockerId, blockedId],
  map: () => ({ inserted: true }),
  example: { blockerId: EXAMPLE_ID, blockedId: OTHER_ID },
});

/** Everyone the person blocked or was blocked by. */
export const blockedEitherWay = defineQuery<{ userId: string }, { other: string }>({
  name: 'blocks.blockedEitherWay',
  sql: `SELECT blocked_id AS other FROM blocks WHERE blocker_id = $1 UNION SELECT blocker_id FROM blocks WHERE blocked_id = $1`,
  params: ({ userId }) => [userId],
  map: (row) => ({ other: row['other'] as string }),
  example: { userId: EXAMPLE_ID },
});

/** The same for many people: one row per (person, someone blocked either way). */
export const blockedEitherWayFor = defineQuery<{ userIds: readonly string[] }, { person: string; other: string }>({
  name: 'blocks.blockedEitherWayFor',
  sql: `SELECT blocker_id AS person, blocked_id AS other FROM blocks WHERE blocker_id = ANY($1)
        UNION SELECT blocked_id, blocker_id FROM blocks WHERE blocked_id = ANY($1)`,
  params: ({ userIds }) => [userIds],
  map: (row) => ({ person: row['person'] as string, other: row['other'] as string }),
  example: { userIds: [EXAMPLE_ID, OTHER_ID] },
});
