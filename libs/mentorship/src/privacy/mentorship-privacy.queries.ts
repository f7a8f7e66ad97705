import { defineQuery, definePersonStatement } from '@kindred/core';
import type { SuggestionReason } from '../suggestions/suggestion-reasons';

export interface StoredSuggestionExport {
  mentorId: string;
  rank: number;
  reasons: SuggestionReason[];
  computedAt: Date;
}

/** The suggestions made to the person, best first. */
export const suggestionsMadeTo = defineQuery<{ userId: string }, StoredSuggestionExport>({
  name: 'mentorshipPrivacy.suggestionsMadeTo',
  sql: `SELECT mentor_id, rank, reasons, computed_at FROM mentor_suggestions WHERE member_id = $1 ORDER BY rank`,
  params: ({ userId }) => [userId],
  map: (row) => ({
    mentorId: row['mentor_id'] as string,
    rank: row['rank'] as number,
    reasons: row['reasons'] as SuggestionReason[],
    computedAt: row['computed_at'] as Date,
  }),
  example: { userId: '00000000-0000-0000-0000-000000000000' },
});

/** Reports they made, and reports about them as a mentor. */
export const deleteReportsInvolving = definePersonStatement(
  'mentorshipPrivacy.deleteReportsInvolving',
  `DELETE FROM mentor_reports WHERE reporter_id = $1 OR mentor_id = $1`,
);

export const forgetReportHandler = definePersonStatement(
  'mentorshipPrivacy.forgetReportHandler',
  `UPDATE mentor_reports SET handled_by = NULL WHERE handled_by = $1`,
);

export const deleteMentorshipsInvolving = definePersonStatement(
  'mentorshipPrivacy.deleteMentorshipsInvolving',
  `DELETE FROM mentorships WHERE member_id = $1 OR mentor_id = $1`,
);

export const forgetEnder = definePersonStatement('mentorshipPrivacy.forgetEnder', `UPDATE mentorships SET ended_by = NULL WHERE ended_by = $1`);

export const forgetHelpRequester = definePersonStatement(
  'mentorshipPrivacy.forgetHelpRequester',
  `UPDATE mentorships SET help_requested_by = NULL WHERE help_requested_by = $1`,
);

export const forgetEventActor = definePersonStatement('mentorshipPrivacy.forgetEventActor', `UPDATE mentorship_events SET actor_id = NULL WHERE actor_id = $1`);

export const deleteSuggestionsInvolving = definePersonStatement(
  'mentorshipPrivacy.deleteSuggestionsInvolving',
  `DELETE FROM mentor_suggestions WHERE member_id = $1 OR mentor_id = $1`,
);
