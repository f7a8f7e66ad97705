/**
 * The eight TreatNet domains of recovery capital (UNODC TreatNet, "Drug Dependence Treatment:
 * Sustained Recovery Management", 2008, p. 17), in TreatNet's order.
 */
export enum RecoveryDomain {
  PHYSICAL_AND_MENTAL_HEALTH = 'PHYSICAL_AND_MENTAL_HEALTH',
  FAMILY_SOCIAL_SUPPORT_AND_LEISURE = 'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
  SAFE_HOUSING_AND_ENVIRONMENT = 'SAFE_HOUSING_AND_ENVIRONMENT',
  PEER_SUPPORT = 'PEER_SUPPORT',
  EMPLOYMENT_AND_LEGAL = 'EMPLOYMENT_AND_LEGAL',
  SKILLS_AND_EDUCATION = 'SKILLS_AND_EDUCATION',
  COMMUNITY_AND_CULTURE = 'COMMUNITY_AND_CULTURE',
  MEANING_AND_PURPOSE = 'MEANING_AND_PURPOSE',
}

/** TreatNet's order (1 to 8): lists, history and ties always follow it. */
export const RECOVERY_DOMAINS: readonly RecoveryDomain[] = Object.values(RecoveryDomain);

/** TreatNet's own names, for people reading the app. */
export const DOMAIN_NAMES: Readonly<Record<RecoveryDomain, string>> = {
  PHYSICAL_AND_MENTAL_HEALTH: 'Physical and mental health',
  FAMILY_SOCIAL_SUPPORT_AND_LEISURE: 'Family, social supports and leisure activities',
  SAFE_HOUSING_AND_ENVIRONMENT: 'Safe housing and healthy environments',
  PEER_SUPPORT: 'Peer-based support',
  EMPLOYMENT_AND_LEGAL: 'Employment and resolution of legal issues',
  SKILLS_AND_EDUCATION: 'Vocational skills and educational development',
  COMMUNITY_AND_CULTURE: 'Community integration and cultural support',
  MEANING_AND_PURPOSE: '(Re)discovering meaning and purpose in life',
};

/** A score per domain: one self-rating snapshot. */
export type DomainScores = Readonly<Record<RecoveryDomain, number>>;

/**
 * The self-rating scale, documented here and served to clients by `recoveryCapitalGuide`.
 * 0–10 rather than 1–5: eleven points let small, real changes show up over months, and 0
 * lets a person say "nothing here yet" without it sounding like a failing grade.
 */
export const DOMAIN_SCALE = {
  version: 'treatnet-self-rating-0-10-v1',
  minimum: 0,
  maximum: 10,
  anchors: [
    { value: 0, label: 'Nothing here supports my recovery right now' },
    { value: 5, label: 'Some things help, some are missing' },
    { value: 10, label: 'A real strength I can draw on' },
  ],
} as const;

/** A note per domain is a line or two, not a diary entry (diaries are their own feature). */
export const DOMAIN_NOTE_MAX_LENGTH = 500;
