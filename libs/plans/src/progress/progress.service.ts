import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { PlanAccess } from '../access/plan-access.policy';
import { progressByDomain, type DomainCounts, type DomainProgress } from './domain-progress';

/** The progress view: counts per domain, for the member and whoever they share the plan with. */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccess,
    private readonly people: PeopleDirectory,
  ) {}

  async byDomain(viewer: Viewer, ownerId: string): Promise<DomainProgress[]> {
    await this.access.assertCanRead(viewer, ownerId, 'recovery plan progress');
    // "Overdue" is decided by the member's calendar, not the server's.
    const timeZone = (await this.people.settings([ownerId])).get(ownerId)?.timeZone ?? 'UTC';
    const counts: DomainCounts[] = await this.dataSource.query(
      `SELECT goal.domain,
              count(*) FILTER (WHERE goal.status = 'ACTIVE')::int AS "activeGoals",
              count(*) FILTER (WHERE goal.status = 'ACHIEVED')::int AS "achievedGoals",
              count(*) FILTER (WHERE goal.status = 'SET_ASIDE')::int AS "setAsideGoals",
              coalesce(sum(steps.done) FILTER (WHERE goal.status <> 'SET_ASIDE'), 0)::int AS "stepsDone",
              coalesce(sum(steps.total) FILTER (WHERE goal.status <> 'SET_ASIDE'), 0)::int AS "stepsTotal",
              coalesce(sum(steps.overdue) FILTER (WHERE goal.status = 'ACTIVE'), 0)::int AS "overdueSteps"
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
      [ownerId, timeZone],
    );
    return progressByDomain(counts);
  }
}
