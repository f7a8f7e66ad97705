import { defineQuery } from '@kindred/core';
import { ReportReason } from '../moderation.enums';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** Files the report unless this person already reported this case (then nothing changes). */
export const insertReport = defineQuery<{ id: string; caseId: string; reporterId: string; reason: ReportReason; sealedNote: string | null }>({
  name: 'moderationReports.insertReport',
  sql: `INSERT INTO moderation_reports (id, case_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (case_id, reporter_id) DO NOTHING`,
  params: ({ id, caseId, reporterId, reason, sealedNote }) => [id, caseId, reporterId, reason, sealedNote],
  example: { id: EXAMPLE_ID, caseId: EXAMPLE_ID, reporterId: EXAMPLE_ID, reason: ReportReason.SPAM, sealedNote: null },
});
