import { defineQuery } from '@kindred/core';
import { SparkApplicationStatus } from './application-status';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** How many approvals each application has, and whether the viewer gave one. */
export const approvalsOfApplications = defineQuery<
  { applicationIds: readonly string[]; viewerId: string },
  { applicationId: string; given: number; byMe: boolean }
>({
  name: 'sparkApplications.approvalsOfApplications',
  sql: `SELECT application_id, count(*) AS given, bool_or(approved_by = $2) AS by_me FROM spark_approvals WHERE application_id = ANY($1) GROUP BY application_id`,
  params: ({ applicationIds, viewerId }) => [applicationIds, viewerId],
  // count(*) is a bigint, which pg hands over as text.
  map: (row) => ({ applicationId: row['application_id'] as string, given: Number(row['given']), byMe: row['by_me'] as boolean }),
  example: { applicationIds: [EXAMPLE_ID], viewerId: EXAMPLE_ID },
});

/** What a person was granted from a fund over the last twelve months, leaving one application aside. */
export const grantedToPersonLastYear = defineQuery<
  { fundId: string; applicantId: string; statuses: readonly SparkApplicationStatus[]; exceptApplicationId: string },
  { granted: number }
>({
  name: 'sparkApplications.grantedToPersonLastYear',
  sql: `SELECT coalesce(sum(amount), 0)::bigint AS granted FROM spark_applications
         WHERE fund_id = $1 AND applicant_id = $2 AND status = ANY($3) AND id <> $4
           AND decided_at > now() - interval '12 months'`,
  params: ({ fundId, applicantId, statuses, exceptApplicationId }) => [fundId, applicantId, statuses, exceptApplicationId],
  map: (row) => ({ granted: Number(row['granted']) }),
  example: { fundId: EXAMPLE_ID, applicantId: EXAMPLE_ID, statuses: [SparkApplicationStatus.APPROVED], exceptApplicationId: EXAMPLE_ID },
});
