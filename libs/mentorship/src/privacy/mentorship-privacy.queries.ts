import { defineQuery } from '@kindred/core';
import type { SuggestionReason } from '../suggestions/suggestion-reasons';

interface Person {
  userId: string;
}

const forPerson = ({ userId }: Person): unknown[] => [userId];
const EXAMPLE_PERSON: Person = { userId: '00000000-0000-0000-0000-000000000000' };

export interface StoredSuggestionExport {
  mentorId: string;
  rank: number;
  reasons: SuggestionReason[];
  computedAt: Date;
}

/** The suggestions made to the person, best first. */
export const suggestionsMadeTo = defineQuery<Person, StoredSuggestionExport>({
  name: 'mentorshipPrivacy.suggestionsMadeTo',
  sql: `SELECT mentor_id, rank, reasons, computed_at FROM mentor_suggestions WHERE member_id = $1 ORDER BY rank`,
  params: forPerson,
  map: (row) => ({
    mentorId: row['mentor_id'] as string,
    rank: row['rank'] as number,
    reasons: row['reasons'] as SuggestionReason[],
    computedAt: row['computed_at'] as Date,
  }),
  example: EXAMPLE_PERSON,
});

/** Reports they made, and reports about them as a mentor. */
export const deleteReportsInvolving = defineQuery<Person>({
  name: 'mentorshipPrivacy.deleteReportsInvolving',
  sql: `DELETE FROM mentor_reports WHERE reporter_id = $1 OR mentor_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const forgetReportHandler = defineQuery<Person>({
  name: 'mentorshipPrivacy.forgetReportHandler',
  sql: `UPDATE mentor_reports SET handled_by = NULL WHERE handled_by = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const deleteMentorshipsInvolving = defineQuery<Person>({
  name: 'mentorshipPrivacy.deleteMentorshipsInvolving',
  sql: `DELETE FROM mentorships WHERE member_id = $1 OR mentor_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const forgetEnder = defineQuery<Person>({
  name: 'mentorshipPrivacy.forgetEnder',
  sql: `UPDATE mentorships SET ended_by = NULL WHERE ended_by = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const forgetHelpRequester = defineQuery<Person>({
  name: 'mentorshipPrivacy.forgetHelpRequester',
  sql: `UPDATE mentorships SET help_requested_by = NULL WHERE help_requested_by = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const forgetEventActor = defineQuery<Person>({
  name: 'mentorshipPrivacy.forgetEventActor',
  sql: `UPDATE mentorship_events SET actor_id = NULL WHERE actor_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const deleteSuggestionsInvolving = defineQuery<Person>({
  name: 'mentorshipPrivacy.deleteSuggestionsInvolving',
  sql: `DELETE FROM mentor_suggestions WHERE member_id = $1 OR mentor_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});
