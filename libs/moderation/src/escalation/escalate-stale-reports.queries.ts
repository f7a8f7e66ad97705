import { defineQuery } from '@kindred/core';

/**
 * Marks every open reported case left `afterHours` without a decision as escalated and returns
 * them; a case already escalated is not returned again, so concurrent sweeps escalate it once.
 */
export const claimStaleReportedCases = defineQuery<{ afterHours: number }, { id: string; personId: string | null; allianceIds: string[] }>({
  name: 'escalateStaleReports.claimStaleReportedCases',
  sql: `UPDATE moderation_cases SET escalated_at = now()
         WHERE status = 'OPEN' AND reported AND escalated_at IS NULL
           AND opened_at <= now() - make_interval(hours => $1)
        RETURNING id, person_id, alliance_ids`,
  params: ({ afterHours }) => [afterHours],
  map: (row) => ({ id: row['id'] as string, personId: row['person_id'] as string | null, allianceIds: row['alliance_ids'] as string[] }),
  example: { afterHours: 48 },
});
