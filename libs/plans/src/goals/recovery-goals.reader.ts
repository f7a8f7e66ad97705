import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@kindred/core';
import type { RecoveryDomain } from '@kindred/recovery';
import { PlanCipher } from '../shared/plan-cipher';
import type { GoalStatus } from './goal-status';
import { RecoveryGoal } from './recovery-goal.entity';

/** A goal as another domain may show it: no why, no steps, nothing of who suggested it. */
export interface RecoveryGoalSummary {
  id: string;
  ownerId: string;
  domain: RecoveryDomain;
  title: string;
  status: GoalStatus;
}

/**
 * Lets other domains link to a member's goal without reading the plan's tables: a small
 * sparks application names the goal it serves. It checks no consent, so a caller shows a
 * goal only where its owner linked it themselves (their own application, and those who
 * decide on it). A goal the member deleted reads as missing: callers keep a dangling id.
 */
@Injectable()
export class RecoveryGoals {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PlanCipher,
  ) {}

  /** The goal when it is in this member's plan, else null (whoever else's it may be). */
  async ownedGoal(manager: EntityManager, memberId: string, goalId: string): Promise<RecoveryGoalSummary | null> {
    if (!isUuid(memberId) || !isUuid(goalId)) return null;
    const goal = await manager.getRepository(RecoveryGoal).findOneBy({ id: goalId, ownerId: memberId });
    return goal && this.summary(goal);
  }

  /** Any number of goals in one query, by id; ids of deleted goals are left out of the map. */
  async goalsByIds(goalIds: readonly string[]): Promise<Map<string, RecoveryGoalSummary>> {
    const ids = [...new Set(goalIds.filter(isUuid))];
    if (ids.length === 0) return new Map();
    const goals = await this.dataSource.getRepository(RecoveryGoal).findBy({ id: In(ids) });
    return new Map(goals.map((goal) => [goal.id, this.summary(goal)]));
  }

  private summary(goal: RecoveryGoal): RecoveryGoalSummary {
    return {
      id: goal.id,
      ownerId: goal.ownerId,
      domain: goal.domain,
      title: this.cipher.open('recovery_goals.title', goal.id, goal.title),
      status: goal.status,
    };
  }
}
