import { Weekday } from '@kindred/recovery';
import { CheckinCadence, DEFAULT_DAYS, nextReminderAt } from './checkin-rhythm';

const daily = { cadence: CheckinCadence.DAILY, days: DEFAULT_DAYS.DAILY, localTime: '19:00' };

describe('next check-in reminder', () => {
  it('comes at the local time in the member’s time zone, today if still ahead, else tomorrow', () => {
    expect(nextReminderAt(daily, 'Europe/Paris', new Date('2026-11-23T12:00:00Z'), null)).toEqual(new Date('2026-11-23T18:00:00Z'));
    expect(nextReminderAt(daily, 'Europe/Paris', new Date('2026-11-23T18:00:00Z'), null)).toEqual(new Date('2026-11-24T18:00:00Z'));
    expect(nextReminderAt(daily, 'America/New_York', new Date('2026-11-23T12:00:00Z'), null)).toEqual(new Date('2026-11-24T00:00:00Z'));
  });

  it('follows daylight saving: 19:00 in Paris is 17:00 UTC in summer and 18:00 UTC in winter', () => {
    expect(nextReminderAt(daily, 'Europe/Paris', new Date('2026-10-24T18:00:00Z'), null)).toEqual(new Date('2026-10-25T18:00:00Z'));
    expect(nextReminderAt(daily, 'Europe/Paris', new Date('2026-10-23T18:00:00Z'), null)).toEqual(new Date('2026-10-24T17:00:00Z'));
    const earlyMorning = { ...daily, localTime: '02:30' };
    // 29 March 2026: Paris clocks jump from 02:00 to 03:00, so 02:30 does not exist that day.
    expect(nextReminderAt(earlyMorning, 'Europe/Paris', new Date('2026-03-28T12:00:00Z'), null)).toEqual(new Date('2026-03-29T01:30:00Z'));
  });

  it('keeps to the chosen days', () => {
    const weekly = { cadence: CheckinCadence.WEEKLY, days: [Weekday.SUNDAY], localTime: '10:00' };
    // Monday 23 November 2026 → Sunday 29 November, 10:00 in Lisbon (UTC in winter).
    expect(nextReminderAt(weekly, 'Europe/Lisbon', new Date('2026-11-23T12:00:00Z'), null)).toEqual(new Date('2026-11-29T10:00:00Z'));
  });

  it('moves out of quiet hours to when they end, across midnight', () => {
    const late = { ...daily, localTime: '23:00' };
    expect(nextReminderAt(late, 'UTC', new Date('2026-11-23T12:00:00Z'), { start: '22:00', end: '07:00' })).toEqual(new Date('2026-11-24T07:00:00Z'));
    const early = { ...daily, localTime: '06:00' };
    expect(nextReminderAt(early, 'UTC', new Date('2026-11-23T01:00:00Z'), { start: '22:00', end: '07:00' })).toEqual(new Date('2026-11-23T07:00:00Z'));
    expect(nextReminderAt(daily, 'UTC', new Date('2026-11-23T12:00:00Z'), { start: '13:00', end: '20:30' })).toEqual(new Date('2026-11-23T20:30:00Z'));
    expect(nextReminderAt(daily, 'UTC', new Date('2026-11-23T12:00:00Z'), { start: '22:00', end: '07:00' })).toEqual(new Date('2026-11-23T19:00:00Z'));
  });
});
