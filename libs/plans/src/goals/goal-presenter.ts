import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { PlanCipher } from '../shared/plan-cipher';
import { RecoveryStep } from '../steps/recovery-step.entity';
import type { RecoveryStepObject } from '../steps/steps.types';
import { RecoveryGoal, RecoveryGoalEvent } from './recovery-goal.entity';
import type { RecoveryGoalObject } from './goals.types';

/**
 * Turns goal rows into what the viewer sees, with their steps and timelines: three queries
 * whatever the number of goals. Who suggested something is named to the member, and to a
 * person the plan is shared with only when it was them: a plan does not reveal who else
 * the member shares it with.
 */
@Injectable()
export class GoalPresenter {
  constructor(
    private readonly people: PeopleDirectory,
    private readonly cipher: PlanCipher,
  ) {}

  async present(manager: EntityManager, viewer: Viewer, goals: readonly RecoveryGoal[]): Promise<RecoveryGoalObject[]> {
    if (goals.length === 0) return [];
    const ids = goals.map((goal) => goal.id);
    const [steps, events] = await Promise.all([
      manager.getRepository(RecoveryStep).find({ where: { goalId: In(ids) }, order: { position: 'ASC' } }),
      manager.getRepository(RecoveryGoalEvent).find({ where: { goalId: In(ids) }, order: { id: 'ASC' } }),
    ]);
    const visible = (suggestedBy: string | null, ownerId: string): string | null =>
      suggestedBy !== null && (viewer.userId === ownerId || viewer.userId === suggestedBy) ? suggestedBy : null;
    const ownerOf = new Map(goals.map((goal) => [goal.id, goal.ownerId]));
    const named = [
      ...goals.map((goal) => visible(goal.suggestedBy, goal.ownerId)),
      ...steps.map((step) => visible(step.suggestedBy, ownerOf.get(step.goalId)!)),
    ].filter((id): id is string => id !== null);
    const names = await this.people.summaries(named);
    const nameOf = (id: string | null): string | null => (id === null ? null : (names.get(id)?.displayName ?? null));

    const stepsByGoal = new Map<string, RecoveryStepObject[]>();
    for (const step of steps) {
      const suggestedById = visible(step.suggestedBy, ownerOf.get(step.goalId)!);
      const list = stepsByGoal.get(step.goalId) ?? [];
      list.push({
        id: step.id,
        goalId: step.goalId,
        title: this.cipher.open('recovery_goal_steps.title', step.id, step.title),
        dueOn: step.dueOn,
        done: step.doneAt !== null,
        doneAt: step.doneAt,
        position: step.position,
        suggestedById,
        suggestedByDisplayName: nameOf(suggestedById),
        suggested: step.suggestedBy !== null,
      });
      stepsByGoal.set(step.goalId, list);
    }
    const historyByGoal = new Map<string, RecoveryGoalObject['history']>();
    for (const event of events) {
      const history = historyByGoal.get(event.goalId) ?? [];
      history.push({ fromStatus: event.fromStatus, toStatus: event.toStatus, at: event.at });
      historyByGoal.set(event.goalId, history);
    }
    return goals.map((goal) => {
      const suggestedById = visible(goal.suggestedBy, goal.ownerId);
      const goalSteps = stepsByGoal.get(goal.id) ?? [];
      return {
        id: goal.id,
        ownerId: goal.ownerId,
        domain: goal.domain,
        title: this.cipher.open('recovery_goals.title', goal.id, goal.title),
        why: this.cipher.openOptional('recovery_goals.why', goal.id, goal.why),
        dueOn: goal.dueOn,
        status: goal.status,
        suggestedById,
        suggestedByDisplayName: nameOf(suggestedById),
        suggested: goal.suggestedBy !== null,
        steps: goalSteps,
        stepsDone: goalSteps.filter((step) => step.done).length,
        history: historyByGoal.get(goal.id) ?? [],
        createdAt: goal.createdAt,
        updatedAt: goal.updatedAt,
      };
    });
  }
}
