/**
 * How trust grows with time: the limits a new account has and when they lift. This table is
 * the rule, read by the code and shown to people (query `trustLevels`); change it here only.
 * Limits guard against the throwaway accounts dealers and spammers make, while a new person
 * can always talk with their mentor and circle.
 */
export enum TrustLevel {
  NEW = 'NEW',
  ESTABLISHED = 'ESTABLISHED',
}

export interface TrustLevelRule {
  level: TrustLevel;
  /** Whole days since the account was created from which this level applies. */
  fromAccountAgeDays: number;
  /** Whether messages, stories and profile text may contain links. */
  mayPostLinks: boolean;
  /**
   * Whether the person may start a direct conversation with anyone in a shared alliance, or
   * only with people they already share a mentorship or group conversation with.
   */
  mayMessageBeyondConnections: boolean;
  description: string;
}

/** Ordered by `fromAccountAgeDays`; the last rule a person has reached applies. */
export const TRUST_LEVELS: readonly TrustLevelRule[] = [
  {
    level: TrustLevel.NEW,
    fromAccountAgeDays: 0,
    mayPostLinks: false,
    mayMessageBeyondConnections: false,
    description: 'For the first 3 days: no links, and direct messages only to people you share a mentorship or group with.',
  },
  {
    level: TrustLevel.ESTABLISHED,
    fromAccountAgeDays: 3,
    mayPostLinks: true,
    mayMessageBeyondConnections: true,
    description: 'From day 3: links allowed, and direct messages to anyone you share an alliance with.',
  },
];

/** The rule for an account of this age, and when the next one starts (null at the top). */
export function trustLevelFor(createdAt: Date, now: Date): { rule: TrustLevelRule; nextAt: Date | null } {
  const ageDays = (now.getTime() - createdAt.getTime()) / 86_400_000;
  let index = 0;
  TRUST_LEVELS.forEach((rule, position) => {
    if (ageDays >= rule.fromAccountAgeDays) index = position;
  });
  const next = TRUST_LEVELS[index + 1];
  return {
    rule: TRUST_LEVELS[index]!,
    nextAt: next ? new Date(createdAt.getTime() + next.fromAccountAgeDays * 86_400_000) : null,
  };
}
