import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { JobQueue, PersonalDataRegistry, PlatformRole } from '@kindred/core';
import { MentorSuggestionsService } from '@kindred/mentorship';
import { callAs, codeAs, post, type TestAccount } from '@kindred/test-support/api-client';
import { insertPerson } from '@kindred/test-support/factories';
import { allianceRunBy, joinAlliance, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { startAllianceScene } from '@kindred/test-support/alliance-scene';
import { waitFor } from '@kindred/test-support/polling';

const REQUEST = 'mutation($m: ID!) { requestMentorship(mentorId: $m, intro: "Hello, I would love your support.") { id state } }';
const ACCEPT = 'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { id state conversationId } }';

/** Mentorships through the API, with the worker's real processors on the same database. */
describe('mentorships', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let coordinator: TestAccount;
  let allianceId = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const member = async (languages: string[] = ['en'], alliance = allianceId): Promise<TestAccount> => {
    const person = await insertPerson(app);
    await joinAlliance(app, person, coordinator, alliance);
    await call(person, 'mutation($input: RecoveryPreferencesInput!) { updateRecoveryPreferences(input: $input) { languages } }', {
      input: { pathways: ['HARM_REDUCTION'], languages, availability: [] },
    });
    return person;
  };
  const vettedMentor = async (
    maxMentees: number,
    languages: string[] = ['en'],
    { alliance = allianceId, focusDomains = ['SAFE_HOUSING_AND_ENVIRONMENT'] }: { alliance?: string; focusDomains?: string[] } = {},
  ): Promise<TestAccount> => {
    const person = await insertPerson(app);
    await joinAlliance(app, person, coordinator, alliance);
    await vetAsMentor(app, person, coordinator, alliance, {
      livedExperienceSummary: 'Six years in recovery; I help with housing and work.',
      languages,
      focusDomains,
      availability: [{ day: 'TUESDAY', start: '18:00', end: '20:00' }],
      maxMentees,
    });
    return person;
  };
  const request = async (person: TestAccount, mentor: TestAccount): Promise<string> =>
    (await call<{ requestMentorship: { id: string } }>(person, REQUEST, { m: mentor.userId })).requestMentorship.id;
  const stateOf = async (person: TestAccount, mentorshipId: string): Promise<string | undefined> =>
    (await call<{ myMentorships: { id: string; state: string }[] }>(person, '{ myMentorships { id state } }')).myMentorships.find(
      (entry) => entry.id === mentorshipId,
    )?.state;

  beforeAll(async () => {
    ({ app, worker, dataSource, coordinator, allianceId, stop } = await startAllianceScene('mentorships', 'Mentoring Porto'));
  });

  afterAll(() => stop());

  it('starts a mentorship with its conversation; the first acceptance cancels the member’s other requests', async () => {
    const ana = await member();
    const [first, second] = [await vettedMentor(2), await vettedMentor(2)];
    const one = await request(ana, first);
    const two = await request(ana, second);
    const accepted = await call<{ acceptMentorship: { state: string; conversationId: string } }>(first, ACCEPT, { m: one });
    expect(accepted.acceptMentorship.state).toBe('ACTIVE');
    await call(ana, 'mutation($c: ID!) { sendMessage(conversationId: $c, body: "Thank you!") { id } }', { c: accepted.acceptMentorship.conversationId });
    expect(await stateOf(ana, two)).toBe('CANCELLED');
    expect(await codeOf(second, ACCEPT, { m: two })).toBe('CONFLICT');
    const history = await call<{ mentorshipHistory: { kind: string }[] }>(ana, 'query($m: ID!) { mentorshipHistory(mentorshipId: $m) { kind } }', { m: one });
    expect(history.mentorshipHistory.map((event) => event.kind)).toEqual(['REQUESTED', 'ACCEPTED']);
  });

  it('keeps a member to three open requests', async () => {
    const ben = await member();
    const mentors = [await vettedMentor(3), await vettedMentor(3), await vettedMentor(3), await vettedMentor(3)];
    for (const mentor of mentors.slice(0, 3)) await request(ben, mentor);
    expect(await codeOf(ben, REQUEST, { m: mentors[3]!.userId })).toBe('CONFLICT');
  });

  it('shows a decline to the member only as “not available right now”, and keeps the mentor out of reach for 90 days', async () => {
    const chloe = await member();
    const mentor = await vettedMentor(2);
    const id = await request(chloe, mentor);
    await call(mentor, 'mutation($m: ID!) { declineMentorship(mentorshipId: $m) { state } }', { m: id });
    expect(await stateOf(chloe, id)).toBe('NOT_AVAILABLE');
    expect(await stateOf(mentor, id)).toBe('DECLINED');
    const history = await call<{ mentorshipHistory: { kind: string }[] }>(chloe, 'query($m: ID!) { mentorshipHistory(mentorshipId: $m) { kind } }', { m: id });
    expect(history.mentorshipHistory.map((event) => event.kind)).toEqual(['REQUESTED', 'NOT_AVAILABLE']);
    expect(await codeOf(chloe, REQUEST, { m: mentor.userId })).toBe('MENTOR_NOT_AVAILABLE');
    await dataSource.query(`UPDATE mentorships SET responded_at = now() - interval '91 days' WHERE id = $1`, [id]);
    expect(await codeOf(chloe, REQUEST, { m: mentor.userId })).toBe('ok');
  });

  it('applies every hard rule at request time', async () => {
    const dee = await member(['en']);
    const french = await vettedMentor(2, ['fr']);
    expect(await codeOf(dee, REQUEST, { m: french.userId })).toBe('MENTOR_NOT_AVAILABLE');
    const away = await vettedMentor(2);
    await call(away, 'mutation($u: DateTime) { setMentorAvailability(until: $u) }', { u: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    expect(await codeOf(dee, REQUEST, { m: away.userId })).toBe('MENTOR_NOT_AVAILABLE');
    await call(away, 'mutation { setMentorAvailability(until: null) }');
    expect(await codeOf(dee, REQUEST, { m: away.userId })).toBe('ok');
    const blocked = await vettedMentor(2);
    await call(blocked, 'mutation($u: ID!) { blockPerson(userId: $u) { ok } }', { u: dee.userId });
    expect(await codeOf(dee, REQUEST, { m: blocked.userId })).toBe('MENTOR_NOT_AVAILABLE');
    const notVetted = await member();
    expect(await codeOf(dee, REQUEST, { m: notVetted.userId })).toBe('MENTOR_NOT_AVAILABLE');
    expect(await codeOf(dee, REQUEST, { m: dee.userId })).toBe('BAD_USER_INPUT');
    const full = await vettedMentor(1);
    const someone = await member();
    await call(full, ACCEPT, { m: await request(someone, full) });
    expect(await codeOf(dee, REQUEST, { m: full.userId })).toBe('MENTOR_NOT_AVAILABLE');
  });

  it('lets exactly one of many concurrent acceptances take a mentor’s last place', async () => {
    const mentor = await vettedMentor(3);
    const members = await Promise.all(Array.from({ length: 6 }, () => member()));
    const requests = [];
    for (const person of members.slice(0, 3)) requests.push(await request(person, mentor));
    // Two places taken, one left; then everyone else asks too.
    await call(mentor, ACCEPT, { m: requests[0] });
    await call(mentor, ACCEPT, { m: requests[1] });
    const waiting = [requests[2]!];
    await dataSource.query(`UPDATE mentor_applications SET max_mentees = 5 WHERE user_id = $1`, [mentor.userId]);
    for (const person of members.slice(3)) waiting.push(await request(person, mentor));
    await dataSource.query(`UPDATE mentor_applications SET max_mentees = 3 WHERE user_id = $1`, [mentor.userId]);
    const outcomes = await Promise.all(waiting.map((id) => codeOf(mentor, ACCEPT, { m: id })));
    expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'CONFLICT')).toHaveLength(waiting.length - 1);
    const [{ load }]: { load: string }[] = await dataSource.query(`SELECT count(*) AS load FROM mentorships WHERE mentor_id = $1 AND status = 'ACTIVE'`, [
      mentor.userId,
    ]);
    expect(Number(load)).toBe(3);
    // The last place taken, nobody is left waiting on this mentor.
    const left: { status: string; count: string }[] = await dataSource.query(
      `SELECT status, count(*) FROM mentorships WHERE mentor_id = $1 AND status IN ('REQUESTED', 'MENTOR_FULL') GROUP BY status`,
      [mentor.userId],
    );
    expect(left).toEqual([{ status: 'MENTOR_FULL', count: String(waiting.length - 1) }]);
  });

  it('lets two mentors take their last places at once, each from a member who also asked the other, without either failing', async () => {
    for (let round = 0; round < 3; round++) {
      const [first, second] = [await vettedMentor(1), await vettedMentor(1)];
      const [xena, zoe] = [await member(), await member()];
      const xenaToFirst = await request(xena, first);
      const xenaToSecond = await request(xena, second);
      const zoeToFirst = await request(zoe, first);
      const zoeToSecond = await request(zoe, second);
      // Each acceptance ends the member's other request, and answers the other member's waiting one.
      expect(await Promise.all([codeOf(first, ACCEPT, { m: zoeToFirst }), codeOf(second, ACCEPT, { m: xenaToSecond })])).toEqual(['ok', 'ok']);
      expect(await stateOf(zoe, zoeToFirst)).toBe('ACTIVE');
      expect(await stateOf(xena, xenaToSecond)).toBe('ACTIVE');
      for (const [person, id] of [
        [xena, xenaToFirst],
        [zoe, zoeToSecond],
      ] as const)
        expect(['CANCELLED', 'MENTOR_FULL']).toContain(await stateOf(person, id));
    }
  });

  it('answers a mentor’s other waiting requests at once when their last place is taken, so the member can ask someone else', async () => {
    const mentor = await vettedMentor(1);
    const [chosen, waiting] = [await member(), await member()];
    const others = [await vettedMentor(2), await vettedMentor(2), await vettedMentor(2)];
    const chosenRequest = await request(chosen, mentor);
    const waitingRequest = await request(waiting, mentor);
    for (const other of others.slice(0, 2)) await request(waiting, other);
    expect(await codeOf(waiting, REQUEST, { m: others[2]!.userId })).toBe('CONFLICT');

    await call(mentor, ACCEPT, { m: chosenRequest });
    expect(await stateOf(waiting, waitingRequest)).toBe('MENTOR_FULL');
    expect(await stateOf(mentor, waitingRequest)).toBe('MENTOR_FULL');
    const history = await call<{ mentorshipHistory: { kind: string }[] }>(waiting, 'query($m: ID!) { mentorshipHistory(mentorshipId: $m) { kind } }', {
      m: waitingRequest,
    });
    expect(history.mentorshipHistory.map((event) => event.kind)).toEqual(['REQUESTED', 'MENTOR_FULL']);
    const notes = await call<{ myNotifications: { edges: { node: { kind: string; subjectId: string } }[] } }>(
      waiting,
      '{ myNotifications(first: 20) { edges { node { kind subjectId } } } }',
    );
    expect(notes.myNotifications.edges.map((edge) => edge.node)).toContainEqual({ kind: 'MENTORSHIP_UPDATE', subjectId: waitingRequest });
    // The answered request no longer counts against the member's three.
    expect(await codeOf(waiting, REQUEST, { m: others[2]!.userId })).toBe('ok');
  });

  it('pauses, resumes and ends from either side; ending archives the conversation and stops sharing with the mentor', async () => {
    const eve = await member();
    const mentor = await vettedMentor(2);
    const id = await request(eve, mentor);
    const { acceptMentorship } = await call<{ acceptMentorship: { conversationId: string } }>(mentor, ACCEPT, { m: id });
    await call(eve, 'mutation { recordBarc10(answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4]) { total } }');
    await call(eve, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
      input: { granteeId: mentor.userId, scope: 'CAPITAL', purpose: 'To plan our sessions', signature: eve.displayName },
    });
    expect(await codeOf(mentor, 'query($o: ID!) { sharedRecoveryCapital(ownerId: $o) { latestBarc10 { total } } }', { o: eve.userId })).toBe('ok');

    expect(await call(mentor, 'mutation($m: ID!) { pauseMentorship(mentorshipId: $m) { state } }', { m: id })).toEqual({
      pauseMentorship: { state: 'PAUSED' },
    });
    expect(await call(eve, 'mutation($m: ID!) { resumeMentorship(mentorshipId: $m) { state } }', { m: id })).toEqual({ resumeMentorship: { state: 'ACTIVE' } });
    const ended = await call<{ endMentorship: { state: string; myEndReason: string } }>(
      eve,
      'mutation($m: ID!) { endMentorship(mentorshipId: $m, reason: "I feel ready to go on my own.") { state myEndReason } }',
      { m: id },
    );
    expect(ended.endMentorship).toEqual({ state: 'ENDED', myEndReason: 'I feel ready to go on my own.' });
    const mentorView = await call<{ myMentorships: { id: string; myEndReason: string | null }[] }>(mentor, '{ myMentorships { id myEndReason } }');
    expect(mentorView.myMentorships.find((entry) => entry.id === id)?.myEndReason).toBeNull();
    expect(
      await codeOf(mentor, 'mutation($c: ID!) { sendMessage(conversationId: $c, body: "Still there?") { id } }', { c: acceptMentorship.conversationId }),
    ).toBe('CONFLICT');
    const ending = (await post(app, 'query($o: ID!) { sharedRecoveryCapital(ownerId: $o) { latestBarc10 { total } } }', { o: eve.userId }, mentor.accessToken))
      .errors?.[0];
    expect([ending?.extensions?.['code'], ending?.extensions?.['reason']]).toEqual(['SHARING_ENDED', 'MENTORSHIP_ENDED']);
    expect(ending?.message).toBe(`${eve.displayName} no longer shares their recovery capital scores with you: sharing ended when your mentorship ended.`);
    const history = await call<{ mentorshipHistory: { kind: string; byMe: boolean }[] }>(
      eve,
      'query($m: ID!) { mentorshipHistory(mentorshipId: $m) { kind byMe } }',
      { m: id },
    );
    expect(history.mentorshipHistory.map((event) => event.kind)).toEqual(['REQUESTED', 'ACCEPTED', 'PAUSED', 'RESUMED', 'ENDED']);
  });

  it('expires requests after 7 days; the member sees “not available right now”', async () => {
    const fay = await member();
    const mentor = await vettedMentor(2);
    const id = await request(fay, mentor);
    await dataSource.query(`UPDATE mentorships SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    await app.get(JobQueue).enqueue({ name: 'mentorship.expire-requests', data: {} });
    for (let waited = 0; waited < 10_000 && (await stateOf(fay, id)) === 'REQUESTED'; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stateOf(fay, id)).toBe('NOT_AVAILABLE');
    expect(await stateOf(mentor, id)).toBe('EXPIRED');
    expect(await codeOf(mentor, ACCEPT, { m: id })).toBe('CONFLICT');
  });

  it('lets either side ask the coordinator for help, and a member report their mentor; only the coordinator sees them', async () => {
    const gus = await member();
    const mentor = await vettedMentor(2);
    const id = await request(gus, mentor);
    await call(mentor, ACCEPT, { m: id });
    await call(mentor, 'mutation($m: ID!) { askCoordinatorForHelp(mentorshipId: $m) { ok } }', { m: id });
    await call(gus, 'mutation($m: ID!) { reportMentor(mentorshipId: $m, reason: INACTIVE, note: "No reply for three weeks.") { ok } }', { m: id });
    expect(await codeOf(mentor, 'mutation($m: ID!) { reportMentor(mentorshipId: $m, reason: OTHER) { ok } }', { m: id })).toBe('FORBIDDEN');
    const help = await call<{ mentorshipHelpRequests: { mentorshipId: string; askedBy: string }[] }>(
      coordinator,
      'query($a: ID!) { mentorshipHelpRequests(allianceId: $a) { mentorshipId askedBy } }',
      { a: allianceId },
    );
    expect(help.mentorshipHelpRequests).toContainEqual({ mentorshipId: id, askedBy: 'MENTOR' });
    const reports = await call<{ mentorReports: { mentorId: string; reason: string; note: string }[] }>(
      coordinator,
      'query($a: ID!) { mentorReports(allianceId: $a) { mentorId reason note } }',
      { a: allianceId },
    );
    expect(reports.mentorReports).toContainEqual({ mentorId: mentor.userId, reason: 'INACTIVE', note: 'No reply for three weeks.' });
    expect(await codeOf(gus, 'query($a: ID!) { mentorReports(allianceId: $a) { id } }', { a: allianceId })).toBe('FORBIDDEN');
    expect(await codeOf(mentor, 'query($a: ID!) { mentorshipHelpRequests(allianceId: $a) { mentorshipId } }', { a: allianceId })).toBe('FORBIDDEN');
    await call(coordinator, 'mutation($m: ID!) { resolveMentorshipHelp(mentorshipId: $m) { ok } }', { m: id });
    expect(await codeOf(coordinator, 'mutation($m: ID!) { resolveMentorshipHelp(mentorshipId: $m) { ok } }', { m: id })).toBe('CONFLICT');
  });

  it('keeps strangers out of a mentorship', async () => {
    const hal = await member();
    const mentor = await vettedMentor(2);
    const id = await request(hal, mentor);
    const stranger = await member();
    for (const operation of [
      'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { id } }',
      'mutation($m: ID!) { withdrawMentorshipRequest(mentorshipId: $m) { id } }',
      'mutation($m: ID!) { endMentorship(mentorshipId: $m) { id } }',
      'query($m: ID!) { mentorshipHistory(mentorshipId: $m) { kind } }',
    ]) {
      expect([operation, await codeOf(stranger, operation, { m: id })]).toEqual([
        operation,
        operation.includes('acceptMentorship') ? 'FORBIDDEN' : 'NOT_FOUND',
      ]);
    }
    expect(await codeOf(hal, 'mutation($m: ID!) { withdrawMentorshipRequest(mentorshipId: $m) { state } }', { m: id })).toBe('ok');
    expect(await stateOf(mentor, id)).toBe('CANCELLED');
  });

  describe('suggestions', () => {
    let suggestionsAlliance = '';
    const SUGGESTIONS = '{ mentorSuggestions(first: 20) { mentorId score reasons } }';
    const suggested = async (person: TestAccount): Promise<{ mentorId: string; score: number; reasons: string[] }[]> =>
      (await call<{ mentorSuggestions: { mentorId: string; score: number; reasons: string[] }[] }>(person, SUGGESTIONS)).mentorSuggestions;

    beforeAll(async () => {
      const admin = await insertPerson(app, [PlatformRole.ADMIN]);
      suggestionsAlliance = await allianceRunBy(app, admin, coordinator, 'Suggestions Braga', { languages: ['en', 'fr'] });
    });

    it('applies every hard rule, ranks by the weights and says why', async () => {
      const ana = await member(['en'], suggestionsAlliance);
      await call(ana, 'mutation($input: RecordDomainRatingsInput!) { recordDomainRatings(input: $input) { id } }', {
        input: {
          ratings: [
            'PHYSICAL_AND_MENTAL_HEALTH',
            'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
            'SAFE_HOUSING_AND_ENVIRONMENT',
            'PEER_SUPPORT',
            'EMPLOYMENT_AND_LEGAL',
            'SKILLS_AND_EDUCATION',
            'COMMUNITY_AND_CULTURE',
            'MEANING_AND_PURPOSE',
          ].map((domain) => ({ domain, score: domain === 'SAFE_HOUSING_AND_ENVIRONMENT' ? 1 : 8 })),
        },
      });
      const inAlliance = { alliance: suggestionsAlliance };
      const housing = await vettedMentor(3, ['en'], inAlliance);
      const peers = await vettedMentor(3, ['en'], { ...inAlliance, focusDomains: ['PEER_SUPPORT'] });
      const french = await vettedMentor(3, ['fr'], inAlliance);
      const away = await vettedMentor(3, ['en'], inAlliance);
      await call(away, 'mutation($u: DateTime) { setMentorAvailability(until: $u) }', { u: new Date(Date.now() + 5 * 86_400_000).toISOString() });
      const blocking = await vettedMentor(3, ['en'], inAlliance);
      await call(blocking, 'mutation($u: ID!) { blockPerson(userId: $u) { ok } }', { u: ana.userId });
      const full = await vettedMentor(1, ['en'], inAlliance);
      await call(full, ACCEPT, { m: await request(await member(['en'], suggestionsAlliance), full) });
      const declining = await vettedMentor(3, ['en'], inAlliance);
      await call(declining, 'mutation($m: ID!) { declineMentorship(mentorshipId: $m) { id } }', { m: await request(ana, declining) });
      const elsewhere = await vettedMentor(3, ['en']);

      const list = await waitFor(
        () => suggested(ana),
        (found) => found.length === 2,
        'suggestions without the excluded mentors',
        25_000,
      );
      expect(list.map((entry) => entry.mentorId)).toEqual([housing.userId, peers.userId]);
      expect(list[0]!.score).toBeGreaterThan(list[1]!.score);
      expect(list[0]!.reasons).toEqual(expect.arrayContaining(['speaks English', 'has supported people with housing', 'in your alliance, Suggestions Braga']));
      for (const excluded of [french, away, blocking, full, declining, elsewhere, ana])
        expect(list.map((entry) => entry.mentorId)).not.toContain(excluded.userId);

      // The same stored list reads in the language of Ana's profile, whatever her browser says.
      await dataSource.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [ana.userId]);
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ana.accessToken}`, 'accept-language': 'en-GB' },
        payload: { query: SUGGESTIONS },
      });
      const inFrench = response.json<{ data: { mentorSuggestions: { mentorId: string; reasons: string[] }[] } }>().data.mentorSuggestions;
      expect(inFrench.map((entry) => entry.mentorId)).toEqual([housing.userId, peers.userId]);
      expect(inFrench[0]!.reasons).toEqual(
        expect.arrayContaining(['parle anglais', 'a déjà accompagné d’autres personnes sur ces sujets : logement', 'dans votre alliance, Suggestions Braga']),
      );
      expect(inFrench[0]!.reasons.join(' ')).not.toMatch(/speaks|supported|your alliance/i);
    });

    it('spreads mentees fairly between equally suited mentors', async () => {
      const busy = await vettedMentor(4, ['en'], { alliance: suggestionsAlliance, focusDomains: ['MEANING_AND_PURPOSE'] });
      const free = await vettedMentor(4, ['en'], { alliance: suggestionsAlliance, focusDomains: ['MEANING_AND_PURPOSE'] });
      for (let index = 0; index < 2; index++) await call(busy, ACCEPT, { m: await request(await member(['en'], suggestionsAlliance), busy) });
      const newcomer = await member(['en'], suggestionsAlliance);
      const order = (await suggested(newcomer)).map((entry) => entry.mentorId);
      expect(order.indexOf(free.userId)).toBeLessThan(order.indexOf(busy.userId));
    });

    it('refreshes the stored list when the member’s preferences change, and when a mentor takes a break', async () => {
      const bea = await member(['en'], suggestionsAlliance);
      const french = await vettedMentor(3, ['fr'], { alliance: suggestionsAlliance, focusDomains: ['COMMUNITY_AND_CULTURE'] });
      expect((await suggested(bea)).map((entry) => entry.mentorId)).not.toContain(french.userId);
      await call(bea, 'mutation($input: RecoveryPreferencesInput!) { updateRecoveryPreferences(input: $input) { languages } }', {
        input: { pathways: ['HARM_REDUCTION'], languages: ['fr'], availability: [] },
      });
      await waitFor(
        () => suggested(bea),
        (found) => found.some((entry) => entry.mentorId === french.userId),
        'the French-speaking mentor',
        25_000,
      );
      await call(french, 'mutation($u: DateTime) { setMentorAvailability(until: $u) }', { u: new Date(Date.now() + 86_400_000).toISOString() });
      await waitFor(
        () => suggested(bea),
        (found) => !found.some((entry) => entry.mentorId === french.userId),
        'the mentor on a break to drop out',
        25_000,
      );
    });
  });

  describe('places', () => {
    let admin: TestAccount;
    const PLACES = 'mutation($a: ID!, $m: ID!, $p: Int!) { setMentorPlaces(allianceId: $a, mentorId: $m, places: $p) { places taken allianceLimit } }';
    const LIMIT = 'mutation($a: ID!, $l: Int!) { setMentorPlacesLimit(allianceId: $a, limit: $l) { mentorPlacesLimit } }';
    let placesAlliances = 0;
    const newAlliance = (): Promise<string> => allianceRunBy(app, admin, coordinator, `Places Aveiro ${++placesAlliances}`);
    const setPlaces = (who: TestAccount, alliance: string, mentor: TestAccount, places: number) =>
      post<{ setMentorPlaces: { places: number; taken: number; allianceLimit: number } }>(
        app,
        PLACES,
        { a: alliance, m: mentor.userId, p: places },
        who.accessToken,
      );
    const outcome = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }): string =>
      String(body.errors?.[0]?.extensions?.['code'] ?? 'ok');
    const placesChanges = async (mentor: TestAccount): Promise<{ actor: string; from: number; to: number }[]> =>
      (
        await dataSource.query<{ actor_id: string; details: { from: number; to: number } }[]>(
          `SELECT actor_id, details FROM audit_events WHERE subject_id = $1 AND action = 'mentorship.places_changed' ORDER BY id`,
          [mentor.userId],
        )
      ).map((row) => ({ actor: row.actor_id, from: row.details.from, to: row.details.to }));

    beforeAll(async () => {
      admin = await insertPerson(app, [PlatformRole.ADMIN]);
    });

    it('lets a mentor give themself places up to the alliance’s limit and a coordinator more, never fewer than their mentees; audited', async () => {
      const alliance = await newAlliance();
      const mentor = await vettedMentor(2, ['en'], { alliance });
      const [a, b, c] = [await member(['en'], alliance), await member(['en'], alliance), await member(['en'], alliance)];
      const requests = [await request(a, mentor), await request(b, mentor), await request(c, mentor)];
      await call(mentor, ACCEPT, { m: requests[0] });
      await call(mentor, ACCEPT, { m: requests[1] });
      // Full: the message says what the mentor can really do about it.
      const full = await post(app, ACCEPT, { m: requests[2] }, mentor.accessToken);
      expect(outcome(full)).toBe('CONFLICT');
      expect(full.errors?.[0]?.message).toMatch(/All 2 of your places are taken.*give yourself up to 3 places in this alliance/);

      expect((await setPlaces(mentor, alliance, mentor, 3)).data?.setMentorPlaces).toEqual({ places: 3, taken: 2, allianceLimit: 3 });
      const beyond = await setPlaces(mentor, alliance, mentor, 4);
      expect(outcome(beyond)).toBe('FORBIDDEN');
      expect(beyond.errors?.[0]?.message).toMatch(/up to 3 places.*ask one of its coordinators/);
      expect(outcome(await setPlaces(mentor, alliance, mentor, 1))).toBe('CONFLICT');
      expect(outcome(await setPlaces(mentor, alliance, mentor, 0))).toBe('BAD_USER_INPUT');

      expect(outcome(await setPlaces(coordinator, alliance, mentor, 6))).toBe('ok');
      expect(outcome(await setPlaces(mentor, alliance, mentor, 5))).toBe('ok');
      expect(outcome(await setPlaces(mentor, alliance, mentor, 6))).toBe('FORBIDDEN');
      expect(await call(coordinator, LIMIT, { a: alliance, l: 8 })).toEqual({ setMentorPlacesLimit: { mentorPlacesLimit: 8 } });
      expect(outcome(await setPlaces(mentor, alliance, mentor, 8))).toBe('ok');
      expect(outcome(await setPlaces(coordinator, alliance, mentor, 21))).toBe('BAD_USER_INPUT');

      expect(await placesChanges(mentor)).toEqual([
        { actor: mentor.userId, from: 2, to: 3 },
        { actor: coordinator.userId, from: 3, to: 6 },
        { actor: mentor.userId, from: 6, to: 5 },
        { actor: mentor.userId, from: 5, to: 8 },
      ]);
      const [limitChange]: { actor_id: string; details: Record<string, unknown> }[] = await dataSource.query(
        `SELECT actor_id, details FROM audit_events WHERE action = 'alliance.mentor_places_limit_changed' AND details->>'allianceId' = $1`,
        [alliance],
      );
      expect(limitChange).toEqual({ actor_id: coordinator.userId, details: { allianceId: alliance, from: 3, to: 8 } });
    });

    it('answers waiting requests when places are lowered to those taken, and suggests the mentor again once places are raised', async () => {
      const alliance = await newAlliance();
      const mentor = await vettedMentor(3, ['en'], { alliance });
      await call(mentor, ACCEPT, { m: await request(await member(['en'], alliance), mentor) });
      const waiting = await member(['en'], alliance);
      const waitingRequest = await request(waiting, mentor);
      await setPlaces(mentor, alliance, mentor, 1);
      expect(await stateOf(waiting, waitingRequest)).toBe('MENTOR_FULL');

      const newcomer = await member(['en'], alliance);
      await worker.get(MentorSuggestionsService).refresh(newcomer.userId);
      const suggestedTo = async (person: TestAccount): Promise<string[]> =>
        (await call<{ mentorSuggestions: { mentorId: string }[] }>(person, '{ mentorSuggestions(first: 20) { mentorId } }')).mentorSuggestions.map(
          (entry) => entry.mentorId,
        );
      expect(await suggestedTo(newcomer)).not.toContain(mentor.userId);
      await setPlaces(coordinator, alliance, mentor, 2);
      await waitFor(
        () => suggestedTo(newcomer),
        (shown) => shown.includes(mentor.userId),
        'the mentor with a place again',
        25_000,
      );
    });

    it('does not let a coordinator who mentors in the alliance raise their own places beyond its limit; another coordinator can', async () => {
      const alliance = await newAlliance();
      const coordinatingMentor = await vettedMentor(2, ['en'], { alliance });
      await call(admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', { a: alliance, u: coordinatingMentor.userId });
      const ownCase = await setPlaces(coordinatingMentor, alliance, coordinatingMentor, 4);
      expect(outcome(ownCase)).toBe('OWN_CASE');
      expect(ownCase.errors?.[0]?.message).toMatch(/ask another coordinator/);
      expect(outcome(await setPlaces(coordinatingMentor, alliance, coordinatingMentor, 3))).toBe('ok');
      expect(outcome(await setPlaces(coordinator, alliance, coordinatingMentor, 6))).toBe('ok');
      const someoneElse = await vettedMentor(2, ['en'], { alliance });
      expect(outcome(await setPlaces(coordinatingMentor, alliance, someoneElse, 6))).toBe('ok');
      // A coordinator of the alliance, yes; of another alliance, no.
      expect(outcome(await setPlaces(coordinatingMentor, allianceId, await vettedMentor(2), 4))).toBe('FORBIDDEN');
    });
  });

  it('exports and erases mentorships', async () => {
    const ivy = await member();
    const mentor = await vettedMentor(2);
    await call(mentor, ACCEPT, { m: await request(ivy, mentor) });
    const registry = worker.get(PersonalDataRegistry);
    const exported = await dataSource.transaction((manager) => registry.exportAll(manager, ivy.userId));
    expect(exported['mentorship']).toMatchObject({ mentorships: [{ role: 'MEMBER', intro: 'Hello, I would love your support.', status: 'ACTIVE' }] });
    expect(exported['mentorship']).toHaveProperty('mentorSuggestions');
    await dataSource.transaction((manager) => registry.eraseAll(manager, ivy.userId));
    const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM mentorships WHERE member_id = $1`, [ivy.userId]);
    expect(Number(count)).toBe(0);
  });
});
