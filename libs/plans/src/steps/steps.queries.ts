import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

export const stepCountOfGoal = defineQuery<{ goalId: string }, { count: number; last: number }>({
  name: 'recoverySteps.stepCountOfGoal',
  sql: `SELECT count(*)::int AS count, coalesce(max(position), 0)::int AS last FROM recovery_goal_steps WHERE goal_id = $1`,
  params: ({ goalId }) => [goalId],
  map: (row) => ({ count: row['count'] as number, last: row['last'] as number }),
  example: { goalId: EXAMPLE_ID },
});

/** The title arrives sealed. */
export const insertStep = defineQuery<{ id: string; goalId: string; sealedTitle: string; dueOn: string | null; position: number; suggestedBy: string | null }>({
  name: 'recoverySteps.insertStep',
  sql: `INSERT INTO recovery_goal_steps (id, goal_id, title, due_on, position, suggested_by, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, now(), now())`,
  params: ({ id, goalId, sealedTitle, dueOn, position, suggestedBy }) => [id, goalId, sealedTitle, dueOn, position, suggestedBy],
  example: { id: EXAMPLE_ID, goalId: EXAMPLE_ID, sealedTitle: 'sealed', dueOn: null, position: 1, suggestedBy: null },
});

/** Closes the gap a deleted step leaves, so positions read 1, 2, 3 again. */
export const closePositionGap = defineQuery<{ goalId: string; position: number }>({
  name: 'recoverySteps.closePositionGap',
  sql: `UPDATE recovery_goal_steps SET position = position - 1 WHERE goal_id = $1 AND position > $2`,
  params: ({ goalId, position }) => [goalId, position],
  example: { goalId: EXAMPLE_ID, position: 1 },
});

export const stepIdsOfGoal = defineQuery<{ goalId: string }, { id: string }>({
  name: 'recoverySteps.stepIdsOfGoal',
  sql: `SELECT id FROM recovery_goal_steps WHERE goal_id = $1`,
  params: ({ goalId }) => [goalId],
  map: (row) => ({ id: row['id'] as string }),
  example: { goalId: EXAMPLE_ID },
});

/** Positions follow the order of the ids given; steps already in place are left alone. */
export const reorderSteps = defineQuery<{ goalId: string; stepIds: readonly string[] }>({
  name: 'recoverySteps.reorderSteps',
  sql: `UPDATE recovery_goal_steps AS step SET position = ordered.position, updated_at = now()
          FROM unnest($2::uuid[]) WITH ORDINALITY AS ordered (id, position)
         WHERE step.goal_id = $1 AND step.id = ordered.id AND step.position <> ordered.position`,
  params: ({ goalId, stepIds }) => [goalId, stepIds],
  example: { goalId: EXAMPLE_ID, stepIds: [EXAMPLE_ID] },
});

export const goalOfStep = defineQuery<{ stepId: string }, { goalId: string }>({
  name: 'recoverySteps.goalOfStep',
  sql: `SELECT goal_id FROM recovery_goal_steps WHERE id = $1`,
  params: ({ stepId }) => [stepId],
  map: (row) => ({ goalId: row['goal_id'] as string }),
  example: { stepId: EXAMPLE_ID },
});

export const touchGoal = defineQuery<{ goalId: string }>({
  name: 'recoverySteps.touchGoal',
  sql: `UPDATE recovery_goals SET updated_at = now() WHERE id = $1`,
  params: ({ goalId }) => [goalId],
  example: { goalId: EXAMPLE_ID },
});
