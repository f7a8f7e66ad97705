import { defineQuery } from '@kindred/core';
import { CaseSeverity, CaseSubjectKind } from '../moderation.enums';
import type { CaseOpening } from './moderation-cases';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Opens a case, or joins the subject's open one (keeping the higher severity and the union of
 * categories and alliances): the unique open-subject index settles concurrent openings on one row.
 */
export const openOrJoinCase = defineQuery<CaseOpening, { id: string }>({
  name: 'moderationCases.openOrJoinCase',
  sql: `INSERT INTO moderation_cases (subject_kind, subject_ref, person_id, alliance_ids, severity, categories, reported)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (subject_kind, subject_ref) WHERE status = 'OPEN' DO UPDATE SET
          severity = CASE
            WHEN array_position(ARRAY['LOW', 'MEDIUM', 'HIGH'], excluded.severity) > array_position(ARRAY['LOW', 'MEDIUM', 'HIGH'], moderation_cases.severity)
            THEN excluded.severity ELSE moderation_cases.severity END,
          categories = ARRAY(SELECT DISTINCT unnest(moderation_cases.categories || excluded.categories) ORDER BY 1),
          alliance_ids = ARRAY(SELECT DISTINCT unnest(moderation_cases.alliance_ids || excluded.alliance_ids)),
          reported = moderation_cases.reported OR excluded.reported
        RETURNING id`,
  params: (opening) => [opening.subjectKind, opening.subjectRef, opening.personId, opening.allianceIds, opening.severity, opening.categories, opening.reported],
  map: (row) => ({ id: row['id'] as string }),
  example: {
    subjectKind: CaseSubjectKind.STORY,
    subjectRef: EXAMPLE_ID,
    personId: EXAMPLE_ID,
    allianceIds: [EXAMPLE_ID],
    severity: CaseSeverity.MEDIUM,
    categories: ['SPAM'],
    reported: true,
  },
});

/** How many reports each of these cases has; cases without any have no row. */
export const reportCounts = defineQuery<{ caseIds: readonly string[] }, { caseId: string; count: number }>({
  name: 'moderationCases.reportCounts',
  sql: `SELECT case_id, count(*) AS count FROM moderation_reports WHERE case_id = ANY($1) GROUP BY case_id`,
  params: ({ caseIds }) => [caseIds],
  map: (row) => ({ caseId: row['case_id'] as string, count: Number(row['count']) }),
  example: { caseIds: [EXAMPLE_ID] },
});
