import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AcknowledgementObject, acknowledged, CurrentViewer, PlatformRole, RequireRoles, type Viewer } from '@kindred/core';
import { GoalStatus } from './goal-status';
import { GoalsService } from './goals.service';
import { RecoveryGoalInput, RecoveryGoalObject } from './goals.types';
import { PlanMessages } from '../plans.messages';

const goalId = { type: () => ID, description: 'The goal, in your plan.' };

/** A member shapes their own plan; the service takes the viewer as the plan's owner. */
@Resolver()
export class GoalsResolver {
  constructor(private readonly goals: GoalsService) {}

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => RecoveryGoalObject, { description: 'Adds a goal to your recovery plan.' })
  createRecoveryGoal(@Args('input', { description: 'The goal.' }) input: RecoveryGoalInput, @CurrentViewer() viewer: Viewer): Promise<RecoveryGoalObject> {
    return this.goals.create(viewer, input);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => RecoveryGoalObject, { description: 'Rewrites a goal: its domain, words and day. Its status and steps stay.' })
  updateRecoveryGoal(
    @Args('goalId', goalId) id: string,
    @Args('input', { description: 'The goal as it should read now.' }) input: RecoveryGoalInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryGoalObject> {
    return this.goals.update(viewer, id, input);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => RecoveryGoalObject, { description: 'Marks a goal achieved, sets it aside for now, or takes it up again; each change joins its timeline.' })
  setRecoveryGoalStatus(
    @Args('goalId', goalId) id: string,
    @Args('status', { type: () => GoalStatus, description: 'Where it stands now.' }) status: GoalStatus,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryGoalObject> {
    return this.goals.setStatus(viewer, id, status);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => AcknowledgementObject, { description: 'Deletes a goal with its steps and timeline. This cannot be undone.' })
  async deleteRecoveryGoal(@Args('goalId', goalId) id: string, @CurrentViewer() viewer: Viewer): Promise<AcknowledgementObject> {
    await this.goals.delete(viewer, id);
    return acknowledged(PlanMessages.GOAL_DELETED());
  }
}
