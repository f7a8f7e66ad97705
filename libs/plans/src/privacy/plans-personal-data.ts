import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { EncryptedColumns, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { RecoveryGoal, RecoveryGoalEvent } from '../goals/recovery-goal.entity';
import { PlanCipher, SEALED_FIELDS, contextOf } from '../shared/plan-cipher';
import { RecoveryStep } from '../steps/recovery-step.entity';
import {
  deleteGoalsOf,
  deleteSuggestionsNotTakenUp,
  deleteSuggestionsTo,
  forgetGoalSuggester,
  forgetStepSuggester,
  forgetSuggester,
} from './plans-privacy.queries';
import { PlanSuggestion } from '../suggestions/plan-suggestion.entity';
import { stateOf } from '../suggestions/suggestion-status';

/**
 * Recovery plans' share of export and erasure. Export: the person's plan (goals, steps,
 * timelines), the suggestions made to them with their answers, and the suggestions they made
 * for others, in their own words only (nothing of the other person's plan or reply).
 * Erasure: their plan goes entirely, with every suggestion made to it; in others' plans,
 * what they suggested and was not taken up goes, and what was taken up stays the other
 * member's, no longer linked to them.
 */
@EncryptedColumns(
  SEALED_FIELDS.map((field) => {
    const [table, column] = field.split('.') as [string, string];
    return { table, column, context: (row) => contextOf(field, row['id']!) };
  }),
)
@PersonalData()
@Injectable()
export class PlansPersonalData implements PersonalDataContributor {
  readonly domain = 'plans';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'recovery_goals', personColumns: ['owner_id', 'suggested_by'] },
    { table: 'recovery_goal_steps', personColumns: ['suggested_by'] },
    { table: 'recovery_goal_events', personColumns: [] },
    { table: 'plan_suggestions', personColumns: ['owner_id', 'suggester_id'] },
  ];

  constructor(private readonly cipher: PlanCipher) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const goals = await manager.getRepository(RecoveryGoal).find({ where: { ownerId: userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const ids = goals.map((goal) => goal.id);
    const [steps, events] = ids.length
      ? await Promise.all([
          manager.getRepository(RecoveryStep).find({ where: { goalId: In(ids) }, order: { position: 'ASC' } }),
          manager.getRepository(RecoveryGoalEvent).find({ where: { goalId: In(ids) }, order: { id: 'ASC' } }),
        ])
      : [[], []];
    const received = await manager.getRepository(PlanSuggestion).find({ where: { ownerId: userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const made = await manager.getRepository(PlanSuggestion).find({ where: { suggesterId: userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return {
      goals: goals.map((goal) => ({
        id: goal.id,
        domain: goal.domain,
        title: this.cipher.open('recovery_goals.title', goal.id, goal.title),
        why: this.cipher.openOptional('recovery_goals.why', goal.id, goal.why),
        dueOn: goal.dueOn,
        status: goal.status,
        suggestedBy: goal.suggestedBy,
        createdAt: goal.createdAt,
        updatedAt: goal.updatedAt,
        steps: steps
          .filter((step) => step.goalId === goal.id)
          .map((step) => ({
            title: this.cipher.open('recovery_goal_steps.title', step.id, step.title),
            dueOn: step.dueOn,
            doneAt: step.doneAt,
            position: step.position,
            suggestedBy: step.suggestedBy,
            createdAt: step.createdAt,
          })),
        history: events.filter((event) => event.goalId === goal.id).map((event) => ({ from: event.fromStatus, to: event.toStatus, at: event.at })),
      })),
      suggestionsReceived: received.map((row) => ({
        ...this.suggestionText(row),
        goalId: row.goalId,
        suggestedBy: row.suggesterId,
        myNote: this.cipher.openOptional('plan_suggestions.answer_note', row.id, row.answerNote),
      })),
      suggestionsMade: made.map((row) => ({ ...this.suggestionText(row), forMemberId: row.ownerId })),
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    for (const statement of [deleteSuggestionsTo, deleteGoalsOf, deleteSuggestionsNotTakenUp, forgetSuggester, forgetGoalSuggester, forgetStepSuggester]) {
      await statement.affected(manager, { userId });
    }
  }

  /** A suggestion in its author's words, and where it stands. */
  private suggestionText(row: PlanSuggestion): Record<string, unknown> {
    return {
      kind: row.kind,
      domain: row.domain,
      title: this.cipher.open('plan_suggestions.title', row.id, row.title),
      why: this.cipher.openOptional('plan_suggestions.why', row.id, row.why),
      dueOn: row.dueOn,
      state: stateOf(row.status),
      createdAt: row.createdAt,
      answeredAt: row.answeredAt,
    };
  }
}
