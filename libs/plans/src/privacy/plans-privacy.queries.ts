import { defineQuery, definePersonStatement } from '@kindred/core';
import { SuggestionStatus } from '../suggestions/suggestion-status';

interface Person {
  userId: string;
}

const EXAMPLE_PERSON: Person = { userId: '00000000-0000-0000-0000-000000000000' };

export const deleteSuggestionsTo = definePersonStatement('plansPrivacy.deleteSuggestionsTo', `DELETE FROM plan_suggestions WHERE owner_id = $1`);

export const deleteGoalsOf = definePersonStatement('plansPrivacy.deleteGoalsOf', `DELETE FROM recovery_goals WHERE owner_id = $1`);

/** What the person suggested to others and was not taken up. */
export const deleteSuggestionsNotTakenUp = defineQuery<Person>({
  name: 'plansPrivacy.deleteSuggestionsNotTakenUp',
  sql: `DELETE FROM plan_suggestions WHERE suggester_id = $1 AND status <> $2`,
  params: ({ userId }) => [userId, SuggestionStatus.ACCEPTED],
  example: EXAMPLE_PERSON,
});

export const forgetSuggester = definePersonStatement('plansPrivacy.forgetSuggester', `UPDATE plan_suggestions SET suggester_id = NULL WHERE suggester_id = $1`);

export const forgetGoalSuggester = definePersonStatement(
  'plansPrivacy.forgetGoalSuggester',
  `UPDATE recovery_goals SET suggested_by = NULL WHERE suggested_by = $1`,
);

export const forgetStepSuggester = definePersonStatement(
  'plansPrivacy.forgetStepSuggester',
  `UPDATE recovery_goal_steps SET suggested_by = NULL WHERE suggested_by = $1`,
);
