import { defineQuery } from '@kindred/core';
import type { RecoveryDomain } from '@kindred/recovery';
import type { DomainCounts } from './domain-progress';

/** Goal and step counts per domain; "overdue" is judged by the member's calendar in their time zone. */
export const domainCountsOf = defineQuery<{ ownerId: string; timeZone: string }, DomainCounts>({
  name: 'planProgress.domainCountsOf',
  sql: `SELECT goal.domain,
               count(*) FILTER (WHERE goal.status = 'ACTIVE')::int AS active_goals,
               count(*) FILTER (WHERE goal.status = 'ACHIEVED')::int AS achieved_goals,
               count(*) FILTER (WHERE goal.status = 'SET_ASIDE')::int AS set_aside_goals,
               coalesce(sum(steps.done) FILTER (WHERE goal.status <> 'SET_ASIDE'), 0)::int AS steps_done,
               coalesce(sum(steps.total) FILTER (WHERE goal.status <> 'SET_ASIDE'), 0)::int AS steps_total,
               coalesce(sum(steps.overdue) FILTER (WHERE goal.status = 'ACTIVE'), 0)::int AS overdue_steps
          FROM recovery_goals goal
          LEFT JOIN LATERAL (
            SELECT count(*) AS total,
                   count(step.done_at) AS done,
                   count(*) FILTER (WHERE step.done_at IS NULL AND step.due_on < (now() AT TIME ZONE $2)::date) AS overdue
              FROM recovery_goal_steps step
             WHERE step.goal_id = goal.id
          ) steps ON true
         WHERE goal.owner_id = $1
         GROUP BY goal.domain`,
  params: ({ ownerId, timeZone }) => [ownerId, timeZone],
  map: (row) => ({
    domain: row['domain'] as RecoveryDomain,
    activeGoals: row['active_goals'] as number,
    achievedGoals: row['achieved_goals'] as number,
    setAsideGoals: row['set_aside_goals'] as number,
    stepsDone: row['steps_done'] as number,
    stepsTotal: row['steps_total'] as number,
    overdueSteps: row['overdue_steps'] as number,
  }),
  example: { ownerId: '00000000-0000-0000-0000-000000000000', timeZone: 'Europe/Paris' },
});
