import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformRole, RequireRoles, SignedIn, type Viewer } from '@kindred/core';
import { GoalStatus } from '../goals/goal-status';
import { GoalsService } from '../goals/goals.service';
import { RecoveryGoalObject } from '../goals/goals.types';
import { ProgressService } from '../progress/progress.service';
import { DomainProgressObject } from '../progress/progress.types';
import { SuggestionState } from '../suggestions/suggestion-status';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { PlanSuggestionObject } from '../suggestions/suggestions.types';
import { RecoveryPlanService } from './recovery-plan.service';
import { RecoveryPlanObject } from './recovery-plan.types';

/**
 * A plan is read through its fields: each checks the viewer against the plan's owner again,
 * and for anyone but the owner each is one entry in the owner's disclosure log.
 */
@Resolver(() => RecoveryPlanObject)
export class RecoveryPlanResolver {
  constructor(
    private readonly plans: RecoveryPlanService,
    private readonly goalsService: GoalsService,
    private readonly progressService: ProgressService,
    private readonly suggestionsService: SuggestionsService,
  ) {}

  @RequireRoles(PlatformRole.MEMBER)
  @Query(() => RecoveryPlanObject, { description: 'Your own recovery plan.' })
  myRecoveryPlan(@CurrentViewer() viewer: Viewer): RecoveryPlanObject {
    return this.plans.mine(viewer);
  }

  @SignedIn()
  @Query(() => RecoveryPlanObject, { description: 'Someone’s recovery plan, while they share it with you. Every read is shown to them.' })
  sharedRecoveryPlan(
    @Args('ownerId', { type: () => ID, description: 'The person who shares it.' }) ownerId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryPlanObject> {
    return this.plans.sharedWith(viewer, ownerId);
  }

  @ResolveField(() => [RecoveryGoalObject], { description: 'The goals, by domain in TreatNet’s order, then oldest first.' })
  goals(
    @Parent() plan: RecoveryPlanObject,
    @Args('status', { type: () => GoalStatus, nullable: true, description: 'Only goals where they stand so; all when left out.' })
    status: GoalStatus | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecoveryGoalObject[]> {
    return this.goalsService.list(viewer, plan.ownerId, status ?? null);
  }

  @ResolveField(() => [DomainProgressObject], { description: 'Progress in each of the eight domains, in TreatNet’s order.' })
  progress(@Parent() plan: RecoveryPlanObject, @CurrentViewer() viewer: Viewer): Promise<DomainProgressObject[]> {
    return this.progressService.byDomain(viewer, plan.ownerId);
  }

  @ResolveField(() => [PlanSuggestionObject], {
    description: 'Suggestions for the plan, newest first (up to 200): every one for its owner; to others, only their own.',
  })
  suggestions(
    @Parent() plan: RecoveryPlanObject,
    @Args('states', { type: () => [SuggestionState], nullable: true, description: 'Only these; all when left out.' })
    states: SuggestionState[] | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlanSuggestionObject[]> {
    return this.suggestionsService.list(viewer, plan.ownerId, states ?? null);
  }
}
