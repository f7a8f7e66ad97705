import { KindredError } from '@kindred/core';
import { checkRecoveryPreferences, type RecoveryPreferencesChange } from './recovery-preferences-input';
import { MentorGender, RecoveryPathway, Weekday } from './recovery-preference.entity';
import { checkWeeklySlots } from './weekly-slots';

const VALID: RecoveryPreferencesChange = {
  pathways: [RecoveryPathway.HARM_REDUCTION, RecoveryPathway.HARM_REDUCTION, RecoveryPathway.MEDICATION_ASSISTED],
  preferredMentorGender: MentorGender.NON_BINARY,
  languages: [' FR ', 'en', 'fr'],
  availability: [
    { day: Weekday.SATURDAY, start: '10:00', end: '12:00' },
    { day: Weekday.MONDAY, start: '20:00', end: '24:00' },
    { day: Weekday.MONDAY, start: '18:00', end: '20:00' },
  ],
};

function refusal(work: () => unknown): KindredError {
  try {
    work();
  } catch (error) {
    if (error instanceof KindredError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkRecoveryPreferences', () => {
  it('normalises: pathways and languages once each, slots sorted by day and time', () => {
    expect(checkRecoveryPreferences(VALID)).toEqual({
      pathways: [RecoveryPathway.HARM_REDUCTION, RecoveryPathway.MEDICATION_ASSISTED],
      preferredMentorGender: MentorGender.NON_BINARY,
      languages: ['fr', 'en'],
      availability: [
        { day: Weekday.MONDAY, start: '18:00', end: '20:00' },
        { day: Weekday.MONDAY, start: '20:00', end: '24:00' },
        { day: Weekday.SATURDAY, start: '10:00', end: '12:00' },
      ],
    });
  });

  it('accepts no preferences at all', () => {
    const none = { pathways: [], preferredMentorGender: null, languages: [], availability: [] };
    expect(checkRecoveryPreferences(none)).toEqual(none);
  });

  it.each(['xx', 'eng', 'e1', ''])('refuses the language code "%s"', (code) => {
    const error = refusal(() => checkRecoveryPreferences({ ...VALID, languages: ['en', code] }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions['field']).toBe('languages');
  });

  it('refuses more than ten languages', () => {
    const languages = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ar', 'tr', 'ro'];
    expect(refusal(() => checkRecoveryPreferences({ ...VALID, languages })).message).toMatch(/at most 10 languages/);
  });
});

describe('checkWeeklySlots', () => {
  const slot = (start: string, end: string, day = Weekday.TUESDAY) => [{ day, start, end }];

  it.each([
    ['a time not written HH:MM', slot('9:00', '11:00'), /as HH:MM/],
    ['an hour past 23', slot('25:00', '26:00'), /as HH:MM/],
    ['24:00 as a start', slot('24:00', '24:00'), /as HH:MM/],
    ['an end before the start', slot('20:00', '18:00'), /end must come after the start/],
    ['an empty window', slot('18:00', '18:00'), /end must come after the start/],
  ])('refuses %s', (_case, slots, message) => {
    const error = refusal(() => checkWeeklySlots(slots, 'availability'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.extensions['field']).toBe('availability');
  });

  it('refuses overlapping windows on one day, and allows them on different days', () => {
    const overlapping = [...slot('18:00', '20:00'), ...slot('19:30', '21:00')];
    expect(refusal(() => checkWeeklySlots(overlapping, 'availability')).message).toMatch(/Tuesday 19:30–21:00” overlaps “Tuesday 18:00–20:00/);
    expect(checkWeeklySlots([...slot('18:00', '20:00'), ...slot('19:30', '21:00', Weekday.WEDNESDAY)], 'availability')).toHaveLength(2);
  });

  it('refuses more than 21 windows', () => {
    const many = Array.from({ length: 22 }, (_, index) => ({
      day: Weekday.FRIDAY,
      start: `${String(index).padStart(2, '0')}:00`,
      end: `${String(index).padStart(2, '0')}:30`,
    }));
    expect(refusal(() => checkWeeklySlots(many, 'availability')).message).toMatch(/at most 21/);
  });
});
