import { defineQuery } from '@kindred/core';
import { RecoveryDomain } from '@kindred/recovery';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/** Serialises one member's goal additions until the transaction ends; its row is not read. */
export const lockGoalsOf = defineQuery<{ ownerId: string }>({
  name: 'recoveryGoals.lockGoalsOf',
  sql: `SELECT pg_advisory_xact_lock(hashtextextended('recovery_goals:' || $1, 0))`,
  params: ({ ownerId }) => [ownerId],
  example: { ownerId: EXAMPLE_ID },
});

export const countGoalsOf = defineQuery<{ ownerId: string }, { count: number }>({
  name: 'recoveryGoals.countGoalsOf',
  sql: `SELECT count(*) FROM recovery_goals WHERE owner_id = $1`,
  params: ({ ownerId }) => [ownerId],
  // count(*) is a bigint, which pg hands over as text.
  map: (row) => ({ count: Number(row['count']) }),
  example: { ownerId: EXAMPLE_ID },
});

/** Title and why arrive sealed. */
export const insertGoal = defineQuery<{
  id: string;
  ownerId: string;
  domain: RecoveryDomain;
  sealedTitle: string;
  sealedWhy: string | null;
  dueOn: string | null;
  suggestedBy: string | null;
}>({
  name: 'recoveryGoals.insertGoal',
  sql: `INSERT INTO recovery_goals (id, owner_id, domain, title, why, due_on, status, suggested_by, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE', $7, now(), now())`,
  params: ({ id, ownerId, domain, sealedTitle, sealedWhy, dueOn, suggestedBy }) => [id, ownerId, domain, sealedTitle, sealedWhy, dueOn, suggestedBy],
  example: {
    id: EXAMPLE_ID,
    ownerId: EXAMPLE_ID,
    domain: RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT,
    sealedTitle: 'sealed',
    sealedWhy: null,
    dueOn: '2026-12-31',
    suggestedBy: null,
  },
});

/** Rewrites the owner's goal; title and why arrive sealed. */
export const updateOwnedGoal = defineQuery<{
  goalId: string;
  ownerId: string;
  domain: RecoveryDomain;
  sealedTitle: string;
  sealedWhy: string | null;
  dueOn: string | null;
}>({
  name: 'recoveryGoals.updateOwnedGoal',
  sql: `UPDATE recovery_goals SET domain = $3, title = $4, why = $5, due_on = $6, updated_at = now() WHERE id = $1 AND owner_id = $2`,
  params: ({ goalId, ownerId, domain, sealedTitle, sealedWhy, dueOn }) => [goalId, ownerId, domain, sealedTitle, sealedWhy, dueOn],
  example: {
    goalId: EXAMPLE_ID,
    ownerId: EXAMPLE_ID,
    domain: RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT,
    sealedTitle: 'sealed',
    sealedWhy: null,
    dueOn: null,
  },
});

export const deleteOwnedGoal = defineQuery<{ goalId: string; ownerId: string }>({
  name: 'recoveryGoals.deleteOwnedGoal',
  sql: `DELETE FROM recovery_goals WHERE id = $1 AND owner_id = $2`,
  params: ({ goalId, ownerId }) => [goalId, ownerId],
  example: { goalId: EXAMPLE_ID, ownerId: EXAMPLE_ID },
});
