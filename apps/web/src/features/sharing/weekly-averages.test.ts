import { describe, expect, it } from 'vitest';
import { weeklyAverages } from './weekly-averages';

describe('weeklyAverages', () => {
  it('averages check-ins week by week, from Monday, oldest week first', () => {
    const weeks = weeklyAverages([
      { checkedInAt: '2026-11-18T10:00:00', mood: 4, cravings: 2 },
      { checkedInAt: '2026-11-16T10:00:00', mood: 2, cravings: 6 },
      { checkedInAt: '2026-11-15T10:00:00', mood: 3, cravings: 5 },
    ]);
    expect(weeks).toEqual([
      { start: '2026-11-09', mood: 3, cravings: 5, count: 1 },
      { start: '2026-11-16', mood: 3, cravings: 4, count: 2 },
    ]);
  });

  it('gives nothing for no check-ins', () => {
    expect(weeklyAverages([])).toEqual([]);
  });
});
