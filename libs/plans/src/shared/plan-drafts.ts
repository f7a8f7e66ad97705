import { BadUserInputError, checkText, type UserMessage } from '@kindred/core';
import { RECOVERY_DOMAINS, type RecoveryDomain } from '@kindred/recovery';
import { checkDueDate } from './calendar-date';
import { PlanMessages } from '../plans.messages';

export const GOAL_TITLE_MAX = 200;
export const GOAL_WHY_MAX = 2000;
export const STEP_TITLE_MAX = 200;
export const ANSWER_NOTE_MAX = 500;

/** A goal as written by the member, or suggested to them: checked, trimmed, ready to store. */
export interface GoalDraft {
  domain: RecoveryDomain;
  title: string;
  why: string | null;
  dueOn: string | null;
}

export interface StepDraft {
  title: string;
  dueOn: string | null;
}

export interface GoalFields {
  domain: RecoveryDomain;
  title: string;
  why?: string | null;
  dueOn?: string | null;
}

export interface StepFields {
  title: string;
  dueOn?: string | null;
}

/** Optional free text: blank means none. */
export function optionalText(value: string | null | undefined, field: string, label: UserMessage, max: number): string | null {
  return value?.trim() ? checkText(value, field, label, { min: 0, max }) : null;
}

export function checkGoalDraft(fields: GoalFields): GoalDraft {
  if (!RECOVERY_DOMAINS.includes(fields.domain)) throw new BadUserInputError(PlanMessages.RECOVERY_DOMAIN_REQUIRED(), { field: 'domain' });
  return {
    domain: fields.domain,
    title: checkText(fields.title, 'title', PlanMessages.PLAN_LABEL_TITLE(), { max: GOAL_TITLE_MAX }),
    why: optionalText(fields.why, 'why', PlanMessages.PLAN_LABEL_WHY(), GOAL_WHY_MAX),
    dueOn: checkDueDate(fields.dueOn ?? null, 'dueOn'),
  };
}

export function checkStepDraft(fields: StepFields): StepDraft {
  return {
    title: checkText(fields.title, 'title', PlanMessages.PLAN_LABEL_STEP(), { max: STEP_TITLE_MAX }),
    dueOn: checkDueDate(fields.dueOn ?? null, 'dueOn'),
  };
}
