import { defineQuery } from '@kindred/core';
import { HOLDS_A_PLACE } from './mentorship-rules';
import { MentorshipStatus } from './mentorship-status';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const OTHER_ID = '00000000-0000-0000-0000-000000000001';

/** Holds one person's advisory lock until the transaction ends; its row is not read. */
export const lockPerson = defineQuery<{ userId: string }>({
  name: 'mentorships.lockPerson',
  sql: `SELECT pg_advisory_xact_lock(hashtextextended($1, 42))`,
  params: ({ userId }) => [userId],
  example: { userId: EXAMPLE_ID },
});

/** The member's requests still waiting for an answer. */
export const countWaitingRequests = defineQuery<{ memberId: string }, { count: number }>({
  name: 'mentorships.countWaitingRequests',
  sql: `SELECT count(*) AS open FROM mentorships WHERE member_id = $1 AND status = 'REQUESTED'`,
  params: ({ memberId }) => [memberId],
  // count(*) is a bigint, which pg hands over as text.
  map: (row) => ({ count: Number(row['open']) }),
  example: { memberId: EXAMPLE_ID },
});

export const insertRequest = defineQuery<{ memberId: string; mentorId: string; allianceId: string; lifetimeDays: number }, { id: string }>({
  name: 'mentorships.insertRequest',
  sql: `INSERT INTO mentorships (member_id, mentor_id, alliance_id, status, expires_at)
        VALUES ($1, $2, $3, 'REQUESTED', now() + make_interval(days => $4)) RETURNING id`,
  params: ({ memberId, mentorId, allianceId, lifetimeDays }) => [memberId, mentorId, allianceId, lifetimeDays],
  map: (row) => ({ id: row['id'] as string }),
  example: { memberId: EXAMPLE_ID, mentorId: OTHER_ID, allianceId: EXAMPLE_ID, lifetimeDays: 7 },
});

/** The member's other waiting requests end once a mentor accepted them. */
export const cancelOtherRequests = defineQuery<{ memberId: string; acceptedId: string }, { id: string; mentorId: string }>({
  name: 'mentorships.cancelOtherRequests',
  sql: `UPDATE mentorships SET status = 'CANCELLED', responded_at = now()
         WHERE member_id = $1 AND id <> $2 AND status = 'REQUESTED' RETURNING id, mentor_id`,
  params: ({ memberId, acceptedId }) => [memberId, acceptedId],
  map: (row) => ({ id: row['id'] as string, mentorId: row['mentor_id'] as string }),
  example: { memberId: EXAMPLE_ID, acceptedId: OTHER_ID },
});

export interface TransitionStamps {
  respondedAt?: boolean;
  startedAt?: boolean;
  endedAt?: boolean;
  /** Only while the request has not expired. */
  requireUnexpired?: boolean;
}

/** One conditional change of state, from an expected state: its affected count says whether it won. */
export const transition = defineQuery<{ id: string; from: readonly MentorshipStatus[]; to: MentorshipStatus; stamps: TransitionStamps }>({
  name: 'mentorships.transition',
  sql: `UPDATE mentorships
           SET status = $2,
               responded_at = CASE WHEN $4::boolean THEN now() ELSE responded_at END,
               started_at = CASE WHEN $5::boolean THEN now() ELSE started_at END,
               ended_at = CASE WHEN $6::boolean THEN now() ELSE ended_at END
         WHERE id = $1 AND status = ANY($3) AND (NOT $7::boolean OR expires_at > now())`,
  params: ({ id, from, to, stamps }) => [
    id,
    to,
    from,
    Boolean(stamps.respondedAt),
    Boolean(stamps.startedAt),
    Boolean(stamps.endedAt),
    Boolean(stamps.requireUnexpired),
  ],
  example: { id: EXAMPLE_ID, from: [MentorshipStatus.REQUESTED], to: MentorshipStatus.ACTIVE, stamps: { respondedAt: true, requireUnexpired: true } },
});

/** Places taken, across every alliance the mentor serves. */
export const placesTaken = defineQuery<{ mentorId: string }, { count: number }>({
  name: 'mentorships.placesTaken',
  sql: `SELECT count(*) AS load FROM mentorships WHERE mentor_id = $1 AND ${HOLDS_A_PLACE}`,
  params: ({ mentorId }) => [mentorId],
  map: (row) => ({ count: Number(row['load']) }),
  example: { mentorId: EXAMPLE_ID },
});

/**
 * The mentor's waiting requests in these alliances are answered "mentor full". A request
 * another transaction holds is skipped rather than waited for (see MentorCapacity).
 */
export const answerWaitingAsFull = defineQuery<{ mentorId: string; allianceIds: readonly string[] }, { id: string; memberId: string }>({
  name: 'mentorships.answerWaitingAsFull',
  sql: `UPDATE mentorships SET status = 'MENTOR_FULL', responded_at = now()
         WHERE id IN (SELECT id FROM mentorships WHERE mentor_id = $1 AND status = 'REQUESTED' AND alliance_id = ANY($2) FOR UPDATE SKIP LOCKED)
         RETURNING id, member_id`,
  params: ({ mentorId, allianceIds }) => [mentorId, allianceIds],
  map: (row) => ({ id: row['id'] as string, memberId: row['member_id'] as string }),
  example: { mentorId: EXAMPLE_ID, allianceIds: [OTHER_ID] },
});
