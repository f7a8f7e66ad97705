import { defineQuery } from '@kindred/core';
import { AllianceCapacity, MembershipStatus } from '../memberships/alliance-membership.entity';
import { MentorApplicationStatus } from '../mentor-vetting/mentor-application.entity';
import type { MentorVetting, VettedMentorProfile } from './alliance-directory';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Where each mentor is vetted, with places and the alliance's limit; with `sharedWith`, only
 * in alliances that person is an active member of now.
 */
export const vettingsOf = defineQuery<{ mentorIds: readonly string[]; sharedWith: string | null }, MentorVetting & { mentorId: string }>({
  name: 'directory.vettingsOf',
  sql: `SELECT a.user_id AS mentor_id, a.alliance_id, a.max_mentees, a.languages, al.mentor_places_limit
          FROM mentor_applications a JOIN alliances al ON al.id = a.alliance_id
         WHERE a.status = $2 AND a.user_id = ANY($1)
           AND ($3::uuid IS NULL OR EXISTS (
                 SELECT 1 FROM alliance_memberships m WHERE m.user_id = $3 AND m.alliance_id = a.alliance_id AND m.status = $4))`,
  params: ({ mentorIds, sharedWith }) => [mentorIds, MentorApplicationStatus.VETTED, sharedWith, MembershipStatus.ACTIVE],
  map: (row) => ({
    mentorId: row['mentor_id'] as string,
    allianceId: row['alliance_id'] as string,
    maxMentees: row['max_mentees'] as number,
    languages: row['languages'] as string[],
    placesLimit: row['mentor_places_limit'] as number,
  }),
  example: { mentorIds: [EXAMPLE_ID], sharedWith: EXAMPLE_ID },
});

/** Mentors vetted (not paused) in any of these alliances, with what matching needs of their profile. */
export const vettedMentorsIn = defineQuery<{ allianceIds: readonly string[] }, VettedMentorProfile>({
  name: 'directory.vettedMentorsIn',
  sql: `SELECT a.user_id, a.alliance_id, al.name AS alliance_name, a.languages, a.focus_domains, a.pathways, a.gender, a.availability, a.max_mentees
          FROM mentor_applications a JOIN alliances al ON al.id = a.alliance_id
         WHERE a.status = $2 AND a.alliance_id = ANY($1)`,
  params: ({ allianceIds }) => [allianceIds, MentorApplicationStatus.VETTED],
  map: (row) => ({
    mentorId: row['user_id'] as string,
    allianceId: row['alliance_id'] as string,
    allianceName: row['alliance_name'] as string,
    languages: row['languages'] as string[],
    focusDomains: row['focus_domains'] as VettedMentorProfile['focusDomains'],
    pathways: row['pathways'] as VettedMentorProfile['pathways'],
    gender: row['gender'] as VettedMentorProfile['gender'],
    availability: row['availability'] as VettedMentorProfile['availability'],
    maxMentees: row['max_mentees'] as number,
  }),
  example: { allianceIds: [EXAMPLE_ID] },
});

/** How a person stands towards one alliance: coordinating here or elsewhere, active capacities, waiting to join. */
export const standingTowards = defineQuery<
  { userId: string; allianceId: string },
  { here: boolean; elsewhere: boolean; capacities: AllianceCapacity[]; waiting: boolean }
>({
  name: 'directory.standingTowards',
  sql: `SELECT EXISTS (SELECT 1 FROM alliance_coordinators WHERE user_id = $1 AND alliance_id = $2 AND ended_at IS NULL) AS here,
               EXISTS (SELECT 1 FROM alliance_coordinators WHERE user_id = $1 AND alliance_id <> $2 AND ended_at IS NULL) AS elsewhere,
               ARRAY(SELECT capacity FROM alliance_memberships WHERE user_id = $1 AND alliance_id = $2 AND status = 'ACTIVE' ORDER BY capacity) AS capacities,
               EXISTS (SELECT 1 FROM alliance_memberships WHERE user_id = $1 AND alliance_id = $2 AND status = 'REQUESTED') AS waiting`,
  params: ({ userId, allianceId }) => [userId, allianceId],
  map: (row) => ({
    here: row['here'] as boolean,
    elsewhere: row['elsewhere'] as boolean,
    capacities: row['capacities'] as AllianceCapacity[],
    waiting: row['waiting'] as boolean,
  }),
  example: { userId: EXAMPLE_ID, allianceId: EXAMPLE_ID },
});
