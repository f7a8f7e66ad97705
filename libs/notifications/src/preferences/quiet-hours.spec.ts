import { checkQuietHours, isQuietAt, localMinutes, minutesOf } from './quiet-hours';

describe('quiet hours', () => {
  it('reads 24-hour times and refuses anything else', () => {
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('07:30')).toBe(450);
    expect(minutesOf('23:59')).toBe(1439);
    for (const wrong of ['24:00', '7:30', '07:60', '0730', '', '07:30:00']) expect(minutesOf(wrong)).toBeNull();
  });

  it('explains a time it cannot read, and refuses a start equal to the end', () => {
    expect(() => checkQuietHours('10pm', '07:00')).toThrow(/start as a 24-hour time/);
    expect(() => checkQuietHours('22:00', '7')).toThrow(/end as a 24-hour time/);
    expect(() => checkQuietHours('22:00', '22:00')).toThrow(/different times/);
    expect(checkQuietHours(' 22:00 ', '07:00')).toEqual({ start: '22:00', end: '07:00' });
  });

  it('is quiet inside a daytime window and not at its end', () => {
    const at = (iso: string) => new Date(iso);
    expect(isQuietAt(at('2025-01-15T12:59:00Z'), 'UTC', '13:00', '15:00')).toBe(false);
    expect(isQuietAt(at('2025-01-15T13:00:00Z'), 'UTC', '13:00', '15:00')).toBe(true);
    expect(isQuietAt(at('2025-01-15T14:59:00Z'), 'UTC', '13:00', '15:00')).toBe(true);
    expect(isQuietAt(at('2025-01-15T15:00:00Z'), 'UTC', '13:00', '15:00')).toBe(false);
  });

  it('wraps midnight when the start is later than the end', () => {
    const quiet = (iso: string) => isQuietAt(new Date(iso), 'UTC', '22:00', '07:00');
    expect(quiet('2025-01-15T21:59:00Z')).toBe(false);
    expect(quiet('2025-01-15T22:00:00Z')).toBe(true);
    expect(quiet('2025-01-15T23:30:00Z')).toBe(true);
    expect(quiet('2025-01-16T00:00:00Z')).toBe(true);
    expect(quiet('2025-01-16T06:59:00Z')).toBe(true);
    expect(quiet('2025-01-16T07:00:00Z')).toBe(false);
    expect(quiet('2025-01-16T12:00:00Z')).toBe(false);
  });

  it('reads the window in the person’s own time zone', () => {
    // 21:30 UTC is 22:30 in Paris in winter (UTC+1) and 06:30 next morning in Tokyo (UTC+9).
    const at = new Date('2025-01-15T21:30:00Z');
    expect(isQuietAt(at, 'UTC', '22:00', '07:00')).toBe(false);
    expect(isQuietAt(at, 'Europe/Paris', '22:00', '07:00')).toBe(true);
    expect(isQuietAt(at, 'Asia/Tokyo', '22:00', '07:00')).toBe(true);
    // 05:00 in New York (UTC-5 in winter) is 10:00 UTC: quiet there, not in London.
    const morning = new Date('2025-01-15T10:00:00Z');
    expect(isQuietAt(morning, 'America/New_York', '22:00', '07:00')).toBe(true);
    expect(isQuietAt(morning, 'Europe/London', '22:00', '07:00')).toBe(false);
  });

  it('follows daylight saving through the zone’s rules, not a fixed offset', () => {
    // 20:30 UTC is 21:30 in Paris in January (UTC+1) but 22:30 in July (UTC+2).
    expect(isQuietAt(new Date('2025-01-15T20:30:00Z'), 'Europe/Paris', '22:00', '07:00')).toBe(false);
    expect(isQuietAt(new Date('2025-07-15T20:30:00Z'), 'Europe/Paris', '22:00', '07:00')).toBe(true);
    expect(localMinutes(new Date('2025-07-15T20:30:00Z'), 'Europe/Paris')).toBe(22 * 60 + 30);
    // A zone with a half-hour offset: 18:00 UTC is 23:30 in Kolkata.
    expect(localMinutes(new Date('2025-01-15T18:00:00Z'), 'Asia/Kolkata')).toBe(23 * 60 + 30);
  });

  it('reads an unknown time zone as UTC rather than failing', () => {
    expect(localMinutes(new Date('2025-01-15T08:15:00Z'), 'Not/AZone')).toBe(8 * 60 + 15);
  });
});
