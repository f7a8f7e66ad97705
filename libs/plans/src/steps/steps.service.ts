import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError, isUuid, type Viewer } from '@kindred/core';
import { GoalsService, goalNotFound } from '../goals/goals.service';
import type { RecoveryGoalObject } from '../goals/goals.types';
import { PlanCipher } from '../shared/plan-cipher';
import { checkStepDraft, type StepDraft, type StepFields } from '../shared/plan-drafts';
import { RecoveryStep } from './recovery-step.entity';
import { closePositionGap, goalOfStep, insertStep, reorderSteps, stepCountOfGoal, stepIdsOfGoal, touchGoal } from './steps.queries';
import { PlanMessages } from '../plans.messages';

export const MAX_STEPS_PER_GOAL = 50;

const stepNotFound = (): NotFoundError => new NotFoundError(PlanMessages.STEP_NOT_FOUND());

/**
 * Steps towards the member's goals. Each change answers with the whole goal, so a client
 * shows the new order and counts at once. Changes to a goal's steps hold the goal's row
 * lock, so positions stay one per step under concurrency.
 */
@Injectable()
export class StepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly goals: GoalsService,
    private readonly cipher: PlanCipher,
  ) {}

  async add(viewer: Viewer, goalId: string, fields: StepFields): Promise<RecoveryGoalObject> {
    const draft = checkStepDraft(fields);
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.goals.findOwned(manager, viewer.userId, goalId, true);
      if (!goal) throw goalNotFound();
      await this.insert(manager, goal.id, draft, null);
      return this.goals.one(manager, viewer, goal.id);
    });
  }

  /** Appends a step to a goal the caller has locked (see `GoalsService.findOwned`), in the caller's transaction. */
  async insert(manager: EntityManager, goalId: string, draft: StepDraft, suggestedBy: string | null): Promise<RecoveryStep> {
    const { count, last } = (await stepCountOfGoal.one(manager, { goalId })) ?? { count: 0, last: 0 };
    if (count >= MAX_STEPS_PER_GOAL) {
      throw new ConflictError(PlanMessages.GOAL_STEP_LIMIT({ max: MAX_STEPS_PER_GOAL }));
    }
    const id = randomUUID();
    await insertStep.affected(manager, {
      id,
      goalId,
      sealedTitle: this.cipher.seal('recovery_goal_steps.title', id, draft.title),
      dueOn: draft.dueOn,
      position: last + 1,
      suggestedBy,
    });
    await this.touchGoal(manager, goalId);
    return manager.getRepository(RecoveryStep).findOneByOrFail({ id });
  }

  async update(viewer: Viewer, stepId: string, fields: StepFields): Promise<RecoveryGoalObject> {
    const draft = checkStepDraft(fields);
    return this.onOwnStep(viewer, stepId, async (manager, step) => {
      await manager.update(
        RecoveryStep,
        { id: step.id },
        { title: this.cipher.seal('recovery_goal_steps.title', step.id, draft.title), dueOn: draft.dueOn, updatedAt: () => 'now()' },
      );
    });
  }

  /** Marks a step done, or not done after all. Marking it done again keeps when it was first done. */
  async setDone(viewer: Viewer, stepId: string, done: boolean): Promise<RecoveryGoalObject> {
    return this.onOwnStep(viewer, stepId, async (manager, step) => {
      if ((step.doneAt !== null) === done) return;
      await manager.update(RecoveryStep, { id: step.id }, { doneAt: done ? () => 'now()' : null, updatedAt: () => 'now()' });
    });
  }

  async delete(viewer: Viewer, stepId: string): Promise<RecoveryGoalObject> {
    return this.onOwnStep(viewer, stepId, async (manager, step) => {
      await manager.delete(RecoveryStep, { id: step.id });
      await closePositionGap.affected(manager, { goalId: step.goalId, position: step.position });
    });
  }

  /** Puts the goal's steps in the given order; the list must name each of its steps once. */
  async reorder(viewer: Viewer, goalId: string, stepIds: readonly string[]): Promise<RecoveryGoalObject> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.goals.findOwned(manager, viewer.userId, goalId, true);
      if (!goal) throw goalNotFound();
      const current = await stepIdsOfGoal.all(manager, { goalId: goal.id });
      const known = new Set(current.map((row) => row.id));
      if (new Set(stepIds).size !== stepIds.length || stepIds.length !== known.size || !stepIds.every((id) => known.has(id))) {
        throw new BadUserInputError(PlanMessages.STEP_ORDER_INCOMPLETE(), { field: 'stepIds' });
      }
      await reorderSteps.affected(manager, { goalId: goal.id, stepIds });
      await this.touchGoal(manager, goal.id);
      return this.goals.one(manager, viewer, goal.id);
    });
  }

  /** Runs a change on one of the viewer's steps, holding its goal, and answers with the goal. */
  private async onOwnStep(viewer: Viewer, stepId: string, change: (manager: EntityManager, step: RecoveryStep) => Promise<void>): Promise<RecoveryGoalObject> {
    return this.dataSource.transaction(async (manager) => {
      const goalId = isUuid(stepId) ? (await goalOfStep.one(manager, { stepId }))?.goalId : undefined;
      const goal = goalId ? await this.goals.findOwned(manager, viewer.userId, goalId, true) : null;
      // Read again under the goal's lock: a concurrent change may have moved or deleted it.
      const step = goal ? await manager.getRepository(RecoveryStep).findOneBy({ id: stepId, goalId: goal.id }) : null;
      if (!goal || !step) throw stepNotFound();
      await change(manager, step);
      await this.touchGoal(manager, goal.id);
      return this.goals.one(manager, viewer, goal.id);
    });
  }

  private async touchGoal(manager: EntityManager, goalId: string): Promise<void> {
    await touchGoal.affected(manager, { goalId });
  }
}
