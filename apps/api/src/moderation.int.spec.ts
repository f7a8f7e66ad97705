import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { JobQueue, PlatformRole } from '@kindred/core';
import { callAs, codeAs, createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { LiveListeners, settle } from '@kindred/test-support/live-listener';
import { startTestApi } from '@kindred/test-support/test-api';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { waitFor } from '@kindred/test-support/polling';
import { startTestWorker } from '@kindred/test-support/test-worker';

const CRISIS_LINES = [{ name: 'Ligne de la Paix', phone: '01 23 45 67 89', hours: '24h/24', languages: ['fr'] }];

const HISTORY_FIELDS = 'id body heldForReview heldReason';
const MESSAGE_FIELDS = 'id body heldForReview heldReason languageSuggestions { termId alternatives selfDescription message matchedText start end }';

interface MessageView {
  id: string;
  body: string | null;
  heldForReview: boolean;
  heldReason: string | null;
  languageSuggestions: { termId: string; alternatives: string[]; selfDescription: boolean; message: string; matchedText: string; start: number; end: number }[];
}

/**
 * Moderation end to end inside one process: the API takes messages, stories and profiles,
 * the worker (its real processors, on the same database and Redis prefix) scans them, and
 * moderators act through the API.
 */
describe('moderation, stigma-free language and crisis response', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let url: string;
  let admin: TestAccount;
  let coordinator: TestAccount;
  let ana: TestAccount;
  let ben: TestAccount;
  let mentor: TestAccount;
  let moderator: TestAccount;
  let secondModerator: TestAccount;
  let otherAllianceModerator: TestAccount;
  let stranger: TestAccount;
  let allianceA = '';
  let allianceB = '';
  let group = '';
  let mentorship = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const send = async (account: TestAccount, body: string, conversationId = group): Promise<MessageView> =>
    (
      await call<{ sendMessage: MessageView }>(account, `mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { ${MESSAGE_FIELDS} } }`, {
        c: conversationId,
        b: body,
      })
    ).sendMessage;
  const messageAs = async (account: TestAccount, messageId: string, conversationId = group): Promise<MessageView> => {
    const { messages } = await call<{ messages: { edges: { node: MessageView }[] } }>(
      account,
      `query($c: ID!) { messages(conversationId: $c, first: 30) { edges { node { ${HISTORY_FIELDS} } } } }`,
      { c: conversationId },
    );
    const found = messages.edges.find((edge) => edge.node.id === messageId);
    if (!found) throw new Error(`message ${messageId} not in the conversation`);
    return found.node;
  };
  const heldFor = (account: TestAccount, messageId: string, conversationId = group) =>
    waitFor(
      () => messageAs(account, messageId, conversationId),
      (message) => message.heldForReview,
      `message ${messageId} to be held`,
    );
  const notificationKinds = async (account: TestAccount): Promise<{ kind: string; subjectId: string | null }[]> =>
    (
      await call<{ myNotifications: { edges: { node: { kind: string; subjectId: string | null } }[] } }>(
        account,
        '{ myNotifications(first: 100) { edges { node { kind subjectId } } } }',
      )
    ).myNotifications.edges.map((edge) => edge.node);
  const queue = async (account: TestAccount, filter: Record<string, unknown> = {}) =>
    (
      await call<{
        moderationQueue: {
          edges: {
            node: {
              id: string;
              subjectId: string;
              subjectKind: string;
              severity: string;
              categories: string[];
              reportCount: number;
              findings: { category: string; ruleIds: string[] }[];
            };
          }[];
        };
      }>(
        account,
        `query($a: ID, $c: String, $s: ModerationSeverity, $h: Int) {
          moderationQueue(first: 100, allianceId: $a, category: $c, severity: $s, minAgeHours: $h) {
            edges { node { id subjectId subjectKind severity categories reportCount findings { category ruleIds } } }
          }
        }`,
        { a: filter['allianceId'] ?? null, c: filter['category'] ?? null, s: filter['severity'] ?? null, h: filter['minAgeHours'] ?? null },
      )
    ).moderationQueue.edges.map((edge) => edge.node);
  const caseOf = (subjectId: string) =>
    waitFor(
      () => queue(moderator),
      (cases) => cases.some((found) => found.subjectId === subjectId),
      `a case about ${subjectId}`,
    ).then((cases) => cases.find((found) => found.subjectId === subjectId)!);
  const decide = (account: TestAccount, caseId: string, decision: Record<string, unknown>) =>
    post<{ decideModerationCase: { id: string; action: string } }>(
      app,
      'mutation($c: ID!, $d: ModerationDecisionInput!) { decideModerationCase(caseId: $c, decision: $d) { id action } }',
      { c: caseId, d: decision },
      account.accessToken,
    );
  const standing = async (account: TestAccount) =>
    (
      await call<{ myAccountStanding: { mayPost: boolean; banned: boolean; suspendedUntil: string | null } }>(
        account,
        '{ myAccountStanding { mayPost banned suspendedUntil } }',
      )
    ).myAccountStanding;

  beforeAll(async () => {
    let env;
    ({ app, stop, env } = await startTestApi('moderation'));
    worker = await startTestWorker(env);
    dataSource = app.get(DataSource);
    await app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;

    admin = await createAccount(app, [PlatformRole.ADMIN]);
    coordinator = await createAccount(app, [PlatformRole.MEMBER]);
    [ana, ben, mentor, moderator, secondModerator, otherAllianceModerator, stranger] = await Promise.all([
      createAccount(app),
      createAccount(app),
      createAccount(app, [PlatformRole.MEMBER, PlatformRole.PEER_MENTOR]),
      createAccount(app),
      createAccount(app),
      createAccount(app),
      createAccount(app),
    ]);
    allianceA = await allianceRunBy(app, admin, coordinator, 'Moderation A', { languages: ['fr', 'en'], crisisResources: CRISIS_LINES });
    const coordinatorB = await createAccount(app, [PlatformRole.MEMBER]);
    allianceB = await allianceRunBy(app, admin, coordinatorB, 'Moderation B', { languages: ['fr', 'en'], crisisResources: CRISIS_LINES });
    for (const person of [ana, ben, mentor, moderator, secondModerator]) await joinAlliance(app, person, coordinator, allianceA);
    await joinAlliance(app, otherAllianceModerator, coordinatorB, allianceB);

    // The alliance's coordinator appoints its moderators; the admin appoints B's.
    const appoint = 'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }';
    await call(coordinator, appoint, { a: allianceA, u: moderator.userId });
    await call(coordinator, appoint, { a: allianceA, u: secondModerator.userId });
    await call(admin, appoint, { a: allianceB, u: otherAllianceModerator.userId });
    // Roles are read at sign-in: sign the moderators in again.
    for (const person of [moderator, secondModerator, otherAllianceModerator]) {
      const login = await post<{ login: { accessToken: string } }>(
        app,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: person.email, p: person.password },
      );
      person.accessToken = login.data!.login.accessToken;
    }

    group = (
      await call<{ createAllianceGroup: { id: string } }>(
        coordinator,
        'mutation($a: ID!, $t: String!) { createAllianceGroup(allianceId: $a, title: $t) { id } }',
        {
          a: allianceA,
          t: 'Thursday circle',
        },
      )
    ).createAllianceGroup.id;
    for (const person of [ana, ben, mentor]) {
      await call(coordinator, 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }', { c: group, u: person.userId });
    }
    // A mentorship conversation (what accepting a mentorship opens) is what makes them mentor and member here.
    const [conversation]: { id: string }[] = await dataSource.query(`INSERT INTO conversations (kind, created_by) VALUES ('MENTORSHIP', $1) RETURNING id`, [
      mentor.userId,
    ]);
    mentorship = conversation!.id;
    await dataSource.query(`INSERT INTO conversation_participants (conversation_id, user_id, role) VALUES ($1, $2, 'MEMBER'), ($1, $3, 'MEMBER')`, [
      mentorship,
      mentor.userId,
      ana.userId,
    ]);
  });

  afterAll(async () => {
    await worker.close();
    await stop();
  });

  describe('stigma-free language', () => {
    it('nudges the author with person-first alternatives, and sends the message as written', async () => {
      const sent = await send(ben, 'My cousin is an addict and his urine test came back dirty urine.');
      const addict = sent.languageSuggestions.find((suggestion) => suggestion.termId === 'addict');
      expect(addict).toMatchObject({ selfDescription: false, matchedText: 'addict' });
      expect(addict!.alternatives).toEqual(expect.arrayContaining(['person with a substance use disorder']));
      expect(sent.languageSuggestions.map((suggestion) => suggestion.matchedText)).toContain('dirty urine');
      // A nudge, not censorship: the others read it as written.
      expect((await messageAs(ana, sent.id)).body).toBe('My cousin is an addict and his urine test came back dirty urine.');
    });

    it('is softer about words people use for themselves, and lets them turn that off', async () => {
      const own = (await send(ana, 'I am an addict and proud to be 90 days in.')).languageSuggestions;
      expect(own).toEqual([expect.objectContaining({ selfDescription: true, message: expect.stringContaining('your own words') })]);
      await call(ana, 'mutation { setSelfDescriptionNudges(enabled: false) { ok } }');
      expect((await send(ana, 'I am an addict and proud to be 91 days in.')).languageSuggestions).toEqual([]);
      // Words about other people are still nudged.
      expect((await send(ana, 'Those junkies by the station deserve help too.')).languageSuggestions).not.toEqual([]);
      await call(ana, 'mutation { setSelfDescriptionNudges(enabled: true) { ok } }');
    });

    it('checks a text before sending, in French too, storing nothing', async () => {
      const { languageCheck } = await call<{ languageCheck: { termId: string; alternatives: string[] }[] }>(
        ben,
        'query($t: String!) { languageCheck(text: $t, locale: "fr") { termId alternatives } }',
        { t: 'Mon frère est toxicomane.' },
      );
      expect(languageCheck).toHaveLength(1);
      expect(languageCheck[0]!.alternatives.length).toBeGreaterThan(0);
      expect(await codeOf(ben, 'query { languageCheck(text: "x", locale: "de") { termId } }')).toBe('BAD_USER_INPUT');
    });

    it('leaves stigmatizing words a suggestion only: nothing is held and no case is opened', async () => {
      const sent = await send(ben, 'She has been clean for a year now, the former addict.');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect((await messageAs(ana, sent.id)).heldForReview).toBe(false);
      expect((await queue(moderator)).some((found) => found.subjectId === sent.id)).toBe(false);
    });
  });

  describe('automatic moderation', () => {
    it.each([
      ['harassment in English', 'Nobody wants you here, just kill yourself', 'HARASSMENT', 'HIGH'],
      ['harassment in French', 'Va te faire voir, espèce de connard', 'HARASSMENT', 'HIGH'],
      ['dealing in English', 'selling xans and oxys, dm for prices', 'DRUG_SELLING', 'HIGH'],
      ['dealing in French', 'je vends de la coke, dispo sur snap', 'DRUG_SELLING', 'HIGH'],
      ['spam in English', 'Click here to win: https://win-big.example.com', 'SPAM', 'MEDIUM'],
      ['spam in French', 'Gagnez de l’argent facile, cliquez ici : https://gain.example.fr', 'SPAM', 'MEDIUM'],
    ])('holds %s for review from the moment it is sent, tells the author why, and opens a case', async (_label, text, category, severity) => {
      const sent = await send(ben, text);
      // Screened in the request: held before anyone else could read it; the worker opens the case.
      expect(sent).toMatchObject({ body: text, heldForReview: true, heldReason: expect.any(String) });
      expect(await messageAs(ana, sent.id)).toMatchObject({ body: null, heldForReview: true, heldReason: null });
      expect(await messageAs(ben, sent.id)).toMatchObject({ body: text, heldForReview: true, heldReason: expect.any(String) });
      const found = await caseOf(sent.id);
      expect(found).toMatchObject({ subjectKind: 'MESSAGE', severity, reportCount: 0 });
      expect(found.categories).toContain(category);
      // Rule ids only: the words themselves stay sealed in the message.
      expect(JSON.stringify(found.findings)).not.toContain(text);
    });
  });

  describe('crisis response', () => {
    it('privately offers the author crisis lines, never a penalty, and no mentor alert without consent', async () => {
      const sent = await send(ana, 'I want to die, I cannot do this any more', mentorship);
      const support = await waitFor(
        () => notificationKinds(ana),
        (kinds) => kinds.some((entry) => entry.kind === 'SAFETY_SUPPORT'),
        'crisis support',
      );
      expect(support.some((entry) => entry.kind === 'SAFETY_SUPPORT')).toBe(true);
      const { crisisSupport } = await call<{
        crisisSupport: { message: string; allianceLines: { allianceName: string; resources: { phone: string }[] }[]; platformLines: { phone: string }[] };
      }>(ana, '{ crisisSupport { message allianceLines { allianceName resources { phone } } platformLines { phone } } }');
      expect(crisisSupport.platformLines.map((line) => line.phone)).toEqual(expect.arrayContaining(['988', '1-800-662-4357']));
      expect(crisisSupport.allianceLines).toContainEqual({ allianceName: 'Moderation A', resources: [{ phone: '01 23 45 67 89' }] });
      expect((await messageAs(mentor, sent.id, mentorship)).heldForReview).toBe(false);
      expect((await queue(moderator)).some((found) => found.subjectId === sent.id)).toBe(false);
      expect((await notificationKinds(mentor)).some((entry) => entry.kind === 'SAFETY_ALERT')).toBe(false);
      expect((await call<{ myCrisisAlerts: unknown[] }>(mentor, '{ myCrisisAlerts { id } }')).myCrisisAlerts).toEqual([]);
    });

    it('alerts the mentor, without what was written, only once the person consented', async () => {
      expect(await call(ana, 'mutation { setCrisisAlertConsent(consent: true) }')).toEqual({ setCrisisAlertConsent: true });
      await send(ana, 'Je veux mourir, je n’en peux plus', mentorship);
      const alerts = await waitFor(
        () => call<{ myCrisisAlerts: { memberId: string; guidance: string }[] }>(mentor, '{ myCrisisAlerts { memberId guidance } }'),
        (found) => found.myCrisisAlerts.length > 0,
        'a mentor alert',
      );
      expect(alerts.myCrisisAlerts).toEqual([{ memberId: ana.userId, guidance: expect.any(String) }]);
      expect(JSON.stringify(alerts)).not.toContain('mourir');
      expect((await notificationKinds(mentor)).some((entry) => entry.kind === 'SAFETY_ALERT')).toBe(true);
      // Nobody else hears of it.
      expect((await notificationKinds(ben)).some((entry) => entry.kind === 'SAFETY_ALERT')).toBe(false);
      await call(ana, 'mutation { setCrisisAlertConsent(consent: false) }');
    });
  });

  describe('reports and decisions', () => {
    it('lets a participant report a message; the moderator sees it with its context, the reporter learns the outcome', async () => {
      await send(ana, 'Anyone coming on Thursday?');
      const rude = await send(ana, 'You are useless and everyone here thinks so.');
      await send(ben, 'That was not kind.');
      expect(await codeOf(stranger, 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: HARASSMENT) { id } }', { m: rude.id })).toBe(
        'NOT_FOUND',
      );
      expect(await codeOf(ana, 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: HARASSMENT) { id } }', { m: rude.id })).toBe(
        'BAD_USER_INPUT',
      );
      const report = 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: HARASSMENT, note: "It hurt.") { id outcome } }';
      const first = await call<{ reportContent: { id: string; outcome: string | null } }>(ben, report, { m: rude.id });
      const again = await call<{ reportContent: { id: string } }>(ben, report, { m: rude.id });
      expect(again.reportContent.id).toBe(first.reportContent.id);
      expect(first.reportContent.outcome).toBeNull();

      const found = await caseOf(rude.id);
      expect(found).toMatchObject({ severity: 'HIGH', reportCount: 1 });
      type CaseDetails = {
        contentText: string;
        context: { id: string; text: string; isSubject: boolean; visibility: string }[];
        reports: { reason: string; note: string }[];
        personHistory: { action: string; caseId: string | null; subjectId: string }[];
      };
      const readCase = async () =>
        (
          await call<{ moderationCase: CaseDetails }>(
            moderator,
            'query($c: ID!) { moderationCase(id: $c) { contentText context { id text isSubject visibility } reports { reason note } personHistory { action caseId subjectId } } }',
            { c: found.id },
          )
        ).moderationCase;
      const moderationCase = await readCase();
      expect(moderationCase.contentText).toBe('You are useless and everyone here thinks so.');
      expect(moderationCase.context.map((entry) => entry.text)).toEqual(expect.arrayContaining(['Anyone coming on Thursday?', 'That was not kind.']));
      expect(moderationCase.context.filter((entry) => entry.isSubject)).toHaveLength(1);
      expect(moderationCase.context.find((entry) => entry.isSubject)?.visibility).toBe('VISIBLE');
      expect(moderationCase.reports).toEqual([{ reason: 'HARASSMENT', note: 'It hurt.' }]);

      // A neighbour hidden from the case page shows as hidden there, and joins its author's history beside the case.
      const neighbour = moderationCase.context.find((entry) => entry.text === 'Anyone coming on Thursday?')!;
      const hideNeighbour = await call<{ moderateContent: { id: string } }>(
        moderator,
        'mutation($m: ID!) { moderateContent(kind: MESSAGE, contentId: $m, decision: { action: HIDE, reason: "Off topic." }) { id } }',
        { m: neighbour.id },
      );
      const afterHiding = await readCase();
      expect(afterHiding.context.find((entry) => entry.id === neighbour.id)?.visibility).toBe('HIDDEN');
      expect(afterHiding.personHistory).toContainEqual({ action: 'HIDE', caseId: null, subjectId: neighbour.id });
      await call(moderator, 'mutation($d: ID!) { reverseModerationDecision(decisionId: $d, reason: "It was fine.") { id } }', {
        d: hideNeighbour.moderateContent.id,
      });
      expect((await readCase()).context.find((entry) => entry.id === neighbour.id)?.visibility).toBe('VISIBLE');
      // A decision about the same person in an alliance this moderator does not moderate stays with that alliance.
      const [elsewhere]: { id: string }[] = await dataSource.query(
        `INSERT INTO moderation_decisions (person_id, subject_kind, subject_ref, action, reason, alliance_ids)
         VALUES ($1, 'PERSON', $1, 'WARN', 'Decided in another alliance.', ARRAY[$2]::uuid[]) RETURNING id`,
        [ana.userId, allianceB],
      );
      try {
        expect((await readCase()).personHistory.map((entry) => entry.action)).toEqual(['RESTORE', 'HIDE']);
      } finally {
        await dataSource.query(`DELETE FROM moderation_decisions WHERE id = $1`, [elsewhere!.id]);
      }

      const hidden = await decide(moderator, found.id, { action: 'HIDE', reason: 'Insults are not allowed here.' });
      expect(hidden.data?.decideModerationCase.action).toBe('HIDE');
      expect((await readCase()).personHistory.filter((entry) => entry.caseId === found.id)).toEqual([]);
      expect((await decide(secondModerator, found.id, { action: 'DISMISS', reason: 'Late.' })).errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
      expect((await messageAs(ben, rude.id)).body).toBeNull();
      expect((await messageAs(ana, rude.id)).heldReason).toEqual(expect.stringContaining('moderator'));
      const outcomes = await call<{ myModerationReports: { id: string; outcome: string }[] }>(ben, '{ myModerationReports { id outcome } }');
      expect(outcomes.myModerationReports).toContainEqual({ id: first.reportContent.id, outcome: 'ACTION_TAKEN' });
      expect(await notificationKinds(ben)).toContainEqual({ kind: 'MODERATION', subjectId: first.reportContent.id });
      expect(await notificationKinds(ana)).toContainEqual({ kind: 'MODERATION', subjectId: hidden.data!.decideModerationCase.id });

      // Reversible by a moderator, once.
      const restore = 'mutation($d: ID!, $r: String!) { reverseModerationDecision(decisionId: $d, reason: $r) { action } }';
      expect(await call(secondModerator, restore, { d: hidden.data!.decideModerationCase.id, r: 'On reflection, a heated moment.' })).toEqual({
        reverseModerationDecision: { action: 'RESTORE' },
      });
      expect((await messageAs(ben, rude.id)).body).toBe('You are useless and everyone here thinks so.');
      expect(await codeOf(moderator, restore, { d: hidden.data!.decideModerationCase.id, r: 'Again' })).toBe('CONFLICT');
    });

    it('keeps a decided case findable, with its decisions, so a moderator can undo one later', async () => {
      const sent = await send(ana, 'Nobody here cares about you, loser.');
      await call(ben, 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: HARASSMENT) { id } }', { m: sent.id });
      const found = await caseOf(sent.id);
      const decided = 'query { moderationQueue(first: 100, status: RESOLVED) { edges { node { id status } } } }';
      const decidedIds = async (account: TestAccount) =>
        (await call<{ moderationQueue: { edges: { node: { id: string } }[] } }>(account, decided)).moderationQueue.edges.map((edge) => edge.node.id);
      expect(await decidedIds(moderator)).not.toContain(found.id);
      const hidden = await decide(moderator, found.id, { action: 'HIDE', reason: 'Insults are not allowed here.' });
      expect((await queue(moderator)).some((entry) => entry.id === found.id)).toBe(false);
      expect((await decidedIds(secondModerator))[0]).toBe(found.id);
      expect(await decidedIds(otherAllianceModerator)).not.toContain(found.id);

      const details = 'query($c: ID!) { moderationCase(id: $c) { case { status } decisions { id action reason reversesId } } }';
      type Details = { moderationCase: { case: { status: string }; decisions: { id: string; action: string; reason: string; reversesId: string | null }[] } };
      const before = await call<Details>(secondModerator, details, { c: found.id });
      expect(before.moderationCase).toEqual({
        case: { status: 'RESOLVED' },
        decisions: [{ id: hidden.data!.decideModerationCase.id, action: 'HIDE', reason: 'Insults are not allowed here.', reversesId: null }],
      });
      await call(secondModerator, 'mutation($d: ID!, $r: String!) { reverseModerationDecision(decisionId: $d, reason: $r) { id } }', {
        d: hidden.data!.decideModerationCase.id,
        r: 'A heated moment, already put right.',
      });
      const after = await call<Details>(moderator, details, { c: found.id });
      expect(after.moderationCase.decisions.map((decision) => [decision.action, decision.reversesId])).toEqual([
        ['HIDE', null],
        ['RESTORE', hidden.data!.decideModerationCase.id],
      ]);
      expect(await codeOf(ben, decided)).toBe('FORBIDDEN');
    });

    it('settles concurrent reports on one case and concurrent decisions on one outcome', async () => {
      const sent = await send(mentor, 'You will regret coming back here.');
      const reporters = [ana, ben];
      await Promise.all(
        reporters.map((reporter) =>
          call(reporter, 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: HARASSMENT) { id } }', { m: sent.id }),
        ),
      );
      const found = await caseOf(sent.id);
      expect(found.reportCount).toBe(2);
      expect((await queue(moderator)).filter((entry) => entry.subjectId === sent.id)).toHaveLength(1);
      const outcomes = await Promise.all([
        decide(moderator, found.id, { action: 'HIDE', reason: 'Threats are not allowed.' }),
        decide(secondModerator, found.id, { action: 'DISMISS', reason: 'Not a threat.' }),
      ]);
      const codes = outcomes.map((outcome) => (outcome.errors ? String(outcome.errors[0]?.extensions?.['code']) : 'ok')).sort();
      expect(codes).toEqual(['CONFLICT', 'ok']);
      const [{ count }]: { count: string }[] = await dataSource.query(`SELECT count(*) FROM moderation_decisions WHERE case_id = $1`, [found.id]);
      expect(Number(count)).toBe(1);
    });

    it('restores held content when a moderator dismisses its case', async () => {
      const sent = await send(ben, 'selling xans and oxys, dm for prices');
      await heldFor(ana, sent.id);
      const found = await caseOf(sent.id);
      await decide(moderator, found.id, { action: 'DISMISS', reason: 'A quote from a news article about dealers.' });
      expect((await messageAs(ana, sent.id)).heldForReview).toBe(false);
    });

    it('lets people report a person they share a conversation with, and nobody else', async () => {
      const reportPerson = 'mutation($p: ID!) { reportPerson(personId: $p, reason: OTHER) { id } }';
      expect(await codeOf(ben, reportPerson, { p: mentor.userId })).toBe('ok');
      expect(await codeOf(stranger, reportPerson, { p: mentor.userId })).toBe('NOT_FOUND');
      const found = await caseOf(mentor.userId);
      expect(found.subjectKind).toBe('PERSON');
      expect((await decide(moderator, found.id, { action: 'HIDE', reason: 'x' })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('suspends a person: they cannot send, their sessions are told at once, and it can be undone', async () => {
      const live = new LiveListeners(url);
      try {
        const heard = await live.listen(ben.accessToken, 'subscription { myAccountStanding { mayPost suspendedUntil } }');
        await settle(() => heard.results.length === 1);
        expect(heard.results[0]!.data).toEqual({ myAccountStanding: { mayPost: true, suspendedUntil: null } });

        const suspension = await call<{ moderatePerson: { id: string; suspendedUntil: string } }>(
          moderator,
          'mutation($p: ID!) { moderatePerson(personId: $p, decision: { action: SUSPEND, reason: "Repeated insults.", suspendDays: 3 }) { id suspendedUntil } }',
          { p: ben.userId },
        );
        await settle(() => heard.results.length === 2);
        expect(heard.results[1]!.data).toEqual({ myAccountStanding: { mayPost: false, suspendedUntil: suspension.moderatePerson.suspendedUntil } });
        expect(await codeOf(ben, 'mutation($c: ID!) { sendMessage(conversationId: $c, body: "hello") { id } }', { c: group })).toBe('ACCOUNT_SUSPENDED');
        expect(await codeOf(ben, 'mutation { updateProfileIntro(intro: "Hi all") { profile { id } } }')).toBe('ACCOUNT_SUSPENDED');
        expect((await standing(ben)).mayPost).toBe(false);

        await call(moderator, 'mutation($d: ID!) { reverseModerationDecision(decisionId: $d, reason: "Served enough.") { action } }', {
          d: suspension.moderatePerson.id,
        });
        expect(await standing(ben)).toEqual({ mayPost: true, banned: false, suspendedUntil: null });
        expect(await codeOf(ben, 'mutation($c: ID!) { sendMessage(conversationId: $c, body: "Sorry, everyone.") { id } }', { c: group })).toBe('ok');
      } finally {
        await live.dispose();
      }
    });

    it('bans, and a different moderator decides the one appeal within 20 days', async () => {
      const ban = await call<{ moderatePerson: { id: string } }>(
        moderator,
        'mutation($p: ID!) { moderatePerson(personId: $p, decision: { action: BAN, reason: "Dealing in the group." }) { id } }',
        { p: ana.userId },
      );
      expect(await codeOf(ana, 'mutation($c: ID!) { sendMessage(conversationId: $c, body: "hello") { id } }', { c: group })).toBe('ACCOUNT_SUSPENDED');
      const decisions = await call<{ myModerationDecisions: { id: string; action: string; appealable: boolean }[] }>(
        ana,
        '{ myModerationDecisions { id action appealable } }',
      );
      expect(decisions.myModerationDecisions).toContainEqual({ id: ban.moderatePerson.id, action: 'BAN', appealable: true });

      const appeal = 'mutation($d: ID!) { appealModerationDecision(decisionId: $d, statement: "I was quoting a warning about dealers.") { id status } }';
      const filed = await call<{ appealModerationDecision: { id: string; status: string } }>(ana, appeal, { d: ban.moderatePerson.id });
      expect(filed.appealModerationDecision.status).toBe('PENDING');
      expect(await codeOf(ana, appeal, { d: ban.moderatePerson.id })).toBe('CONFLICT');
      expect(await codeOf(ben, appeal, { d: ban.moderatePerson.id })).toBe('NOT_FOUND');

      const decideAppeal = 'mutation($a: ID!, $o: Boolean!) { decideModerationAppeal(appealId: $a, overturn: $o, note: "We looked again.") { status } }';
      expect(await codeOf(moderator, decideAppeal, { a: filed.appealModerationDecision.id, o: true })).toBe('OWN_CASE');
      expect((await call<{ moderationAppeals: { id: string }[] }>(moderator, '{ moderationAppeals { id } }')).moderationAppeals).toEqual([]);
      expect((await call<{ moderationAppeals: { id: string }[] }>(secondModerator, '{ moderationAppeals { id } }')).moderationAppeals).toEqual([
        { id: filed.appealModerationDecision.id },
      ]);
      expect(await call(secondModerator, decideAppeal, { a: filed.appealModerationDecision.id, o: true })).toEqual({
        decideModerationAppeal: { status: 'OVERTURNED' },
      });
      expect((await standing(ana)).banned).toBe(false);
      expect(await notificationKinds(ana)).toContainEqual({ kind: 'MODERATION', subjectId: filed.appealModerationDecision.id });
    });

    it('refuses appeals after 20 days', async () => {
      const warning = await call<{ moderatePerson: { id: string } }>(
        moderator,
        'mutation($p: ID!) { moderatePerson(personId: $p, decision: { action: WARN, reason: "Please be kind." }) { id } }',
        { p: mentor.userId },
      );
      await dataSource.query(`UPDATE moderation_decisions SET created_at = now() - interval '21 days' WHERE id = $1`, [warning.moderatePerson.id]);
      expect(
        await codeOf(mentor, 'mutation($d: ID!) { appealModerationDecision(decisionId: $d, statement: "Late") { id } }', { d: warning.moderatePerson.id }),
      ).toBe('CONFLICT');
    });

    it('keeps moderators to the alliances they moderate; administrators act everywhere', async () => {
      const sent = await send(mentor, 'Nobody wants you here, just kill yourself');
      const found = await caseOf(sent.id);
      expect((await queue(otherAllianceModerator)).some((entry) => entry.id === found.id)).toBe(false);
      expect(await codeOf(otherAllianceModerator, 'query($c: ID!) { moderationCase(id: $c) { contentText } }', { c: found.id })).toBe('FORBIDDEN');
      expect((await decide(otherAllianceModerator, found.id, { action: 'HIDE', reason: 'x' })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(await codeOf(ben, '{ moderationQueue(first: 5) { edges { node { id } } } }')).toBe('FORBIDDEN');
      expect((await queue(moderator, { allianceId: allianceA, category: 'HARASSMENT', severity: 'HIGH' })).some((entry) => entry.id === found.id)).toBe(true);
      expect((await queue(moderator, { minAgeHours: 1 })).some((entry) => entry.id === found.id)).toBe(false);
      expect(await codeOf(moderator, 'query($a: ID) { moderationQueue(first: 5, allianceId: $a) { edges { node { id } } } }', { a: allianceB })).toBe(
        'BAD_USER_INPUT',
      );
      expect((await decide(admin, found.id, { action: 'HIDE', reason: 'Threats are not allowed.' })).data?.decideModerationCase.action).toBe('HIDE');
    });

    it('escalates reports left unhandled for 48 hours to every moderator of the alliance, once', async () => {
      const sent = await send(mentor, 'Meet me after group, I will make you regret it.');
      await call(ben, 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: HARASSMENT) { id } }', { m: sent.id });
      const found = await caseOf(sent.id);
      await dataSource.query(`UPDATE moderation_cases SET opened_at = now() - interval '49 hours' WHERE id = $1`, [found.id]);
      const jobs = app.get(JobQueue);
      await jobs.enqueue({ name: 'moderation.escalate-stale-reports', data: {} });
      for (const person of [moderator, secondModerator]) {
        await waitFor(
          () => notificationKinds(person),
          (kinds) => kinds.some((entry) => entry.kind === 'MODERATION_QUEUE' && entry.subjectId === found.id),
          'an escalation',
        );
      }
      expect((await notificationKinds(otherAllianceModerator)).some((entry) => entry.kind === 'MODERATION_QUEUE')).toBe(false);
      await jobs.enqueue({ name: 'moderation.escalate-stale-reports', data: {} });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [{ count }]: { count: string }[] = await dataSource.query(
        `SELECT count(*) FROM notifications WHERE kind = 'MODERATION_QUEUE' AND subject_ref = $1`,
        [found.id],
      );
      expect(Number(count)).toBe(2);
    });
  });

  describe('trust grows with time', () => {
    it('keeps links and direct messages beyond a new account’s connections for later, and says when', async () => {
      const newcomer = await createAccount(app, [PlatformRole.MEMBER], { newAccount: true });
      await joinAlliance(app, newcomer, coordinator, allianceA);
      await call(coordinator, 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }', { c: group, u: newcomer.userId });
      expect(await codeOf(newcomer, 'mutation($c: ID!) { sendMessage(conversationId: $c, body: "see www.example.org") { id } }', { c: group })).toBe(
        'TRUST_LIMIT',
      );
      expect(await codeOf(newcomer, 'mutation($c: ID!) { sendMessage(conversationId: $c, body: "Hello everyone") { id } }', { c: group })).toBe('ok');
      // The group is a connection; another member of the alliance is not, yet.
      expect(await codeOf(newcomer, 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', { u: ana.userId })).toBe('ok');
      expect(await codeOf(newcomer, 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', { u: moderator.userId })).toBe('TRUST_LIMIT');
      const trust = await call<{ myTrust: { current: { level: string }; nextLevelAt: string } }>(newcomer, '{ myTrust { current { level } nextLevelAt } }');
      expect(trust.myTrust.current.level).toBe('NEW');
      expect(new Date(trust.myTrust.nextLevelAt).getTime()).toBeGreaterThan(Date.now() + 2 * 86_400_000);
      await dataSource.query(`UPDATE users SET created_at = now() - interval '4 days' WHERE id = $1`, [newcomer.userId]);
      expect(await codeOf(newcomer, 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', { u: moderator.userId })).toBe('ok');
    });
  });

  describe('profiles', () => {
    it('scans a profile introduction: held for others, explained to its author', async () => {
      const updated = await call<{ updateProfileIntro: { languageSuggestions: { termId: string }[] } }>(
        mentor,
        'mutation($i: String) { updateProfileIntro(intro: $i) { languageSuggestions { termId } } }',
        { i: 'Former addict, now a mentor. Selling xans, dm for prices.' },
      );
      expect(updated.updateProfileIntro.languageSuggestions.length).toBeGreaterThan(0);
      const profile = 'query($u: ID!) { personProfile(userId: $u) { intro introHeldForReview introHeldReason } }';
      const asOther = await waitFor(
        () => call<{ personProfile: { intro: string | null; introHeldForReview: boolean } }>(ben, profile, { u: mentor.userId }),
        (found) => found.personProfile.introHeldForReview,
        'a held profile',
      );
      expect(asOther.personProfile).toEqual({ intro: null, introHeldForReview: true, introHeldReason: null });
      const own = await call<{ personProfile: { intro: string; introHeldReason: string } }>(mentor, profile, { u: mentor.userId });
      expect(own.personProfile.intro).toContain('Former addict');
      expect(own.personProfile.introHeldReason).toEqual(expect.any(String));
    });
  });

  describe('stories of hope', () => {
    const write = 'mutation($input: StoryInput!) { writeStory(input: $input) { story { id status } languageSuggestions { termId } } }';
    const readable = async (account: TestAccount) =>
      (
        await call<{ stories: { edges: { node: { id: string; encouragements: { kind: string; count: number }[] } }[] } }>(
          account,
          '{ stories(first: 50) { edges { node { id encouragements { kind count } } } } }',
        )
      ).stories.edges.map((edge) => edge.node);

    it('publishes a story to its alliance only after a moderator approves it; readers encourage', async () => {
      const { writeStory } = await call<{ writeStory: { story: { id: string; status: string }; languageSuggestions: { termId: string }[] } }>(ana, write, {
        input: { title: 'A year of mornings', body: 'When I was an addict, mornings were the worst. Today I walk to work.', allianceId: allianceA },
      });
      expect(writeStory.story.status).toBe('PENDING_REVIEW');
      expect(writeStory.languageSuggestions.length).toBeGreaterThan(0);
      expect((await readable(ben)).some((story) => story.id === writeStory.story.id)).toBe(false);
      expect(await codeOf(ben, 'mutation($s: ID!) { encourageStory(storyId: $s, kind: HEART) { id } }', { s: writeStory.story.id })).toBe('NOT_FOUND');
      expect(await codeOf(otherAllianceModerator, 'mutation($s: ID!) { reviewStory(storyId: $s, approve: true) { status } }', { s: writeStory.story.id })).toBe(
        'FORBIDDEN',
      );
      const forReview = await call<{ storiesForReview: { id: string }[] }>(moderator, '{ storiesForReview { id } }');
      expect(forReview.storiesForReview.map((story) => story.id)).toContain(writeStory.story.id);
      expect(await call(moderator, 'mutation($s: ID!) { reviewStory(storyId: $s, approve: true) { status } }', { s: writeStory.story.id })).toEqual({
        reviewStory: { status: 'PUBLISHED' },
      });
      await call(ben, 'mutation($s: ID!) { encourageStory(storyId: $s, kind: HEART) { id } }', { s: writeStory.story.id });
      await call(ben, 'mutation($s: ID!) { encourageStory(storyId: $s, kind: HEART) { id } }', { s: writeStory.story.id });
      expect((await readable(ben)).find((story) => story.id === writeStory.story.id)?.encouragements).toEqual([{ kind: 'HEART', count: 1 }]);
      // Someone outside the alliance does not see it.
      expect((await readable(otherAllianceModerator)).some((story) => story.id === writeStory.story.id)).toBe(false);
    });

    it('does not publish a story held by automatic moderation', async () => {
      const { writeStory } = await call<{ writeStory: { story: { id: string } } }>(ben, write, {
        input: { title: 'Deals', body: 'selling xans and oxys this week, dm for prices and delivery', allianceId: allianceA },
      });
      await caseOf(writeStory.story.id);
      expect(await codeOf(moderator, 'mutation($s: ID!) { reviewStory(storyId: $s, approve: true) { status } }', { s: writeStory.story.id })).toBe('CONFLICT');
      expect(
        await call(moderator, 'mutation($s: ID!) { reviewStory(storyId: $s, approve: false, note: "Dealing is not allowed.") { status } }', {
          s: writeStory.story.id,
        }),
      ).toEqual({
        reviewStory: { status: 'DECLINED' },
      });
    });
  });
});
