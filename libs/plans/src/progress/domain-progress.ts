import { DOMAIN_NAMES, RECOVERY_DOMAINS, type RecoveryDomain } from '@kindred/recovery';

/** One domain's counts, as the database sums them. */
export interface DomainCounts {
  domain: RecoveryDomain;
  activeGoals: number;
  achievedGoals: number;
  setAsideGoals: number;
  stepsDone: number;
  stepsTotal: number;
  overdueSteps: number;
}

export interface DomainProgress extends DomainCounts {
  domainName: string;
}

/**
 * All eight domains, in TreatNet's order, whether or not the plan has goals in them: a domain
 * with nothing yet is shown as such, an invitation rather than a gap.
 */
export function progressByDomain(counts: readonly DomainCounts[]): DomainProgress[] {
  const byDomain = new Map(counts.map((row) => [row.domain, row]));
  return RECOVERY_DOMAINS.map((domain) => ({
    activeGoals: 0,
    achievedGoals: 0,
    setAsideGoals: 0,
    stepsDone: 0,
    stepsTotal: 0,
    overdueSteps: 0,
    ...byDomain.get(domain),
    domain,
    domainName: DOMAIN_NAMES[domain],
  }));
}
