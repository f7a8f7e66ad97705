import { defineQuery } from '@kindred/core';
import type { SparkEventKind } from './application-event.entity';

/** Step ids are bigints, carried as text. */
const EXAMPLE_EVENT_ID = '1';

/** A step nobody was told about yet, with its application's applicant and alliance; locks the step. */
export const unnotifiedStepForUpdate = defineQuery<
  { eventId: string },
  { kind: SparkEventKind; actorId: string | null; applicationId: string; applicantId: string | null; allianceId: string }
>({
  name: 'sparkTimeline.unnotifiedStepForUpdate',
  sql: `SELECT e.kind, e.actor_id, e.application_id, a.applicant_id, a.alliance_id
          FROM spark_application_events e JOIN spark_applications a ON a.id = e.application_id
         WHERE e.id = $1 AND e.notified_at IS NULL
           FOR UPDATE OF e`,
  params: ({ eventId }) => [eventId],
  map: (row) => ({
    kind: row['kind'] as SparkEventKind,
    actorId: row['actor_id'] as string | null,
    applicationId: row['application_id'] as string,
    applicantId: row['applicant_id'] as string | null,
    allianceId: row['alliance_id'] as string,
  }),
  example: { eventId: EXAMPLE_EVENT_ID },
});

export const markStepNotified = defineQuery<{ eventId: string }>({
  name: 'sparkTimeline.markStepNotified',
  sql: `UPDATE spark_application_events SET notified_at = now() WHERE id = $1`,
  params: ({ eventId }) => [eventId],
  example: { eventId: EXAMPLE_EVENT_ID },
});
