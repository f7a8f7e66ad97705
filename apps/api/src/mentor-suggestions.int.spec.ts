import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { JobQueue, PlatformRole, QueueName } from '@kindred/core';
import { MentorSuggestionsService } from '@kindred/mentorship';
import { callAs, codeAs, type TestAccount } from '@kindred/test-support/api-client';
import { insertPerson } from '@kindred/test-support/factories';
import { allianceRunBy, joinAlliance, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { startAllianceScene } from '@kindred/test-support/alliance-scene';
import { waitFor } from '@kindred/test-support/polling';

const SUGGESTIONS = '{ mentorSuggestions(first: 20) { mentorId allianceId } }';
const REQUEST = 'mutation($m: ID!) { requestMentorship(mentorId: $m) { id } }';
const ACCEPT = 'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { id } }';

/**
 * Every hard rule holds on the list a member reads, whatever the stored list says. Each test
 * has the worker precompute the member's list with the mentor on it, holds every refresh back
 * (the queue is paused), changes one fact, and reads at once: the mentor is gone, another
 * still suitable mentor is still there, and the stored list (untouched) still names them.
 */
describe('mentor suggestions follow every change of eligibility at once', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let coordinator: TestAccount;
  let admin: TestAccount;
  let alliances = 0;

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const newAlliance = (): Promise<string> => allianceRunBy(app, admin, coordinator, `Eligibility ${++alliances}`, { languages: ['en', 'fr'] });

  const memberOf = async (allianceIds: string[], languages: string[] = ['en']): Promise<TestAccount> => {
    const person = await insertPerson(app);
    for (const allianceId of allianceIds) await joinAlliance(app, person, coordinator, allianceId);
    await setLanguages(person, languages);
    return person;
  };
  const setLanguages = (person: TestAccount, languages: string[]): Promise<unknown> =>
    call(person, 'mutation($input: RecoveryPreferencesInput!) { updateRecoveryPreferences(input: $input) { languages } }', {
      input: { pathways: ['HARM_REDUCTION'], languages, availability: [] },
    });
  const vet = async (person: TestAccount, allianceId: string, { languages = ['en'], maxMentees = 3 } = {}): Promise<void> =>
    vetAsMentor(app, person, coordinator, allianceId, { languages, maxMentees, focusDomains: ['PEER_SUPPORT'] });
  const mentorOf = async (allianceId: string, profile: { languages?: string[]; maxMentees?: number } = {}): Promise<TestAccount> => {
    const person = await memberOf([allianceId]);
    await vet(person, allianceId, profile);
    return person;
  };
  const applicationOf = async (mentor: TestAccount, allianceId: string): Promise<string> =>
    (
      await call<{ myMentorApplications: { id: string; allianceId: string }[] }>(mentor, '{ myMentorApplications { id allianceId } }')
    ).myMentorApplications.find((application) => application.allianceId === allianceId)!.id;

  const storedFor = async (member: TestAccount): Promise<string[]> =>
    (await dataSource.query<{ mentor_id: string }[]>(`SELECT mentor_id FROM mentor_suggestions WHERE member_id = $1 ORDER BY rank`, [member.userId])).map(
      (row) => row.mentor_id,
    );
  const suggestedTo = async (member: TestAccount): Promise<string[]> =>
    (await call<{ mentorSuggestions: { mentorId: string }[] }>(member, SUGGESTIONS)).mentorSuggestions.map((entry) => entry.mentorId);

  /** No refresh runs while `body` does: what the member reads comes from the stored list alone. */
  const withRefreshesHeld = async (body: () => Promise<void>): Promise<void> => {
    const queue = app.get(JobQueue).queue(QueueName.Default);
    await queue.pause();
    try {
      await body();
    } finally {
      await queue.resume();
    }
  };

  /** The worker ranks the member's list now; it names every one of `mentors`. */
  const precomputed = async (member: TestAccount, mentors: TestAccount[]): Promise<void> => {
    await worker.get(MentorSuggestionsService).refresh(member.userId);
    expect(await storedFor(member)).toEqual(expect.arrayContaining(mentors.map((mentor) => mentor.userId)));
  };

  /** Read at once: `gone` is left out though still stored, `kept` still shown. */
  const readsWithout = async (member: TestAccount, gone: TestAccount, kept: TestAccount): Promise<void> => {
    const shown = await suggestedTo(member);
    expect(shown).toContain(kept.userId);
    expect(shown).not.toContain(gone.userId);
    expect(await storedFor(member)).toContain(gone.userId);
  };

  /** A member, the mentor under test and a second mentor who stays suitable, in a fresh alliance, with the stored list naming both. */
  const eligibilityScene = async (mentorProfile: { languages?: string[]; maxMentees?: number } = {}) => {
    const allianceId = await newAlliance();
    const member = await memberOf([allianceId]);
    const mentor = await mentorOf(allianceId, mentorProfile);
    const other = await mentorOf(allianceId, { languages: ['en', 'fr'] });
    await precomputed(member, [mentor, other]);
    return { allianceId, member, mentor, other };
  };

  beforeAll(async () => {
    ({ app, worker, dataSource, coordinator, stop } = await startAllianceScene('mentor-suggestions', 'Eligibility Coimbra'));
    admin = await insertPerson(app, [PlatformRole.ADMIN]);
  });

  afterAll(() => stop());

  it.each(['PAUSE', 'WITHDRAW'])('leaves out a mentor whose vetting a coordinator changes (%s)', (action) =>
    withRefreshesHeld(async () => {
      const { allianceId, member, mentor, other } = await eligibilityScene();
      await call(
        coordinator,
        'mutation($i: ID!, $a: VettingAction!) { changeMentorVetting(applicationId: $i, action: $a, reason: "Taking some time to rest.") { status } }',
        {
          i: await applicationOf(mentor, allianceId),
          a: action,
        },
      );
      await readsWithout(member, mentor, other);
    }),
  );

  it('leaves out a mentor who left the alliance', () =>
    withRefreshesHeld(async () => {
      const { allianceId, member, mentor, other } = await eligibilityScene();
      await call(mentor, 'mutation($a: ID!) { leaveAlliance(allianceId: $a) { id } }', { a: allianceId });
      await readsWithout(member, mentor, other);
    }));

  it('leaves out the mentors of an alliance the member left, and keeps those of the alliances they are still in', () =>
    withRefreshesHeld(async () => {
      const [left, stayed] = [await newAlliance(), await newAlliance()];
      const member = await memberOf([left, stayed]);
      const mentor = await mentorOf(left);
      const other = await mentorOf(stayed);
      await precomputed(member, [mentor, other]);
      await call(member, 'mutation($a: ID!) { leaveAlliance(allianceId: $a) { id } }', { a: left });
      await readsWithout(member, mentor, other);
    }));

  it('leaves out a mentor who no longer shares a language with the member', () =>
    withRefreshesHeld(async () => {
      const { member, mentor, other } = await eligibilityScene({ languages: ['en'] });
      await setLanguages(member, ['fr']);
      await readsWithout(member, mentor, other);
    }));

  it('leaves out a mentor whose last place was just taken', () =>
    withRefreshesHeld(async () => {
      const { allianceId, member, mentor, other } = await eligibilityScene({ maxMentees: 1 });
      const someone = await memberOf([allianceId]);
      await call(mentor, ACCEPT, { m: (await call<{ requestMentorship: { id: string } }>(someone, REQUEST, { m: mentor.userId })).requestMentorship.id });
      await readsWithout(member, mentor, other);
    }));

  it('leaves out a mentor whose places were lowered to those already taken', () =>
    withRefreshesHeld(async () => {
      const { allianceId, member, mentor, other } = await eligibilityScene({ maxMentees: 3 });
      const someone = await memberOf([allianceId]);
      await call(mentor, ACCEPT, { m: (await call<{ requestMentorship: { id: string } }>(someone, REQUEST, { m: mentor.userId })).requestMentorship.id });
      await call(mentor, 'mutation($a: ID!, $m: ID!) { setMentorPlaces(allianceId: $a, mentorId: $m, places: 1) { places } }', {
        a: allianceId,
        m: mentor.userId,
      });
      await readsWithout(member, mentor, other);
    }));

  it('leaves out a mentor who starts a break', () =>
    withRefreshesHeld(async () => {
      const { member, mentor, other } = await eligibilityScene();
      await call(mentor, 'mutation($u: DateTime) { setMentorAvailability(until: $u) }', { u: new Date(Date.now() + 3 * 86_400_000).toISOString() });
      await readsWithout(member, mentor, other);
    }));

  it.each(['the member blocks the mentor', 'the mentor blocks the member'])('leaves out a mentor when %s', (who) =>
    withRefreshesHeld(async () => {
      const { member, mentor, other } = await eligibilityScene();
      const [blocker, blocked] = who.startsWith('the member') ? [member, mentor] : [mentor, member];
      await call(blocker, 'mutation($u: ID!) { blockPerson(userId: $u) { ok } }', { u: blocked.userId });
      await readsWithout(member, mentor, other);
    }),
  );

  it('leaves out a mentor the member has asked, then one who works with them', () =>
    withRefreshesHeld(async () => {
      const { member, mentor, other } = await eligibilityScene();
      const { requestMentorship } = await call<{ requestMentorship: { id: string } }>(member, REQUEST, { m: mentor.userId });
      await readsWithout(member, mentor, other);
      await call(mentor, ACCEPT, { m: requestMentorship.id });
      await readsWithout(member, mentor, other);
    }));

  it('leaves out a mentor who declined the member in the last 90 days, and not after', () =>
    withRefreshesHeld(async () => {
      const { member, mentor, other } = await eligibilityScene();
      const { requestMentorship } = await call<{ requestMentorship: { id: string } }>(member, REQUEST, { m: mentor.userId });
      // Once declined the request no longer waits: only the decline keeps them apart.
      await call(mentor, 'mutation($m: ID!) { declineMentorship(mentorshipId: $m) { id } }', { m: requestMentorship.id });
      await readsWithout(member, mentor, other);
      await dataSource.query(`UPDATE mentorships SET responded_at = now() - interval '91 days' WHERE id = $1`, [requestMentorship.id]);
      expect(await suggestedTo(member)).toContain(mentor.userId);
    }));

  it('never suggests the member to themself, whatever the stored list says', () =>
    withRefreshesHeld(async () => {
      const allianceId = await newAlliance();
      const member = await mentorOf(allianceId);
      const other = await mentorOf(allianceId);
      await precomputed(member, [other]);
      await dataSource.query(`INSERT INTO mentor_suggestions (member_id, mentor_id, alliance_id, rank, score, reasons) VALUES ($1, $1, $2, 0, 99, $3::jsonb)`, [
        member.userId,
        allianceId,
        JSON.stringify([{ kind: 'SAME_ALLIANCE', allianceName: 'Braga' }]),
      ]);
      await readsWithout(member, member, other);
    }));

  it('leaves out a mentor who asked to delete their account', () =>
    withRefreshesHeld(async () => {
      const { member, mentor, other } = await eligibilityScene();
      await call(mentor, 'mutation($p: String!) { deleteMyAccount(password: $p) { ok } }', { p: mentor.password });
      await readsWithout(member, mentor, other);
    }));

  it('refreshes the stored list when a block is placed or lifted, and when the member leaves an alliance', async () => {
    const { allianceId, member, mentor, other } = await eligibilityScene();
    // Refreshes the scene itself asked for (joining, vetting) run first, so what follows is the change's own.
    await waitFor(
      async () =>
        (await app.get(JobQueue).queue(QueueName.Default).getJobs(['waiting', 'delayed', 'active', 'prioritized'])).filter((job) =>
          job?.name.startsWith('mentorship.refresh'),
        ),
      (pending) => pending.length === 0,
      'the scene’s own refreshes',
      30_000,
    );
    expect(await storedFor(member)).toEqual(expect.arrayContaining([mentor.userId, other.userId]));
    await call(member, 'mutation($u: ID!) { blockPerson(userId: $u) { ok } }', { u: mentor.userId });
    await waitFor(
      () => storedFor(member),
      (stored) => !stored.includes(mentor.userId) && stored.includes(other.userId),
      'the blocked mentor to leave the stored list',
    );
    await call(member, 'mutation($u: ID!) { unblockPerson(userId: $u) { ok } }', { u: mentor.userId });
    await waitFor(
      () => suggestedTo(member),
      (shown) => shown.includes(mentor.userId),
      'the mentor to come back once the block is lifted',
    );
    await call(member, 'mutation($a: ID!) { leaveAlliance(allianceId: $a) { id } }', { a: allianceId });
    await waitFor(
      () => storedFor(member),
      (stored) => stored.length === 0,
      'the alliance’s mentors to leave the stored list',
    );
    expect(await codeAs(app, member, REQUEST, { m: other.userId })).toBe('MENTOR_NOT_AVAILABLE');
  });
});
