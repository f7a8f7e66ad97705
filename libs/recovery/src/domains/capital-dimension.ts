import { RecoveryDomain } from './recovery-domain';

/** Cloud and Granfield's four dimensions of recovery capital (2008). */
export enum CapitalDimension {
  SOCIAL = 'SOCIAL',
  PHYSICAL = 'PHYSICAL',
  HUMAN = 'HUMAN',
  CULTURAL = 'CULTURAL',
}

export const CAPITAL_DIMENSIONS: readonly CapitalDimension[] = Object.values(CapitalDimension);

/** Cloud and Granfield's definitions, as quoted by TreatNet. */
export const DIMENSION_DESCRIPTIONS: Readonly<Record<CapitalDimension, string>> = {
  SOCIAL: 'Resources from relationships, and support from and obligations to the groups a person belongs to.',
  PHYSICAL: 'Tangible assets, such as a home and money, that widen recovery options.',
  HUMAN: 'Personal skills and education, positive health, aspirations and hopes.',
  CULTURAL: 'Values, beliefs and attitudes that link a person to social attachment and belonging.',
};

/**
 * Which TreatNet domains make up each dimension. A dimension's score is the mean of its
 * domains' scores, on the same 0–10 scale. The mapping follows Cloud and Granfield's
 * definitions, word for word where possible:
 * - SOCIAL ("relationships … groups to which they belong"): family and social supports (2),
 *   peer-based support (4), community integration (7).
 * - PHYSICAL ("tangible assets such as property and money"): safe housing (3), and employment
 *   with legal issues resolved (5), the usual source of income and of freedom to use it.
 * - HUMAN ("skills and education, positive health, aspirations and hopes"): physical and
 *   mental health (1) — health is human capital in Cloud and Granfield, not physical — skills
 *   and education (6), and meaning and purpose (8), the aspirations and hopes.
 * - CULTURAL ("values, beliefs and attitudes that link to social attachment"): community
 *   integration and cultural support (7), and meaning and purpose (8), where values live.
 * Domains 7 and 8 count in two dimensions because their TreatNet definitions span both;
 * every domain counts in at least one, so no rating is lost from the picture.
 */
export const DIMENSION_DOMAINS: Readonly<Record<CapitalDimension, readonly RecoveryDomain[]>> = {
  SOCIAL: [RecoveryDomain.FAMILY_SOCIAL_SUPPORT_AND_LEISURE, RecoveryDomain.PEER_SUPPORT, RecoveryDomain.COMMUNITY_AND_CULTURE],
  PHYSICAL: [RecoveryDomain.SAFE_HOUSING_AND_ENVIRONMENT, RecoveryDomain.EMPLOYMENT_AND_LEGAL],
  HUMAN: [RecoveryDomain.PHYSICAL_AND_MENTAL_HEALTH, RecoveryDomain.SKILLS_AND_EDUCATION, RecoveryDomain.MEANING_AND_PURPOSE],
  CULTURAL: [RecoveryDomain.COMMUNITY_AND_CULTURE, RecoveryDomain.MEANING_AND_PURPOSE],
};
