import { checkCalendarDate, todayIn } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real days written YYYY-MM-DD and nothing else, naming the field', () => {
    expect(checkCalendarDate('2025-02-28', 'neededBy')).toBe('2025-02-28');
    expect(checkCalendarDate(' 2028-02-29 ', 'dueOn')).toBe('2028-02-29');
    for (const wrong of ['2025-02-30', '2025-2-3', '28/02/2025', 'tomorrow', '2026-03-31T10:00:00Z', '']) {
      expect(() => checkCalendarDate(wrong, 'neededBy')).toThrow(/YYYY-MM-DD/);
    }
    expect(() => checkCalendarDate('1899-12-31', 'from')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'from' }) }));
    expect(() => checkCalendarDate('1949-12-31', 'startedOn', { earliest: '1950-01-01' })).toThrow(/YYYY-MM-DD/);
  });

  it('knows what day it is in a person’s own time zone', () => {
    const lateEveningInNewYork = new Date('2025-06-16T02:30:00Z');
    expect(todayIn('America/New_York', lateEveningInNewYork)).toBe('2025-06-15');
    expect(todayIn('Europe/Paris', lateEveningInNewYork)).toBe('2025-06-16');
    expect(todayIn('Pacific/Auckland', new Date('2026-11-23T12:00:00Z'))).toBe('2026-11-24');
    expect(todayIn('America/New_York', new Date('2026-11-23T03:00:00Z'))).toBe('2026-11-22');
    expect(todayIn('Not/AZone', new Date('2026-11-23T03:00:00Z'))).toBe('2026-11-23');
  });
});
