import { journeyFigures, milestonesReached, milestonesUpTo, nextMilestone } from './journey-figures';

describe('recovery journey figures', () => {
  it('keeps total days through a setback, restarts the current stretch and remembers the longest', () => {
    expect(journeyFigures('2026-01-01', [], '2026-03-02')).toEqual({ totalDays: 60, currentStretchDays: 60, longestStretchDays: 60 });
    expect(journeyFigures('2026-01-01', ['2026-02-20'], '2026-03-02')).toEqual({ totalDays: 60, currentStretchDays: 10, longestStretchDays: 50 });
    expect(journeyFigures('2026-01-01', ['2026-01-05', '2026-02-20'], '2026-03-02')).toEqual({ totalDays: 60, currentStretchDays: 10, longestStretchDays: 46 });
  });

  it('celebrates the first day, week and months, then each year', () => {
    expect(milestonesUpTo(0)).toEqual([]);
    expect(milestonesUpTo(95)).toEqual([1, 7, 30, 60, 90]);
    expect(milestonesUpTo(800)).toEqual([1, 7, 30, 60, 90, 180, 270, 365, 730]);
    expect(nextMilestone(95)).toBe(180);
    expect(nextMilestone(400)).toBe(730);
  });

  it('dates each milestone reached from the start date', () => {
    expect(milestonesReached('2026-01-01', 35)).toEqual([
      { days: 1, reachedOn: '2026-01-02' },
      { days: 7, reachedOn: '2026-01-08' },
      { days: 30, reachedOn: '2026-01-31' },
    ]);
    expect(milestonesReached('2026-01-01', 0)).toEqual([]);
  });
});
