import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { KindredError } from '@kindred/core';
import { integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { newMember, recoveryTestingModule } from '../testing/recovery-testing-module';
import { MentorGender, RecoveryPathway, Weekday } from './recovery-preference.entity';
import { RecoveryPreferencesService } from './recovery-preferences.service';
import type { RecoveryPreferencesChange } from './recovery-preferences-input';

const PREFERENCES: RecoveryPreferencesChange = {
  pathways: [RecoveryPathway.MEDICATION_ASSISTED],
  preferredMentorGender: MentorGender.WOMAN,
  languages: ['fr', 'pt'],
  availability: [
    { day: Weekday.THURSDAY, start: '18:30', end: '20:00' },
    { day: Weekday.MONDAY, start: '09:00', end: '10:00' },
  ],
};

describe('recovery preferences (real PostgreSQL)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let preferences: RecoveryPreferencesService;

  beforeAll(async () => {
    env = await integrationEnvironment('recovery-prefs');
    moduleRef = await recoveryTestingModule(env);
    dataSource = moduleRef.get(DataSource);
    preferences = moduleRef.get(RecoveryPreferencesService);
  });

  afterAll(async () => {
    await moduleRef.close();
    await env.cleanup();
  });

  it('are empty until set, then read back as saved (slots in weekly order)', async () => {
    const member = await newMember(dataSource);
    expect(await preferences.mine(member)).toEqual({ pathways: [], preferredMentorGender: null, languages: [], availability: [], updatedAt: null });

    const saved = await preferences.update(member, PREFERENCES);
    expect(saved).toMatchObject({
      pathways: ['MEDICATION_ASSISTED'],
      preferredMentorGender: 'WOMAN',
      languages: ['fr', 'pt'],
      availability: [
        { day: 'MONDAY', start: '09:00', end: '10:00' },
        { day: 'THURSDAY', start: '18:30', end: '20:00' },
      ],
    });
    expect(saved.updatedAt).toBeInstanceOf(Date);
    expect(await preferences.mine(member)).toEqual(saved);
  });

  it('are replaced as a whole; null mentor gender means no preference', async () => {
    const member = await newMember(dataSource);
    const first = await preferences.update(member, PREFERENCES);
    const second = await preferences.update(member, {
      pathways: [RecoveryPathway.HARM_REDUCTION],
      preferredMentorGender: null,
      languages: ['en'],
      availability: [],
    });
    expect(second).toMatchObject({ pathways: ['HARM_REDUCTION'], preferredMentorGender: null, languages: ['en'], availability: [] });
    expect(second.updatedAt!.getTime()).toBeGreaterThanOrEqual(first.updatedAt!.getTime());
    const rows = (await dataSource.query('SELECT count(*)::int AS count FROM recovery_preferences WHERE user_id = $1', [member.userId])) as [{ count: number }];
    expect(rows[0].count).toBe(1);
  });

  it.each([
    ['an unknown language code', { languages: ['fr', 'zz'] }, 'languages'],
    ['a three-letter language code', { languages: ['fra'] }, 'languages'],
    ['a slot ending before it starts', { availability: [{ day: Weekday.FRIDAY, start: '20:00', end: '19:00' }] }, 'availability'],
    ['a slot with a malformed time', { availability: [{ day: Weekday.FRIDAY, start: '7pm', end: '21:00' }] }, 'availability'],
    [
      'overlapping slots',
      {
        availability: [
          { day: Weekday.FRIDAY, start: '18:00', end: '20:00' },
          { day: Weekday.FRIDAY, start: '19:00', end: '21:00' },
        ],
      },
      'availability',
    ],
  ])('refuse %s with BAD_USER_INPUT and keep what was saved', async (_case, change, field) => {
    const member = await newMember(dataSource);
    const saved = await preferences.update(member, PREFERENCES);
    const error = await preferences.update(member, { ...PREFERENCES, ...change }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KindredError);
    expect((error as KindredError).code).toBe('BAD_USER_INPUT');
    expect((error as KindredError).extensions['field']).toBe(field);
    expect(await preferences.mine(member)).toEqual(saved);
  });

  it('are the viewer’s own: another person sees only theirs', async () => {
    const member = await newMember(dataSource);
    const other = await newMember(dataSource);
    await preferences.update(member, PREFERENCES);
    expect((await preferences.mine(other)).languages).toEqual([]);
  });

  it('cannot be stored with an unknown pathway or gender, even by another writer', async () => {
    const member = await newMember(dataSource);
    await expect(dataSource.query(`INSERT INTO recovery_preferences (user_id, pathways) VALUES ($1, '{CURE}')`, [member.userId])).rejects.toThrow(
      /check constraint/,
    );
  });
});
