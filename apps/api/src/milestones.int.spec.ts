import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import type { DataSource } from 'typeorm';
import { PersonalDataRegistry } from '@kindred/core';
import { MilestoneCelebrationsService } from '@kindred/milestones';
import { joinAlliance, startMentorship, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { startAllianceScene } from '@kindred/test-support/alliance-scene';
import { callAs, codeAs, createAccount, type TestAccount } from '@kindred/test-support/api-client';

const JOURNEY =
  '{ myRecoveryJourney { startedOn totalDays currentStretchDays longestStretchDays nextMilestoneDays setbacks { occurredOn note } milestones { days } } }';
const SHARED = 'query($o: ID!) { sharedMilestones(ownerId: $o) { totalDays milestones { days } } }';
const DAY_MS = 86_400_000;

const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

interface Journey {
  startedOn: string | null;
  totalDays: number;
  currentStretchDays: number;
  longestStretchDays: number;
  nextMilestoneDays: number | null;
  setbacks: { occurredOn: string; note: string | null }[];
  milestones: { days: number }[];
}

/** The recovery journey: start date, setbacks without punishment, milestones celebrated with the people the member chose. */
describe('recovery journey and milestones', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let coordinator: TestAccount;
  let allianceId = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const journeyOf = async (person: TestAccount): Promise<Journey> => (await call<{ myRecoveryJourney: Journey }>(person, JOURNEY)).myRecoveryJourney;
  const kindsFor = async (userId: string): Promise<string[]> =>
    (await dataSource.query(`SELECT kind FROM notifications WHERE user_id = $1`, [userId])).map((row: { kind: string }) => row.kind);
  const memberWithMentor = async (): Promise<{ person: TestAccount; mentor: TestAccount }> => {
    const person = await createAccount(app);
    const mentor = await createAccount(app);
    for (const who of [person, mentor]) await joinAlliance(app, who, coordinator, allianceId);
    await vetAsMentor(app, mentor, coordinator, allianceId, { pathways: ['MEDICATION_ASSISTED'], focusDomains: ['MEANING_AND_PURPOSE'] });
    await startMentorship(app, person, mentor);
    return { person, mentor };
  };

  beforeAll(async () => {
    ({ app, worker, dataSource, coordinator, allianceId, stop } = await startAllianceScene('milestones', 'Milestones Coimbra'));
  });

  afterAll(() => stop());

  it('keeps days on the road through a setback and answers it with support, privately', async () => {
    const { person: ana, mentor } = await memberWithMentor();
    expect(await codeOf(ana, 'mutation { recordSetback(input: {}) { message } }')).toBe('CONFLICT');
    await call(ana, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { totalDays } }', { d: daysAgo(100) });
    const support = await call<{ recordSetback: { message: string; nextSteps: string[]; journey: Journey } }>(
      ana,
      'mutation($input: SetbackInput!) { recordSetback(input: $input) { message nextSteps journey { totalDays currentStretchDays longestStretchDays setbacks { note } } } }',
      { input: { occurredOn: daysAgo(10), note: 'A hard weekend after the funeral' } },
    );
    expect(support.recordSetback.journey).toEqual({
      totalDays: 100,
      currentStretchDays: 10,
      longestStretchDays: 90,
      setbacks: [{ note: 'A hard weekend after the funeral' }],
    });
    expect(support.recordSetback.message).toMatch(/next step/);
    expect(support.recordSetback.nextSteps.length).toBeGreaterThan(0);
    const [raw]: { note: string }[] = await dataSource.query(`SELECT note FROM setbacks WHERE member_id = $1`, [ana.userId]);
    expect(raw.note).not.toContain('funeral');
    expect(await kindsFor(ana.userId)).toContain('EARLY_HELP');
    expect(await kindsFor(mentor.userId)).not.toContain('EARLY_HELP_ALERT');

    expect(await codeOf(ana, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { totalDays } }', { d: '2999-01-01' })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ana, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { totalDays } }', { d: 'last spring' })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ana, 'mutation($input: SetbackInput!) { recordSetback(input: $input) { message } }', { input: { occurredOn: daysAgo(200) } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('shows the milestones reached as soon as the start date is set, keeps them through a setback, and answers a French speaker in French', async () => {
    const dora = await createAccount(app);
    await dataSource.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [dora.userId]);
    await call(dora, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { totalDays } }', { d: daysAgo(40) });
    const before = await call<{ myRecoveryJourney: { milestones: { days: number; reachedOn: string }[]; nextMilestoneDays: number } }>(
      dora,
      '{ myRecoveryJourney { nextMilestoneDays milestones { days reachedOn } } }',
    );
    // No sweep has run: the milestones come from the start date itself.
    expect(before.myRecoveryJourney).toEqual({
      nextMilestoneDays: 60,
      milestones: [
        { days: 1, reachedOn: daysAgo(39) },
        { days: 7, reachedOn: daysAgo(33) },
        { days: 30, reachedOn: daysAgo(10) },
      ],
    });

    const support = await call<{ recordSetback: { message: string; nextSteps: string[]; journey: Journey } }>(
      dora,
      'mutation($input: SetbackInput!) { recordSetback(input: $input) { message nextSteps journey { totalDays milestones { days } nextMilestoneDays } } }',
      { input: {} },
    );
    expect(support.recordSetback.journey).toEqual({ totalDays: 40, milestones: [{ days: 1 }, { days: 7 }, { days: 30 }], nextMilestoneDays: 60 });
    expect(support.recordSetback.message).toMatch(/^Merci de l’avoir noté\./);
    expect(support.recordSetback.nextSteps[0]).toMatch(/^Envoyer un message/);
    const offers = await call<{ myEarlyHelp: { message: string }[] }>(dora, '{ myEarlyHelp { message } }');
    expect(offers.myEarlyHelp[0]?.message).toMatch(/^Merci de l’avoir noté\./);

    const english = await createAccount(app);
    await call(english, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { totalDays } }', { d: daysAgo(2) });
    const words = await call<{ recordSetback: { message: string } }>(english, 'mutation { recordSetback(input: {}) { message } }');
    expect(words.recordSetback.message).toMatch(/^Thank you for noting it\./);
  });

  it('celebrates milestones once, with the member and the people they share MILESTONES with, never showing setbacks', async () => {
    const { person: ben, mentor } = await memberWithMentor();
    const { person: bystander } = await memberWithMentor();
    await call(ben, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { totalDays } }', { d: daysAgo(95) });
    await call(ben, 'mutation($input: SetbackInput!) { recordSetback(input: $input) { message } }', { input: { occurredOn: daysAgo(3) } });
    expect(await codeOf(mentor, SHARED, { o: ben.userId })).toBe('NOT_FOUND');
    await call(ben, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
      input: { granteeId: mentor.userId, scope: 'MILESTONES', purpose: 'To celebrate together', signature: ben.displayName },
    });

    const celebrations = worker.get(MilestoneCelebrationsService);
    await celebrations.celebrate();
    await celebrations.celebrate();
    const journey = await journeyOf(ben);
    expect(journey.milestones.map((milestone) => milestone.days)).toEqual([1, 7, 30, 60, 90]);
    expect(journey.nextMilestoneDays).toBe(180);
    expect((await kindsFor(ben.userId)).filter((kind) => kind === 'MILESTONE')).toHaveLength(1);
    expect((await kindsFor(mentor.userId)).filter((kind) => kind === 'MILESTONE')).toHaveLength(1);
    expect(await kindsFor(bystander.userId)).not.toContain('MILESTONE');

    const shared = await call<{ sharedMilestones: Record<string, unknown> }>(
      mentor,
      'query($o: ID!) { sharedMilestones(ownerId: $o) { totalDays milestones { days } } }',
      { o: ben.userId },
    );
    expect(shared.sharedMilestones).toEqual({ totalDays: 95, milestones: [1, 7, 30, 60, 90].map((days) => ({ days })) });
    expect(await codeOf(mentor, 'query($o: ID!) { sharedMilestones(ownerId: $o) { currentStretchDays } }', { o: ben.userId })).toBe('BAD_USER_INPUT');
  });

  it('exports the journey with setback notes decrypted, and erases it', async () => {
    const cleo = await createAccount(app);
    await call(cleo, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { totalDays } }', { d: daysAgo(40) });
    await call(cleo, 'mutation($input: SetbackInput!) { recordSetback(input: $input) { message } }', { input: { note: 'Slipped at a party' } });
    const registry = worker.get(PersonalDataRegistry);
    const exported = await dataSource.transaction((manager) => registry.exportAll(manager, cleo.userId));
    expect(exported['milestones']).toMatchObject({ recoveryStartDate: daysAgo(40), setbacks: [{ note: 'Slipped at a party' }] });
    await dataSource.transaction((manager) => registry.eraseAll(manager, cleo.userId));
    for (const table of ['recovery_journeys', 'setbacks', 'milestone_celebrations']) {
      const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM ${table} WHERE member_id = $1`, [cleo.userId]);
      expect(Number(count)).toBe(0);
    }
  });
});
