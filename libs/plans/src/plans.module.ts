import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentModule } from '@kindred/consent';
import { IdentityModule } from '@kindred/identity';
import { NotificationsModule } from '@kindred/notifications';
import { RecoveryModule } from '@kindred/recovery';
import { PlanAccess } from './access/plan-access.policy';
import { GoalPresenter } from './goals/goal-presenter';
import { GoalsResolver } from './goals/goals.resolver';
import { GoalsService } from './goals/goals.service';
import { RecoveryGoal, RecoveryGoalEvent } from './goals/recovery-goal.entity';
import { RecoveryGoals } from './goals/recovery-goals.reader';
import { RecoveryPlanResolver } from './plan/recovery-plan.resolver';
import { RecoveryPlanService } from './plan/recovery-plan.service';
import { ProgressService } from './progress/progress.service';
import { PlanCipher } from './shared/plan-cipher';
import { RecoveryStep } from './steps/recovery-step.entity';
import { StepsResolver } from './steps/steps.resolver';
import { StepsService } from './steps/steps.service';
import { PlanSuggestion } from './suggestions/plan-suggestion.entity';
import { SuggestionsResolver } from './suggestions/suggestions.resolver';
import { SuggestionsService } from './suggestions/suggestions.service';

export const PLAN_ENTITIES = [RecoveryGoal, RecoveryGoalEvent, RecoveryStep, PlanSuggestion];

/** API side of recovery plans: goals, steps, the progress view, and suggestions from the member's circle. */
@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), IdentityModule, RecoveryModule, ConsentModule, NotificationsModule],
  providers: [
    PlanCipher,
    PlanAccess,
    GoalPresenter,
    GoalsService,
    StepsService,
    ProgressService,
    SuggestionsService,
    RecoveryGoals,
    RecoveryPlanService,
    RecoveryPlanResolver,
    GoalsResolver,
    StepsResolver,
    SuggestionsResolver,
  ],
  exports: [RecoveryGoals],
})
export class PlansModule {}
