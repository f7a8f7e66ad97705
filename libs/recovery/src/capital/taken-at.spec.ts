import { errorCodeOf } from '@kindred/core/testing';
import { checkTakenAt } from './taken-at';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('checkTakenAt', () => {
  it('defaults to now', () => {
    expect(checkTakenAt(undefined, NOW)).toBe(NOW);
    expect(checkTakenAt(null, NOW)).toBe(NOW);
  });

  it('accepts an earlier moment, and a device clock a little ahead', () => {
    const lastWeek = new Date('2026-02-22T09:30:00Z');
    expect(checkTakenAt(lastWeek, NOW)).toBe(lastWeek);
    const skewed = new Date(NOW.getTime() + 60_000);
    expect(checkTakenAt(skewed, NOW)).toBe(skewed);
  });

  it.each([
    ['tomorrow', new Date('2026-03-02T12:00:00Z')],
    ['a zeroed clock', new Date(0)],
    ['an invalid date', new Date('nonsense')],
  ])('refuses %s', async (_case, when) => {
    expect(await errorCodeOf(Promise.resolve().then(() => checkTakenAt(when, NOW)))).toBe('BAD_USER_INPUT');
  });
});
