import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CheckinRemindersService, ReassessmentOffersService } from '@kindred/checkins';
import { PersonalDataRegistry, PlatformRole } from '@kindred/core';
import { allianceRunBy, joinAlliance, startMentorship, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { callAs, codeAs, type TestAccount } from '@kindred/test-support/api-client';
import { insertPerson } from '@kindred/test-support/factories';
import { startAllianceScene } from '@kindred/test-support/alliance-scene';
import { waitFor } from '@kindred/test-support/polling';

const CHECK_IN = 'mutation($input: CheckinInput!) { checkIn(input: $input) { id mood cravings note tags } }';
const RHYTHM = 'mutation($input: CheckinRhythmInput!) { setCheckinRhythm(input: $input) { cadence days localTime nextReminderAt } }';
const SHARED = 'query($o: ID!) { sharedCheckins(ownerId: $o) { averageMood checkins { mood cravings } } }';
const DAY_MS = 86_400_000;

/** Check-ins, reminders in people's own time, early help and alliance insights, with the worker's real processors. */
describe('check-ins', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let coordinator: TestAccount;
  let allianceId = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const checkIn = (person: TestAccount, mood: number, cravings: number, extra: Record<string, unknown> = {}) =>
    call(person, CHECK_IN, { input: { mood, cravings, ...extra } });
  const member = async (): Promise<TestAccount> => {
    const person = await insertPerson(app);
    await joinAlliance(app, person, coordinator, allianceId);
    return person;
  };
  const kindsFor = async (userId: string): Promise<string[]> =>
    (await dataSource.query(`SELECT kind FROM notifications WHERE user_id = $1 ORDER BY created_at`, [userId])).map((row: { kind: string }) => row.kind);
  const mentorFor = async (person: TestAccount): Promise<TestAccount> => {
    const mentor = await member();
    await vetAsMentor(app, mentor, coordinator, allianceId);
    await startMentorship(app, person, mentor);
    return mentor;
  };
  const nextReminder = async (person: TestAccount): Promise<Date> =>
    (await dataSource.query(`SELECT next_reminder_at FROM checkin_preferences WHERE member_id = $1`, [person.userId]))[0].next_reminder_at;

  beforeAll(async () => {
    ({ app, worker, dataSource, coordinator, allianceId, stop } = await startAllianceScene('checkins', 'Check-ins Lisboa'));
  });

  afterAll(() => stop());

  it('records a check-in with its note encrypted at rest, shown only to its owner, and refuses bad input kindly', async () => {
    const ana = await member();
    const saved = await call<{ checkIn: { id: string; note: string; tags: string[] } }>(ana, CHECK_IN, {
      input: { mood: 4, cravings: 2, note: 'Walked along the Tagus with my sister', tags: ['family.time-with-family', 'health.moved-body'] },
    });
    expect(saved.checkIn).toMatchObject({ note: 'Walked along the Tagus with my sister', tags: ['family.time-with-family', 'health.moved-body'] });
    const [raw]: { note: string; note_key_id: string }[] = await dataSource.query(`SELECT note, note_key_id FROM checkins WHERE id = $1`, [saved.checkIn.id]);
    expect(raw.note).not.toContain('Tagus');
    expect(raw.note.startsWith(`v1.${raw.note_key_id}.`)).toBe(true);
    const mine = await call<{ myCheckins: { edges: { node: { note: string } }[] } }>(ana, '{ myCheckins(first: 5) { edges { node { note } } } }');
    expect(mine.myCheckins.edges[0]?.node.note).toBe('Walked along the Tagus with my sister');

    expect(await codeOf(ana, CHECK_IN, { input: { mood: 6, cravings: 0 } })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ana, CHECK_IN, { input: { mood: 3, cravings: 11 } })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ana, CHECK_IN, { input: { mood: 3, cravings: 1, tags: ['feeling-great'] } })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ana, CHECK_IN, { input: { mood: 3, cravings: 1, note: 'x'.repeat(2001) } })).toBe('BAD_USER_INPUT');
  });

  it('sends reminders at the member’s local time, once, out of their quiet hours (controlled clock)', async () => {
    const ben = await member();
    await dataSource.query(`UPDATE users SET time_zone = 'Europe/Paris' WHERE id = $1`, [ben.userId]);
    const set = await call<{ setCheckinRhythm: { days: string[]; nextReminderAt: string } }>(ben, RHYTHM, { input: { cadence: 'DAILY', localTime: '19:00' } });
    expect(set.setCheckinRhythm.days).toHaveLength(7);
    const first = new Date(set.setCheckinRhythm.nextReminderAt);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(first)).toBe('19:00');

    const reminders = worker.get(CheckinRemindersService);
    await reminders.sendDue(new Date(first.getTime() - 60_000));
    expect(await kindsFor(ben.userId)).not.toContain('REMINDER');
    await reminders.sendDue(first);
    expect(await kindsFor(ben.userId)).toContain('REMINDER');
    const second = await nextReminder(ben);
    expect(second.getTime() - first.getTime()).toBe(DAY_MS);
    await reminders.sendDue(first);
    expect(await nextReminder(ben)).toEqual(second);

    await call(ben, 'mutation { setQuietHours(start: "18:00", end: "20:30") { start } }');
    const quiet = await call<{ setCheckinRhythm: { nextReminderAt: string } }>(ben, RHYTHM, {
      input: { cadence: 'FEW_TIMES_A_WEEK', localTime: '19:00', days: ['TUESDAY', 'THURSDAY'] },
    });
    const at = new Date(quiet.setCheckinRhythm.nextReminderAt);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(at)).toMatch(
      /^(Tuesday|Thursday) 20:30$/,
    );
    expect(await codeOf(ben, RHYTHM, { input: { cadence: 'WEEKLY', localTime: '19:00', days: ['MONDAY', 'FRIDAY'] } })).toBe('BAD_USER_INPUT');
    expect(await codeOf(ben, RHYTHM, { input: { cadence: 'DAILY', localTime: '7pm' } })).toBe('BAD_USER_INPUT');
  });

  it('reaches out after three missed reminders: a nudge to the member, an alert to the mentor only with consent, nobody else', async () => {
    const cleo = await member();
    const mentor = await mentorFor(cleo);
    const bystander = await member();
    await call(cleo, RHYTHM, { input: { cadence: 'DAILY', localTime: '09:00' } });
    const reminders = worker.get(CheckinRemindersService);
    for (let index = 0; index < 2; index++) await reminders.sendDue(await nextReminder(cleo));
    expect(await kindsFor(cleo.userId)).not.toContain('EARLY_HELP');
    await call(cleo, 'mutation { setEarlyHelpMentorAlerts(enabled: true) { mentorAlerts } }');
    await reminders.sendDue(await nextReminder(cleo));

    expect(await kindsFor(cleo.userId)).toContain('EARLY_HELP');
    const offers = await call<{ myEarlyHelp: { reason: string; mentorTold: boolean; nextSteps: string[] }[] }>(
      cleo,
      '{ myEarlyHelp { reason mentorTold nextSteps } }',
    );
    expect(offers.myEarlyHelp).toEqual([expect.objectContaining({ reason: 'MISSED_CHECKINS', mentorTold: true })]);
    const alerts = await call<{ myEarlyHelpAlerts: { id: string; memberId: string; reason: string; guidance: string }[] }>(
      mentor,
      '{ myEarlyHelpAlerts { id memberId reason guidance } }',
    );
    expect(alerts.myEarlyHelpAlerts).toEqual([expect.objectContaining({ memberId: cleo.userId, reason: 'MISSED_CHECKINS' })]);
    expect(await kindsFor(mentor.userId)).toContain('EARLY_HELP_ALERT');
    const [{ count }]: { count: string }[] = await dataSource.query(
      `SELECT count(*) FROM notifications WHERE kind IN ('EARLY_HELP', 'EARLY_HELP_ALERT') AND user_id NOT IN ($1, $2) AND created_at > now() - interval '1 minute'`,
      [cleo.userId, mentor.userId],
    );
    expect(Number(count)).toBe(0);
    expect(await kindsFor(bystander.userId)).toEqual([]);
    expect(await codeOf(bystander, 'mutation($a: ID!) { markEarlyHelpAlertSeen(alertId: $a) }', { a: alerts.myEarlyHelpAlerts[0]!.id })).toBe('NOT_FOUND');

    await checkIn(cleo, 4, 1);
    await waitFor(
      () => call<{ myEarlyHelp: unknown[] }>(cleo, '{ myEarlyHelp { id } }'),
      (found) => found.myEarlyHelp.length === 0,
      'the episode to close on a check-in',
    );
    const [{ audited }]: { audited: string }[] = await dataSource.query(
      `SELECT count(*) AS audited FROM audit_events WHERE action = 'safety.early_help_alert_consent_given' AND actor_id = $1`,
      [cleo.userId],
    );
    expect(Number(audited)).toBe(1);
  });

  it('records consent to mentor alerts once, however many requests arrive together', async () => {
    const kim = await member();
    await Promise.all(Array.from({ length: 5 }, () => call(kim, 'mutation { setEarlyHelpMentorAlerts(enabled: true) { mentorAlerts } }')));
    const [{ given }]: { given: string }[] = await dataSource.query(
      `SELECT count(*) AS given FROM audit_events WHERE action = 'safety.early_help_alert_consent_given' AND actor_id = $1`,
      [kim.userId],
    );
    expect(Number(given)).toBe(1);
  });

  it('nudges after three low moods without telling a mentor the member did not agree to tell', async () => {
    const dan = await member();
    const mentor = await mentorFor(dan);
    for (const mood of [2, 1, 2]) await checkIn(dan, mood, 3);
    await waitFor(
      () => kindsFor(dan.userId),
      (kinds) => kinds.includes('EARLY_HELP'),
      'the low-mood nudge',
    );
    const offers = await call<{ myEarlyHelp: { reason: string; mentorTold: boolean }[] }>(dan, '{ myEarlyHelp { reason mentorTold } }');
    expect(offers.myEarlyHelp).toEqual([{ reason: 'LOW_MOOD', mentorTold: false }]);
    expect(await kindsFor(mentor.userId)).not.toContain('EARLY_HELP_ALERT');
    await checkIn(dan, 1, 3);
    const [{ episodes }]: { episodes: string }[] = await dataSource.query(`SELECT count(*) AS episodes FROM early_help_episodes WHERE member_id = $1`, [
      dan.userId,
    ]);
    expect(Number(episodes)).toBe(1);
  });

  it('treats a fall in recovery capital between assessments as a low trend', async () => {
    const eve = await member();
    await call(eve, 'mutation { recordBarc10(answers: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5]) { total } }');
    await call(eve, 'mutation { recordBarc10(answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]) { total } }');
    await waitFor(
      () => call<{ myEarlyHelp: { reason: string }[] }>(eve, '{ myEarlyHelp { reason } }'),
      (found) => found.myEarlyHelp.some((offer) => offer.reason === 'CAPITAL_DECLINE'),
      'the decline to be noticed',
    );
  });

  it('shares mood and cravings, never notes, only under a CHECKINS grant, logging each read', async () => {
    const fay = await member();
    const mentor = await mentorFor(fay);
    await checkIn(fay, 3, 4, { note: 'A private thought' });
    expect(await codeOf(mentor, SHARED, { o: fay.userId })).toBe('NOT_FOUND');
    const { grantSharing } = await call<{ grantSharing: { id: string } }>(fay, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
      input: { granteeId: mentor.userId, scope: 'CHECKINS', purpose: 'So we can talk about my week', signature: fay.displayName },
    });
    const shared = await call<{ sharedCheckins: { averageMood: number; checkins: { mood: number; cravings: number }[] } }>(mentor, SHARED, { o: fay.userId });
    expect(shared.sharedCheckins).toEqual({ averageMood: 3, checkins: [{ mood: 3, cravings: 4 }] });
    expect(await codeOf(mentor, 'query($o: ID!) { sharedCheckins(ownerId: $o) { checkins { note } } }', { o: fay.userId })).toBe('BAD_USER_INPUT');
    const log = await call<{ myDisclosureLog: { edges: { node: { viewerId: string; what: string } }[] } }>(
      fay,
      '{ myDisclosureLog(first: 5) { edges { node { viewerId what } } } }',
    );
    expect(log.myDisclosureLog.edges.map((edge) => edge.node.viewerId)).toContain(mentor.userId);
    await call(fay, 'mutation($g: ID!) { revokeSharing(grantId: $g) { active } }', { g: grantSharing.id });
    expect(await codeOf(mentor, SHARED, { o: fay.userId })).toBe('SHARING_ENDED');
  });

  it('offers a re-assessment when the last one is older than the member chose, once per interval', async () => {
    const gus = await member();
    const hal = await member();
    const longAgo = new Date(Date.now() - 40 * DAY_MS).toISOString();
    for (const person of [gus, hal])
      await call(person, 'mutation($t: DateTime) { recordBarc10(answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], takenAt: $t) { total } }', { t: longAgo });
    await call(hal, 'mutation { setReassessmentInterval(days: 0) { reassessEveryDays } }');
    const offers = worker.get(ReassessmentOffersService);
    await offers.offerDue();
    await offers.offerDue();
    expect((await kindsFor(gus.userId)).filter((kind) => kind === 'REASSESSMENT_OFFER')).toHaveLength(1);
    expect(await kindsFor(hal.userId)).not.toContain('REASSESSMENT_OFFER');
    expect(await codeOf(hal, 'mutation { setReassessmentInterval(days: 3) { reassessEveryDays } }')).toBe('BAD_USER_INPUT');
  });

  it('shows coordinators insights only where at least five people contribute, with no free text', async () => {
    const insightsAdmin = await insertPerson(app, [PlatformRole.ADMIN]);
    const insightsCoordinator = await insertPerson(app);
    const insightsAlliance = await allianceRunBy(app, insightsAdmin, insightsCoordinator, 'Insights Braga');
    const people: TestAccount[] = [];
    for (let index = 0; index < 5; index++) {
      const person = await insertPerson(app);
      await joinAlliance(app, person, insightsCoordinator, insightsAlliance);
      people.push(person);
    }
    for (const [index, person] of people.entries()) {
      await checkIn(person, 4, 2, { tags: index < 4 ? ['peer.meeting', 'housing.insecure'] : ['peer.meeting'], note: `secret words ${index}` });
      await call(person, 'mutation { recordBarc10(answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]) { total } }');
    }
    const INSIGHTS = `query($a: ID!) { allianceInsights(allianceId: $a) { minimumPeople hiddenFigures
      domains { domain facilitators { tagId people } obstacles { tagId people } }
      checkinTrend { people averageMood } capitalTrend { people averageTotal } } }`;
    const { allianceInsights } = await call<{
      allianceInsights: {
        minimumPeople: number;
        hiddenFigures: number;
        domains: { domain: string; facilitators: { tagId: string; people: number }[]; obstacles: { tagId: string }[] }[];
        checkinTrend: { people: number; averageMood: number }[];
        capitalTrend: { people: number; averageTotal: number }[];
      };
    }>(insightsCoordinator, INSIGHTS, { a: insightsAlliance });
    expect(allianceInsights.minimumPeople).toBe(5);
    expect(allianceInsights.domains.find((entry) => entry.domain === 'PEER_SUPPORT')?.facilitators).toEqual([{ tagId: 'peer.meeting', people: 5 }]);
    expect(allianceInsights.domains.find((entry) => entry.domain === 'SAFE_HOUSING_AND_ENVIRONMENT')?.obstacles).toEqual([]);
    expect(allianceInsights.hiddenFigures).toBeGreaterThanOrEqual(1);
    expect(allianceInsights.checkinTrend).toEqual([{ people: 5, averageMood: 4 }]);
    expect(allianceInsights.capitalTrend).toEqual([{ people: 5, averageTotal: 40 }]);
    expect(JSON.stringify(allianceInsights)).not.toContain('secret');
    expect(await codeOf(people[0]!, INSIGHTS, { a: insightsAlliance })).toBe('FORBIDDEN');
    expect(await codeOf(coordinator, INSIGHTS, { a: insightsAlliance })).toBe('FORBIDDEN');
  });

  it('exports check-ins with notes decrypted for their owner, and erases them all', async () => {
    const ivy = await member();
    await checkIn(ivy, 2, 5, { note: 'Hard evening' });
    await call(ivy, RHYTHM, { input: { cadence: 'WEEKLY', localTime: '10:00', days: ['SUNDAY'] } });
    const registry = worker.get(PersonalDataRegistry);
    const exported = await dataSource.transaction((manager) => registry.exportAll(manager, ivy.userId));
    expect(exported['checkins']).toMatchObject({
      checkins: [{ mood: 2, cravings: 5, note: 'Hard evening' }],
      preferences: { cadence: 'WEEKLY', days: ['SUNDAY'] },
    });
    await dataSource.transaction((manager) => registry.eraseAll(manager, ivy.userId));
    for (const table of ['checkins', 'checkin_preferences', 'early_help_episodes']) {
      const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM ${table} WHERE member_id = $1`, [ivy.userId]);
      expect(Number(count)).toBe(0);
    }
  });
});
