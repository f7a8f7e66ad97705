import { defineQuery } from '@kindred/core';
import type { RecoveryDomain } from '@kindred/recovery';
import { SuggestionKind, SuggestionStatus } from './suggestion-status';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

export const withdrawPendingSuggestion = defineQuery<{ suggestionId: string; suggesterId: string }>({
  name: 'planSuggestions.withdrawPendingSuggestion',
  sql: `UPDATE plan_suggestions SET status = 'WITHDRAWN', answered_at = now() WHERE id = $1 AND suggester_id = $2 AND status = 'PENDING'`,
  params: ({ suggestionId, suggesterId }) => [suggestionId, suggesterId],
  example: { suggestionId: EXAMPLE_ID, suggesterId: EXAMPLE_ID },
});

/** Serialises one suggester's suggestions to one plan until the transaction ends; its row is not read. */
export const lockSuggestionsTo = defineQuery<{ suggesterId: string; ownerId: string }>({
  name: 'planSuggestions.lockSuggestionsTo',
  sql: `SELECT pg_advisory_xact_lock(hashtextextended('plan_suggestions:' || $1 || ':' || $2, 0))`,
  params: ({ suggesterId, ownerId }) => [suggesterId, ownerId],
  example: { suggesterId: EXAMPLE_ID, ownerId: EXAMPLE_ID },
});

export const pendingSuggestionsTo = defineQuery<{ suggesterId: string; ownerId: string }, { pending: number }>({
  name: 'planSuggestions.pendingSuggestionsTo',
  sql: `SELECT count(*)::int AS pending FROM plan_suggestions WHERE suggester_id = $1 AND owner_id = $2 AND status = 'PENDING'`,
  params: ({ suggesterId, ownerId }) => [suggesterId, ownerId],
  map: (row) => ({ pending: row['pending'] as number }),
  example: { suggesterId: EXAMPLE_ID, ownerId: EXAMPLE_ID },
});

/** Title and why arrive sealed. */
export const insertSuggestion = defineQuery<{
  id: string;
  ownerId: string;
  suggesterId: string;
  kind: SuggestionKind;
  domain: RecoveryDomain | null;
  goalId: string | null;
  sealedTitle: string;
  sealedWhy: string | null;
  dueOn: string | null;
}>({
  name: 'planSuggestions.insertSuggestion',
  sql: `INSERT INTO plan_suggestions (id, owner_id, suggester_id, kind, domain, goal_id, title, why, due_on, status, created_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PENDING', now())`,
  params: ({ id, ownerId, suggesterId, kind, domain, goalId, sealedTitle, sealedWhy, dueOn }) => [
    id,
    ownerId,
    suggesterId,
    kind,
    domain,
    goalId,
    sealedTitle,
    sealedWhy,
    dueOn,
  ],
  example: {
    id: EXAMPLE_ID,
    ownerId: EXAMPLE_ID,
    suggesterId: EXAMPLE_ID,
    kind: SuggestionKind.STEP,
    domain: null,
    goalId: EXAMPLE_ID,
    sealedTitle: 'sealed',
    sealedWhy: null,
    dueOn: null,
  },
});

/** Answers a suggestion only while it is pending; the note arrives sealed. */
export const answerPendingSuggestion = defineQuery<{ suggestionId: string; ownerId: string; status: SuggestionStatus; sealedNote: string | null }>({
  name: 'planSuggestions.answerPendingSuggestion',
  sql: `UPDATE plan_suggestions SET status = $3, answered_at = now(), answer_note = $4 WHERE id = $1 AND owner_id = $2 AND status = 'PENDING'`,
  params: ({ suggestionId, ownerId, status, sealedNote }) => [suggestionId, ownerId, status, sealedNote],
  example: { suggestionId: EXAMPLE_ID, ownerId: EXAMPLE_ID, status: SuggestionStatus.DECLINED, sealedNote: null },
});
