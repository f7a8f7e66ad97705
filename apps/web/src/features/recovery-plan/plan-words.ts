import type { MyRecoveryPlanQuery, RecoveryDomain } from '../../graphql/generated/graphql';

export type PlanGoal = MyRecoveryPlanQuery['myRecoveryPlan']['goals'][number];
export type PlanStep = PlanGoal['steps'][number];
export type PlanSuggestion = MyRecoveryPlanQuery['myRecoveryPlan']['suggestions'][number];

/** TreatNet's order, which the plan follows too. */
export const DOMAINS: readonly RecoveryDomain[] = [
  'PHYSICAL_AND_MENTAL_HEALTH',
  'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
  'SAFE_HOUSING_AND_ENVIRONMENT',
  'PEER_SUPPORT',
  'EMPLOYMENT_AND_LEGAL',
  'SKILLS_AND_EDUCATION',
  'COMMUNITY_AND_CULTURE',
  'MEANING_AND_PURPOSE',
];

/** A calendar day (YYYY-MM-DD) in the reader's words; noon keeps it the same day in every time zone. */
export function formatDay(language: string, day: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${day}T12:00:00`));
}
