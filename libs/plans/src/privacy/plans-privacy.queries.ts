import { defineQuery } from '@kindred/core';
import { SuggestionStatus } from '../suggestions/suggestion-status';

interface Person {
  userId: string;
}

const forPerson = ({ userId }: Person): unknown[] => [userId];
const EXAMPLE_PERSON: Person = { userId: '00000000-0000-0000-0000-000000000000' };

export const deleteSuggestionsTo = defineQuery<Person>({
  name: 'plansPrivacy.deleteSuggestionsTo',
  sql: `DELETE FROM plan_suggestions WHERE owner_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const deleteGoalsOf = defineQuery<Person>({
  name: 'plansPrivacy.deleteGoalsOf',
  sql: `DELETE FROM recovery_goals WHERE owner_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

/** What the person suggested to others and was not taken up. */
export const deleteSuggestionsNotTakenUp = defineQuery<Person>({
  name: 'plansPrivacy.deleteSuggestionsNotTakenUp',
  sql: `DELETE FROM plan_suggestions WHERE suggester_id = $1 AND status <> $2`,
  params: ({ userId }) => [userId, SuggestionStatus.ACCEPTED],
  example: EXAMPLE_PERSON,
});

export const forgetSuggester = defineQuery<Person>({
  name: 'plansPrivacy.forgetSuggester',
  sql: `UPDATE plan_suggestions SET suggester_id = NULL WHERE suggester_id = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const forgetGoalSuggester = defineQuery<Person>({
  name: 'plansPrivacy.forgetGoalSuggester',
  sql: `UPDATE recovery_goals SET suggested_by = NULL WHERE suggested_by = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});

export const forgetStepSuggester = defineQuery<Person>({
  name: 'plansPrivacy.forgetStepSuggester',
  sql: `UPDATE recovery_goal_steps SET suggested_by = NULL WHERE suggested_by = $1`,
  params: forPerson,
  example: EXAMPLE_PERSON,
});
