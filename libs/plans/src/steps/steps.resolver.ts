import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformRole, RequireRoles, type Viewer } from '@kindred/core';
import { RecoveryGoalObject } from '../goals/goals.types';
import { StepsService } from './steps.service';
import { RecoveryStepInput } from './steps.types';

const stepId = { type: () => ID, description: 'The step, in your plan.' };
const goalId = { type: () => ID, description: 'The goal, in your plan.' };

/** A member's own steps; each change answers with the whole goal. */
@Resolver()
export class StepsResolver {
  constructor(private readonly steps: StepsService) {}

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => RecoveryGoalObject, { description: 'Adds a step at the end of a goal’s steps (up to 50 per goal).' })
  addRecoveryStep(
    @Args('goalId', goalId) id: string,
    @Args('input', { description: 'The step.' }) input: RecoveryStepInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryGoalObject> {
    return this.steps.add(viewer, id, input);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => RecoveryGoalObject, { description: 'Rewrites a step: its words and day.' })
  updateRecoveryStep(
    @Args('stepId', stepId) id: string,
    @Args('input', { description: 'The step as it should read now.' }) input: RecoveryStepInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryGoalObject> {
    return this.steps.update(viewer, id, input);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => RecoveryGoalObject, { description: 'Marks a step done, or not done after all.' })
  setRecoveryStepDone(
    @Args('stepId', stepId) id: string,
    @Args('done', { type: () => Boolean, description: 'Whether it is done.' }) done: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryGoalObject> {
    return this.steps.setDone(viewer, id, done);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => RecoveryGoalObject, { description: 'Puts a goal’s steps in a new order.' })
  reorderRecoverySteps(
    @Args('goalId', goalId) id: string,
    @Args('stepIds', { type: () => [ID], description: 'Every step of the goal, once each, in the new order.' }) stepIds: string[],
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryGoalObject> {
    return this.steps.reorder(viewer, id, stepIds);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => RecoveryGoalObject, { description: 'Deletes a step; the others keep their order.' })
  deleteRecoveryStep(@Args('stepId', stepId) id: string, @CurrentViewer() viewer: Viewer): Promise<RecoveryGoalObject> {
    return this.steps.delete(viewer, id);
  }
}
