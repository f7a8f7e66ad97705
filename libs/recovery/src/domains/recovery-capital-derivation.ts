import { CAPITAL_DIMENSIONS, DIMENSION_DOMAINS, type CapitalDimension } from './capital-dimension';
import { RECOVERY_DOMAINS, type DomainScores, type RecoveryDomain } from './recovery-domain';

export interface DimensionScore {
  dimension: CapitalDimension;
  /** Mean of the dimension's domains, 0–10, rounded to one decimal. */
  score: number;
  domains: readonly RecoveryDomain[];
}

/** How many domains the strengths and the needs name, before ties. */
export const HIGHLIGHT_COUNT = 3;

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** The four Cloud and Granfield dimensions, derived from the eight domain scores (never entered by hand). */
export function deriveDimensions(scores: DomainScores): DimensionScore[] {
  return CAPITAL_DIMENSIONS.map((dimension) => {
    const domains = DIMENSION_DOMAINS[dimension];
    const sum = domains.reduce((total, domain) => total + scores[domain], 0);
    return { dimension, score: oneDecimal(sum / domains.length), domains };
  });
}

/**
 * The domains at the top and at the bottom of a snapshot: up to three each, more only when
 * domains tie at the cut (ties are not broken arbitrarily). A domain that would be in both
 * lists — a tie across the middle, or everything rated the same — stands out as neither:
 * when nothing is higher or lower than the rest, there is no strength or need to name.
 * Each list follows its own order (strengths highest first, needs lowest first), then
 * TreatNet's order for equal scores.
 */
export function strengthsAndNeeds(scores: DomainScores): { strengths: RecoveryDomain[]; needs: RecoveryDomain[] } {
  const byScore = (direction: 1 | -1) =>
    [...RECOVERY_DOMAINS].sort((a, b) => direction * (scores[a] - scores[b]) || RECOVERY_DOMAINS.indexOf(a) - RECOVERY_DOMAINS.indexOf(b));
  const highest = byScore(-1);
  const lowest = byScore(1);
  const topCut = scores[highest[HIGHLIGHT_COUNT - 1] as RecoveryDomain];
  const bottomCut = scores[lowest[HIGHLIGHT_COUNT - 1] as RecoveryDomain];
  const top = highest.filter((domain) => scores[domain] >= topCut);
  const bottom = lowest.filter((domain) => scores[domain] <= bottomCut);
  return {
    strengths: top.filter((domain) => !bottom.includes(domain)),
    needs: bottom.filter((domain) => !top.includes(domain)),
  };
}

/** Change per domain since the previous snapshot (positive means more capital), or null for the first. */
export function domainChanges(current: DomainScores, previous: DomainScores | null): Record<RecoveryDomain, number> | null {
  if (!previous) return null;
  return Object.fromEntries(RECOVERY_DOMAINS.map((domain) => [domain, current[domain] - previous[domain]])) as Record<RecoveryDomain, number>;
}

/** Change per dimension since the previous snapshot, rounded to one decimal, or null for the first. */
export function dimensionChanges(current: DomainScores, previous: DomainScores | null): Record<CapitalDimension, number> | null {
  if (!previous) return null;
  const before = new Map(deriveDimensions(previous).map((entry) => [entry.dimension, entry.score]));
  return Object.fromEntries(
    deriveDimensions(current).map((entry) => [entry.dimension, oneDecimal(entry.score - (before.get(entry.dimension) ?? 0))]),
  ) as Record<CapitalDimension, number>;
}
