import { coversLocally, isTimeZone, localWeekTime } from './on-call-times';

describe('on-call times', () => {
  it('reads the weekday and time in the rota’s own time zone, summer time included', () => {
    // Monday 1 June 2026, 23:30 UTC is already Tuesday 00:30 in London (BST) and 01:30 in Paris.
    const at = new Date('2026-06-01T23:30:00Z');
    expect(localWeekTime(at, 'Europe/London')).toEqual({ weekday: 1, minutes: 30 });
    expect(localWeekTime(at, 'Europe/Paris')).toEqual({ weekday: 1, minutes: 90 });
    expect(localWeekTime(at, 'UTC')).toEqual({ weekday: 0, minutes: 23 * 60 + 30 });
  });

  it('covers a daytime shift from its start up to, not including, its end', () => {
    const shift = { weekday: 2, startsAt: '09:00', endsAt: '17:00' };
    expect(coversLocally(shift, 2, 9 * 60)).toBe(true);
    expect(coversLocally(shift, 2, 16 * 60 + 59)).toBe(true);
    expect(coversLocally(shift, 2, 17 * 60)).toBe(false);
    expect(coversLocally(shift, 3, 10 * 60)).toBe(false);
  });

  it('carries a night shift into the small hours of the next day, Sunday into Monday too', () => {
    const shift = { weekday: 6, startsAt: '22:00', endsAt: '06:00' };
    expect(coversLocally(shift, 6, 23 * 60)).toBe(true);
    expect(coversLocally(shift, 0, 5 * 60)).toBe(true);
    expect(coversLocally(shift, 0, 6 * 60)).toBe(false);
    expect(coversLocally(shift, 6, 21 * 60)).toBe(false);
  });

  it('knows real time zones from made-up ones', () => {
    expect(isTimeZone('Europe/Lisbon')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
