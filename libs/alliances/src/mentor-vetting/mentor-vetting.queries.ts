import { defineQuery } from '@kindred/core';
import { MentorApplicationStatus } from './mentor-application.entity';

/** A vetting's places and its alliance's limit, locked for the caller's transaction. */
export const lockMentorPlaces = defineQuery<
  { mentorId: string; allianceId: string; statuses: readonly MentorApplicationStatus[] },
  { applicationId: string; places: number; placesLimit: number }
>({
  name: 'mentorVetting.lockMentorPlaces',
  sql: `SELECT a.id, a.max_mentees, al.mentor_places_limit
          FROM mentor_applications a JOIN alliances al ON al.id = a.alliance_id
         WHERE a.user_id = $1 AND a.alliance_id = $2 AND a.status = ANY($3)
           FOR UPDATE OF a`,
  params: ({ mentorId, allianceId, statuses }) => [mentorId, allianceId, statuses],
  map: (row) => ({ applicationId: row['id'] as string, places: row['max_mentees'] as number, placesLimit: row['mentor_places_limit'] as number }),
  example: {
    mentorId: '00000000-0000-0000-0000-000000000000',
    allianceId: '00000000-0000-0000-0000-000000000000',
    statuses: [MentorApplicationStatus.VETTED],
  },
});
