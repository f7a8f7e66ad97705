import { TRUST_LEVELS, TrustLevel, trustLevelFor } from './trust-levels';

describe('trust levels', () => {
  const created = new Date('2026-11-01T10:00:00Z');

  it('starts new accounts without links or messages beyond their connections, and says when that lifts', () => {
    const { rule, nextAt } = trustLevelFor(created, new Date('2026-11-03T09:59:00Z'));
    expect(rule.level).toBe(TrustLevel.NEW);
    expect(rule.mayPostLinks).toBe(false);
    expect(rule.mayMessageBeyondConnections).toBe(false);
    expect(nextAt).toEqual(new Date('2026-11-04T10:00:00Z'));
  });

  it('lifts the limits from the third day on', () => {
    const { rule, nextAt } = trustLevelFor(created, new Date('2026-11-04T10:00:00Z'));
    expect(rule.level).toBe(TrustLevel.ESTABLISHED);
    expect(rule.mayPostLinks).toBe(true);
    expect(nextAt).toBeNull();
  });

  it('keeps the table ordered so the last level reached is the one that applies', () => {
    const days = TRUST_LEVELS.map((rule) => rule.fromAccountAgeDays);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days[0]).toBe(0);
  });
});
