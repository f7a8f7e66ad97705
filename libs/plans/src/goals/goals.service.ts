import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError, isUuid, type Viewer } from '@kindred/core';
import { RECOVERY_DOMAINS } from '@kindred/recovery';
import { PlanAccess } from '../access/plan-access.policy';
import { PlanCipher } from '../shared/plan-cipher';
import { checkGoalDraft, type GoalDraft, type GoalFields } from '../shared/plan-drafts';
import { GoalPresenter } from './goal-presenter';
import { GoalStatus } from './goal-status';
import { countGoalsOf, deleteOwnedGoal, insertGoal, lockGoalsOf, updateOwnedGoal } from './goals.queries';
import { RecoveryGoal, RecoveryGoalEvent } from './recovery-goal.entity';
import type { RecoveryGoalObject } from './goals.types';
import { PlanMessages } from '../plans.messages';

/** A plan stays a plan: enough room for a life's worth of goals, not a dumping ground. */
export const MAX_GOALS = 200;

export const goalNotFound = (): NotFoundError => new NotFoundError(PlanMessages.GOAL_NOT_FOUND());

/**
 * The member's goals. Only the member changes their plan: every method here takes the viewer
 * as its owner, and a goal that is not theirs does not exist for them.
 */
@Injectable()
export class GoalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PlanAccess,
    private readonly presenter: GoalPresenter,
    private readonly cipher: PlanCipher,
  ) {}

  /** The owner's goals, in TreatNet's domain order then oldest first; for the owner, or someone they share the plan with. */
  async list(viewer: Viewer, ownerId: string, status: GoalStatus | null): Promise<RecoveryGoalObject[]> {
    await this.access.assertCanRead(viewer, ownerId, 'recovery plan goals');
    const query = this.dataSource.getRepository(RecoveryGoal).createQueryBuilder('goal').where('goal.owner_id = :ownerId', { ownerId });
    if (status) query.andWhere('goal.status = :status', { status });
    const goals = await query.orderBy('goal.created_at', 'ASC').addOrderBy('goal.id', 'ASC').getMany();
    return this.presenter.present(this.dataSource.manager, viewer, sortByDomain(goals));
  }

  async create(viewer: Viewer, fields: GoalFields): Promise<RecoveryGoalObject> {
    const draft = checkGoalDraft(fields);
    const goal = await this.dataSource.transaction((manager) => this.insert(manager, viewer.userId, draft, null));
    return this.one(this.dataSource.manager, viewer, goal.id);
  }

  /**
   * Adds a goal to the owner's plan, with the first entry of its timeline, in the caller's
   * transaction: the member writing it, or accepting someone's suggestion.
   */
  async insert(manager: EntityManager, ownerId: string, draft: GoalDraft, suggestedBy: string | null): Promise<RecoveryGoal> {
    // Serialises one member's goal additions, so the limit holds under concurrency.
    await lockGoalsOf.affected(manager, { ownerId });
    const count = (await countGoalsOf.one(manager, { ownerId }))?.count ?? 0;
    if (count >= MAX_GOALS) {
      throw new ConflictError(PlanMessages.PLAN_GOAL_LIMIT({ max: MAX_GOALS }));
    }
    const id = randomUUID();
    await insertGoal.affected(manager, {
      id,
      ownerId,
      domain: draft.domain,
      sealedTitle: this.cipher.seal('recovery_goals.title', id, draft.title),
      sealedWhy: this.cipher.sealOptional('recovery_goals.why', id, draft.why),
      dueOn: draft.dueOn,
      suggestedBy,
    });
    await manager.insert(RecoveryGoalEvent, { goalId: id, fromStatus: null, toStatus: GoalStatus.ACTIVE });
    return manager.getRepository(RecoveryGoal).findOneByOrFail({ id });
  }

  /** Rewrites the goal: domain, wording and date. Its status and steps are kept. */
  async update(viewer: Viewer, goalId: string, fields: GoalFields): Promise<RecoveryGoalObject> {
    const draft = checkGoalDraft(fields);
    const affected = isUuid(goalId)
      ? await updateOwnedGoal.affected(this.dataSource.manager, {
          goalId,
          ownerId: viewer.userId,
          domain: draft.domain,
          sealedTitle: this.cipher.seal('recovery_goals.title', goalId, draft.title),
          sealedWhy: this.cipher.sealOptional('recovery_goals.why', goalId, draft.why),
          dueOn: draft.dueOn,
        })
      : 0;
    if (affected === 0) throw goalNotFound();
    return this.one(this.dataSource.manager, viewer, goalId);
  }

  /** Marks a goal achieved, sets it aside, or takes it up again; each change joins its timeline. */
  async setStatus(viewer: Viewer, goalId: string, status: GoalStatus): Promise<RecoveryGoalObject> {
    if (!Object.values(GoalStatus).includes(status)) throw new BadUserInputError(PlanMessages.GOAL_STATUS_REQUIRED(), { field: 'status' });
    await this.dataSource.transaction(async (manager) => {
      const goal = await this.findOwned(manager, viewer.userId, goalId, true);
      if (!goal) throw goalNotFound();
      if (goal.status === status) return;
      await manager.update(RecoveryGoal, { id: goal.id }, { status, updatedAt: () => 'now()' });
      await manager.insert(RecoveryGoalEvent, { goalId: goal.id, fromStatus: goal.status, toStatus: status });
    });
    return this.one(this.dataSource.manager, viewer, goalId);
  }

  /** Deletes a goal with its steps and timeline, and any suggestion of a step for it. */
  async delete(viewer: Viewer, goalId: string): Promise<void> {
    const affected = isUuid(goalId) ? await deleteOwnedGoal.affected(this.dataSource.manager, { goalId, ownerId: viewer.userId }) : 0;
    if (affected === 0) throw goalNotFound();
  }

  /** The owner's goal, or null; `lock` holds it (and so its steps' order) until the transaction ends. */
  async findOwned(manager: EntityManager, ownerId: string, goalId: string, lock = false): Promise<RecoveryGoal | null> {
    if (!isUuid(goalId)) return null;
    const query = manager.getRepository(RecoveryGoal).createQueryBuilder('goal').where('goal.id = :goalId AND goal.owner_id = :ownerId', { goalId, ownerId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** One of the viewer's own goals, as they see it. */
  async one(manager: EntityManager, viewer: Viewer, goalId: string): Promise<RecoveryGoalObject> {
    const goal = await this.findOwned(manager, viewer.userId, goalId);
    if (!goal) throw goalNotFound();
    const [presented] = await this.presenter.present(manager, viewer, [goal]);
    return presented!;
  }
}

/** TreatNet's order of domains, keeping the given order within each. */
export function sortByDomain<T extends { domain: RecoveryGoal['domain'] }>(goals: readonly T[]): T[] {
  return [...goals].sort((a, b) => RECOVERY_DOMAINS.indexOf(a.domain) - RECOVERY_DOMAINS.indexOf(b.domain));
}
