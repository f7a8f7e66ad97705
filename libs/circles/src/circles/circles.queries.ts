import { defineQuery } from '@kindred/core';
import type { CIRCLE_MEMBERSHIP_ENDINGS } from './circle-member.entity';
import { CircleRelationship } from './circle-relationship';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** Creates the person's circle unless they have one (no row back then). */
export const createCircle = defineQuery<{ ownerId: string; name: string }, { id: string }>({
  name: 'circles.createCircle',
  sql: `INSERT INTO support_circles (owner_id, name) VALUES ($1, $2) ON CONFLICT (owner_id) DO NOTHING RETURNING id`,
  params: ({ ownerId, name }) => [ownerId, name],
  map: (row) => ({ id: row['id'] as string }),
  example: { ownerId: EXAMPLE_ID, name: 'example' },
});

/** Whether the person is in the owner's circle now. */
export const isCircleMember = defineQuery<{ ownerId: string; userId: string }, { member: boolean }>({
  name: 'circles.isCircleMember',
  sql: `SELECT EXISTS (
          SELECT 1 FROM circle_members m JOIN support_circles c ON c.id = m.circle_id
           WHERE c.owner_id = $1 AND m.user_id = $2 AND m.left_at IS NULL
        ) AS member`,
  params: ({ ownerId, userId }) => [ownerId, userId],
  map: (row) => ({ member: row['member'] as boolean }),
  example: { ownerId: EXAMPLE_ID, userId: EXAMPLE_ID },
});

/** The people in the member's circle now. */
export const circleSupportersOf = defineQuery<{ ownerId: string }, { userId: string }>({
  name: 'circles.circleSupportersOf',
  sql: `SELECT m.user_id FROM circle_members m JOIN support_circles c ON c.id = m.circle_id
         WHERE c.owner_id = $1 AND m.left_at IS NULL ORDER BY m.joined_at`,
  params: ({ ownerId }) => [ownerId],
  map: (row) => ({ userId: row['user_id'] as string }),
  example: { ownerId: EXAMPLE_ID },
});

/** Adds the person to the circle unless they are in it already. */
export const addCircleMember = defineQuery<{ circleId: string; userId: string; relationship: CircleRelationship }>({
  name: 'circles.addCircleMember',
  sql: `INSERT INTO circle_members (circle_id, user_id, relationship) VALUES ($1, $2, $3)
        ON CONFLICT (circle_id, user_id) WHERE left_at IS NULL DO NOTHING`,
  params: ({ circleId, userId, relationship }) => [circleId, userId, relationship],
  example: { circleId: EXAMPLE_ID, userId: EXAMPLE_ID, relationship: CircleRelationship.FRIEND },
});

/** Ends the person's membership, saying who ended it. */
export const endCircleMembership = defineQuery<{ circleId: string; userId: string; endedBy: (typeof CIRCLE_MEMBERSHIP_ENDINGS)[number] }>({
  name: 'circles.endCircleMembership',
  sql: `UPDATE circle_members SET left_at = now(), ended_by = $3 WHERE circle_id = $1 AND user_id = $2 AND left_at IS NULL`,
  params: ({ circleId, userId, endedBy }) => [circleId, userId, endedBy],
  example: { circleId: EXAMPLE_ID, userId: EXAMPLE_ID, endedBy: 'LEFT' },
});
