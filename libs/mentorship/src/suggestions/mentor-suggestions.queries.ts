import { defineQuery, type RawRow } from '@kindred/core';
import { HOLDS_A_PLACE, keepsApart } from '../mentorships/mentorship-rules';
import type { SuggestionReason } from './suggestion-reasons';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const OTHER_ID = '00000000-0000-0000-0000-000000000001';

/** What mentorship's own tables say of a mentor, for one member: places taken, a break, what keeps them apart. */
export interface MentorStanding {
  taken: number;
  away: boolean;
  keptApart: boolean;
}

/**
 * SQL select items for a mentor's standing towards one member, over mentorship's own tables:
 * `mentor` is the column holding the mentor's id; the member's id and the decline quiet days
 * are the parameters named. Shared by every query that needs them, so they say the same.
 */
const standingColumns = (mentor: string, member: string, days: string): string => `
  (SELECT count(*) FROM mentorships WHERE mentor_id = ${mentor} AND ${HOLDS_A_PLACE}) AS taken,
  EXISTS (SELECT 1 FROM mentor_availability av WHERE av.mentor_id = ${mentor} AND av.unavailable_until > now()) AS away,
  EXISTS (SELECT 1 FROM mentorships WHERE member_id = ${member} AND mentor_id = ${mentor} AND ${keepsApart(days)}) AS kept_apart`;

// count(*) is a bigint, which pg hands over as text.
const standingOf = (row: RawRow): MentorStanding => ({ taken: Number(row['taken']), away: row['away'] as boolean, keptApart: row['kept_apart'] as boolean });

/** Each mentor's standing towards the member. */
export const mentorStandings = defineQuery<
  { mentorIds: readonly string[]; memberId: string; quietDays: number },
  { mentorId: string; standing: MentorStanding }
>({
  name: 'mentorSuggestions.mentorStandings',
  sql: `SELECT ids.mentor_id, ${standingColumns('ids.mentor_id', '$2', '$3')} FROM unnest($1::uuid[]) AS ids(mentor_id)`,
  params: ({ mentorIds, memberId, quietDays }) => [mentorIds, memberId, quietDays],
  map: (row) => ({ mentorId: row['mentor_id'] as string, standing: standingOf(row) }),
  example: { mentorIds: [OTHER_ID], memberId: EXAMPLE_ID, quietDays: 90 },
});

export interface StoredSuggestion {
  mentorId: string;
  allianceId: string;
  score: number;
  reasons: SuggestionReason[];
}

/** The member's stored list, best first, each with the mentor's standing towards them now. */
export const storedSuggestions = defineQuery<{ memberId: string; quietDays: number }, StoredSuggestion & { standing: MentorStanding }>({
  name: 'mentorSuggestions.storedSuggestions',
  sql: `SELECT s.mentor_id, s.alliance_id, s.score, s.reasons, ${standingColumns('s.mentor_id', '$1', '$2')}
          FROM mentor_suggestions s WHERE s.member_id = $1 ORDER BY s.rank`,
  params: ({ memberId, quietDays }) => [memberId, quietDays],
  map: (row) => ({
    mentorId: row['mentor_id'] as string,
    allianceId: row['alliance_id'] as string,
    score: row['score'] as number,
    reasons: row['reasons'] as SuggestionReason[],
    standing: standingOf(row),
  }),
  example: { memberId: EXAMPLE_ID, quietDays: 90 },
});

export const deleteSuggestionsOf = defineQuery<{ memberIds: readonly string[] }>({
  name: 'mentorSuggestions.deleteSuggestionsOf',
  sql: `DELETE FROM mentor_suggestions WHERE member_id = ANY($1)`,
  params: ({ memberIds }) => [memberIds],
  example: { memberIds: [EXAMPLE_ID] },
});

export interface SuggestionToStore extends StoredSuggestion {
  memberId: string;
  rank: number;
}

/** Any number of members' lists in one statement. */
export const insertSuggestions = defineQuery<{ rows: readonly SuggestionToStore[] }>({
  name: 'mentorSuggestions.insertSuggestions',
  sql: `INSERT INTO mentor_suggestions (member_id, mentor_id, alliance_id, rank, score, reasons)
        SELECT s.member_id, s.mentor_id, s.alliance_id, s.rank, s.score, s.reasons
          FROM jsonb_to_recordset($1::jsonb) AS s(member_id uuid, mentor_id uuid, alliance_id uuid, rank int, score real, reasons jsonb)`,
  params: ({ rows }) => [
    JSON.stringify(
      rows.map((row) => ({
        member_id: row.memberId,
        mentor_id: row.mentorId,
        alliance_id: row.allianceId,
        rank: row.rank,
        score: row.score,
        reasons: row.reasons,
      })),
    ),
  ],
  example: {
    rows: [{ memberId: EXAMPLE_ID, mentorId: OTHER_ID, allianceId: EXAMPLE_ID, rank: 1, score: 50, reasons: [{ kind: 'SPEAKS', languages: ['en'] }] }],
  },
});

/** Mentors each member already asked or works with, or who declined them lately. */
export const keptApartPairs = defineQuery<{ memberIds: readonly string[]; quietDays: number }, { memberId: string; mentorId: string }>({
  name: 'mentorSuggestions.keptApartPairs',
  sql: `SELECT member_id, mentor_id FROM mentorships WHERE member_id = ANY($1) AND ${keepsApart('$2')}`,
  params: ({ memberIds, quietDays }) => [memberIds, quietDays],
  map: (row) => ({ memberId: row['member_id'] as string, mentorId: row['mentor_id'] as string }),
  example: { memberIds: [EXAMPLE_ID], quietDays: 90 },
});

export interface PoolStanding {
  mentorId: string;
  load: number;
  lastMatchedAt: Date | null;
  unansweredRecently: number;
  away: boolean;
}

/** Load, last match, lapsed requests (within the window) and a break now, for each mentor. */
export const poolStandings = defineQuery<{ mentorIds: readonly string[]; unansweredWindowDays: number }, PoolStanding>({
  name: 'mentorSuggestions.poolStandings',
  sql: `SELECT ids.mentor_id,
               count(m.id) FILTER (WHERE m.status IN ('ACTIVE', 'PAUSED')) AS load,
               max(m.started_at) AS last_matched,
               count(m.id) FILTER (WHERE m.status = 'EXPIRED' AND m.expires_at > now() - make_interval(days => $2)) AS unanswered,
               EXISTS (SELECT 1 FROM mentor_availability a WHERE a.mentor_id = ids.mentor_id AND a.unavailable_until > now()) AS away
          FROM unnest($1::uuid[]) AS ids(mentor_id)
          LEFT JOIN mentorships m ON m.mentor_id = ids.mentor_id
         GROUP BY ids.mentor_id`,
  params: ({ mentorIds, unansweredWindowDays }) => [mentorIds, unansweredWindowDays],
  map: (row) => ({
    mentorId: row['mentor_id'] as string,
    load: Number(row['load']),
    lastMatchedAt: row['last_matched'] as Date | null,
    unansweredRecently: Number(row['unanswered']),
    away: row['away'] as boolean,
  }),
  example: { mentorIds: [EXAMPLE_ID], unansweredWindowDays: 90 },
});
