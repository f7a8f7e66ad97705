import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformRole, RequireRoles, SignedIn, type Viewer } from '@kindred/core';
import { RecoveryGoalInput } from '../goals/goals.types';
import { RecoveryStepInput } from '../steps/steps.types';
import { SuggestionsService } from './suggestions.service';
import { AcceptPlanSuggestionInput, PlanSuggestionObject } from './suggestions.types';

const suggestionId = { type: () => ID, description: 'The suggestion.' };

/**
 * Suggesting is open to anyone signed in, and the service admits only those holding the
 * member's PLAN grant now (anyone else finds nothing); answering is the member's alone.
 */
@Resolver()
export class SuggestionsResolver {
  constructor(private readonly suggestions: SuggestionsService) {}

  @SignedIn()
  @Mutation(() => PlanSuggestionObject, { description: 'Suggests a goal for the plan of someone who shares it with you; they decide.' })
  suggestRecoveryGoal(
    @Args('ownerId', { type: () => ID, description: 'The member whose plan it is.' }) ownerId: string,
    @Args('input', { description: 'The goal you suggest.' }) input: RecoveryGoalInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlanSuggestionObject> {
    return this.suggestions.suggestGoal(viewer, ownerId, input);
  }

  @SignedIn()
  @Mutation(() => PlanSuggestionObject, { description: 'Suggests a step on a goal in the plan of someone who shares it with you; they decide.' })
  suggestRecoveryStep(
    @Args('goalId', { type: () => ID, description: 'Their goal, being worked on.' }) goalId: string,
    @Args('input', { description: 'The step you suggest.' }) input: RecoveryStepInput,
    @Args('why', { type: () => String, nullable: true, description: 'Why it might help, if you like (up to 2,000 characters); they read it before deciding.' })
    why: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlanSuggestionObject> {
    return this.suggestions.suggestStep(viewer, goalId, input, why ?? null);
  }

  @SignedIn()
  @Mutation(() => PlanSuggestionObject, { description: 'Takes back a suggestion of yours that has not been answered yet.' })
  withdrawPlanSuggestion(@Args('suggestionId', suggestionId) id: string, @CurrentViewer() viewer: Viewer): Promise<PlanSuggestionObject> {
    return this.suggestions.withdraw(viewer, id);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => PlanSuggestionObject, {
    description: 'Takes a suggestion into your plan, in your own words if you like, marked as suggested by that person; they are told.',
  })
  acceptPlanSuggestion(
    @Args('suggestionId', suggestionId) id: string,
    @Args('input', { type: () => AcceptPlanSuggestionInput, nullable: true, description: 'Your wording, where it differs.' })
    input: AcceptPlanSuggestionInput | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlanSuggestionObject> {
    return this.suggestions.accept(viewer, id, {
      domain: input?.domain ?? null,
      title: input?.title ?? null,
      why: input?.why ?? null,
      dueOn: input?.dueOn ?? null,
    });
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => PlanSuggestionObject, {
    description: 'Sets a suggestion aside for now, with a kind word back if you like. They see “not for now”, never a rejection.',
  })
  declinePlanSuggestion(
    @Args('suggestionId', suggestionId) id: string,
    @Args('note', { type: () => String, nullable: true, description: 'A few words back to them (up to 500 characters).' }) note: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PlanSuggestionObject> {
    return this.suggestions.decline(viewer, id, note ?? null);
  }
}
