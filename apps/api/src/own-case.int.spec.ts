import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PlatformRole } from '@kindred/core';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { callAs, codeAs, createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';

const MENTOR_APPLICATION = {
  livedExperienceSummary: 'Nine years in recovery; I remember how long the first winter felt, and I like to walk beside people through it.',
  pathways: ['HARM_REDUCTION'],
  yearsInRecovery: 9,
  languages: ['en'],
  focusDomains: ['PEER_SUPPORT'],
  availability: [],
  maxMentees: 3,
  trainingCompleted: ['safeguarding'],
};

const JOIN = 'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }';
const DECIDE_MEMBERSHIP = 'mutation($m: ID!, $d: MembershipDecision!, $r: String) { decideMembership(membershipId: $m, decision: $d, reason: $r) { status } }';
const DECIDE_APPLICATION =
  'mutation($i: ID!, $d: MentorApplicationDecision!, $m: String) { decideMentorApplication(applicationId: $i, decision: $d, message: $m) { status } }';
const CHANGE_VETTING = 'mutation($i: ID!, $a: VettingAction!, $r: String) { changeMentorVetting(applicationId: $i, action: $a, reason: $r) { status } }';
const DECIDE_CASE = 'mutation($c: ID!, $d: ModerationDecisionInput!) { decideModerationCase(caseId: $c, decision: $d) { id action } }';
const REPORT_MESSAGE = 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: HARASSMENT) { id } }';
const SEND = 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }';

/**
 * Nobody decides their own case: a coordinator never decides their own request to join or
 * their own mentor vetting, a moderator never decides a case about themselves, their writing,
 * one they reported or an appeal they are party to, and an administrator never changes their
 * own roles or appointments. Each refusal is OWN_CASE and says who decides instead, and that
 * person can.
 */
describe('nobody decides their own case', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let admin: TestAccount;
  let coordinator: TestAccount;
  let coCoordinator: TestAccount;
  let soleCoordinator: TestAccount;
  let ana: TestAccount;
  let moderator: TestAccount;
  let secondModerator: TestAccount;
  let allianceA = '';
  let allianceB = '';
  let group = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const refusal = async (account: TestAccount, query: string, variables: Record<string, unknown> = {}) => {
    const body = await post(app, query, variables, account.accessToken);
    return { code: body.errors?.[0]?.extensions?.['code'], message: body.errors?.[0]?.message };
  };
  const rolesOf = async (account: TestAccount): Promise<string[]> =>
    ((await dataSource.query(`SELECT roles FROM users WHERE id = $1`, [account.userId])) as { roles: string[] }[])[0]!.roles;
  const send = async (account: TestAccount, body: string): Promise<string> =>
    (await call<{ sendMessage: { id: string } }>(account, SEND, { c: group, b: body })).sendMessage.id;
  const caseAbout = async (subjectId: string): Promise<string> =>
    ((await dataSource.query(`SELECT id FROM moderation_cases WHERE subject_ref = $1 AND status = 'OPEN'`, [subjectId])) as { id: string }[])[0]!.id;
  const queueOf = async (account: TestAccount): Promise<string[]> =>
    (
      await call<{ moderationQueue: { edges: { node: { id: string } }[] } }>(account, '{ moderationQueue(first: 100) { edges { node { id } } } }')
    ).moderationQueue.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('own-case'));
    dataSource = app.get(DataSource);
    admin = await createAccount(app, [PlatformRole.ADMIN]);
    [coordinator, coCoordinator, soleCoordinator, ana, moderator, secondModerator] = await Promise.all([
      createAccount(app),
      createAccount(app),
      createAccount(app),
      createAccount(app),
      createAccount(app),
      createAccount(app),
    ]);
    allianceA = await allianceRunBy(app, admin, coordinator, 'Own Case A', { languages: ['en'] });
    await call(admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', { a: allianceA, u: coCoordinator.userId });
    allianceB = await allianceRunBy(app, admin, soleCoordinator, 'Own Case B', { languages: ['en'] });
    for (const person of [ana, moderator, secondModerator]) await joinAlliance(app, person, coordinator, allianceA);
    const appoint = 'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }';
    await call(coordinator, appoint, { a: allianceA, u: moderator.userId });
    await call(coordinator, appoint, { a: allianceA, u: secondModerator.userId });
    group = (
      await call<{ createAllianceGroup: { id: string } }>(
        coordinator,
        'mutation($a: ID!) { createAllianceGroup(allianceId: $a, title: "Tuesday evening") { id } }',
        { a: allianceA },
      )
    ).createAllianceGroup.id;
    for (const person of [ana, moderator]) {
      await call(coordinator, 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }', { c: group, u: person.userId });
    }
  });

  afterAll(() => stop());

  it('a coordinator’s own request to join is decided by another coordinator, or an administrator where there is none', async () => {
    const own = (await call<{ requestToJoinAlliance: { id: string } }>(coordinator, JOIN, { a: allianceA })).requestToJoinAlliance.id;
    expect(await refusal(coordinator, DECIDE_MEMBERSHIP, { m: own, d: 'APPROVE' })).toEqual({
      code: 'OWN_CASE',
      message: 'You can’t decide your own request to join; another coordinator or an administrator will.',
    });
    expect(await codeOf(coordinator, DECIDE_MEMBERSHIP, { m: own, d: 'DECLINE', r: 'Changed my mind.' })).toBe('OWN_CASE');
    expect(await call(coCoordinator, DECIDE_MEMBERSHIP, { m: own, d: 'APPROVE' })).toEqual({ decideMembership: { status: 'ACTIVE' } });

    // Alone in alliance B, its coordinator’s request waits for an administrator.
    const alone = (await call<{ requestToJoinAlliance: { id: string } }>(soleCoordinator, JOIN, { a: allianceB })).requestToJoinAlliance.id;
    expect(await codeOf(soleCoordinator, DECIDE_MEMBERSHIP, { m: alone, d: 'APPROVE' })).toBe('OWN_CASE');
    expect(await call(admin, DECIDE_MEMBERSHIP, { m: alone, d: 'APPROVE' })).toEqual({ decideMembership: { status: 'ACTIVE' } });
  });

  it('a coordinator never vets, pauses, resumes or withdraws their own mentoring, and gains no mentor role by trying', async () => {
    const applied = (
      await call<{ applyToMentor: { id: string } }>(
        coordinator,
        'mutation($a: ID!, $input: MentorApplicationInput!) { applyToMentor(allianceId: $a, input: $input) { id } }',
        {
          a: allianceA,
          input: MENTOR_APPLICATION,
        },
      )
    ).applyToMentor.id;
    expect(await refusal(coordinator, DECIDE_APPLICATION, { i: applied, d: 'APPROVE' })).toEqual({
      code: 'OWN_CASE',
      message: 'You can’t approve your own application to mentor; another coordinator or an administrator will.',
    });
    expect(await codeOf(coordinator, DECIDE_APPLICATION, { i: applied, d: 'REQUEST_CHANGES', m: 'Say more.' })).toBe('OWN_CASE');
    expect(await codeOf(coordinator, DECIDE_APPLICATION, { i: applied, d: 'DECLINE', m: 'Not now.' })).toBe('OWN_CASE');
    expect(await rolesOf(coordinator)).not.toContain('PEER_MENTOR');

    expect(await call(coCoordinator, DECIDE_APPLICATION, { i: applied, d: 'APPROVE' })).toEqual({ decideMentorApplication: { status: 'VETTED' } });
    expect(await rolesOf(coordinator)).toContain('PEER_MENTOR');
    expect(await codeOf(coordinator, CHANGE_VETTING, { i: applied, a: 'PAUSE', r: 'A break.' })).toBe('OWN_CASE');
    expect(await call(coCoordinator, CHANGE_VETTING, { i: applied, a: 'PAUSE', r: 'A short break agreed together.' })).toEqual({
      changeMentorVetting: { status: 'PAUSED' },
    });
    expect(await codeOf(coordinator, CHANGE_VETTING, { i: applied, a: 'RESUME' })).toBe('OWN_CASE');
    expect(await call(admin, CHANGE_VETTING, { i: applied, a: 'RESUME' })).toEqual({ changeMentorVetting: { status: 'VETTED' } });
    expect(await codeOf(coordinator, CHANGE_VETTING, { i: applied, a: 'WITHDRAW', r: 'Stepping back.' })).toBe('OWN_CASE');
  });

  it('a coordinator who mentors leaves requests for help and reports about their own mentorships to another coordinator', async () => {
    const mentorship = (
      await call<{ requestMentorship: { id: string } }>(ana, 'mutation($m: ID!) { requestMentorship(mentorId: $m) { id } }', { m: coordinator.userId })
    ).requestMentorship.id;
    await call(coordinator, 'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { id } }', { m: mentorship });
    await call(ana, 'mutation($m: ID!) { askCoordinatorForHelp(mentorshipId: $m) { ok } }', { m: mentorship });
    await call(ana, 'mutation($m: ID!) { reportMentor(mentorshipId: $m, reason: INACTIVE) { ok } }', { m: mentorship });

    const HELP = 'query($a: ID!) { mentorshipHelpRequests(allianceId: $a) { mentorshipId } }';
    const REPORTS = 'query($a: ID!) { mentorReports(allianceId: $a) { mentorId } }';
    const RESOLVE = 'mutation($m: ID!) { resolveMentorshipHelp(mentorshipId: $m) { ok } }';
    expect(await call(coordinator, HELP, { a: allianceA })).toEqual({ mentorshipHelpRequests: [] });
    expect(await call(coordinator, REPORTS, { a: allianceA })).toEqual({ mentorReports: [] });
    expect(await codeOf(coordinator, RESOLVE, { m: mentorship })).toBe('OWN_CASE');
    expect(await call(coCoordinator, HELP, { a: allianceA })).toEqual({ mentorshipHelpRequests: [{ mentorshipId: mentorship }] });
    expect(await call(coCoordinator, REPORTS, { a: allianceA })).toEqual({ mentorReports: [{ mentorId: coordinator.userId }] });
    expect(await call(coCoordinator, RESOLVE, { m: mentorship })).toEqual({ resolveMentorshipHelp: { ok: true } });
  });

  it('a moderator never decides or reads as moderator a case they reported, and another moderator does', async () => {
    const message = await send(ana, 'You are pathetic and nobody wants you in this group.');
    await call(moderator, REPORT_MESSAGE, { m: message });
    const reported = await caseAbout(message);
    expect(await queueOf(moderator)).not.toContain(reported);
    expect(await queueOf(secondModerator)).toContain(reported);
    expect(await refusal(moderator, 'query($c: ID!) { moderationCase(id: $c) { contentText } }', { c: reported })).toEqual({
      code: 'OWN_CASE',
      message: 'You can’t moderate a case about you or one you reported; another moderator will.',
    });
    expect(await codeOf(moderator, DECIDE_CASE, { c: reported, d: { action: 'HIDE', reason: 'Insults.' } })).toBe('OWN_CASE');
    expect(await call(secondModerator, DECIDE_CASE, { c: reported, d: { action: 'HIDE', reason: 'Insults are not allowed here.' } })).toMatchObject({
      decideModerationCase: { action: 'HIDE' },
    });
  });

  it('a moderator never decides about themselves or their writing, never undoes a decision about them, and never settles an appeal they are party to', async () => {
    const own = await send(moderator, 'Honestly you are all idiots.');
    await call(ana, REPORT_MESSAGE, { m: own });
    const aboutThem = await caseAbout(own);
    expect(await queueOf(moderator)).not.toContain(aboutThem);
    expect(await codeOf(moderator, DECIDE_CASE, { c: aboutThem, d: { action: 'DISMISS', reason: 'Fine.' } })).toBe('OWN_CASE');
    expect(
      await codeOf(moderator, 'mutation($m: ID!) { moderateContent(kind: MESSAGE, contentId: $m, decision: { action: RESTORE, reason: "Fine." }) { id } }', {
        m: own,
      }),
    ).toBe('OWN_CASE');
    const aboutPerson =
      'mutation($p: ID!, $a: ModerationAction!) { moderatePerson(personId: $p, decision: { action: $a, reason: "A reminder to be kind." }) { id } }';
    expect(await codeOf(moderator, aboutPerson, { p: moderator.userId, a: 'WARN' })).toBe('OWN_CASE');

    const warning = (await call<{ moderatePerson: { id: string } }>(secondModerator, aboutPerson, { p: moderator.userId, a: 'WARN' })).moderatePerson.id;
    expect(await codeOf(moderator, 'mutation($d: ID!) { reverseModerationDecision(decisionId: $d, reason: "Not fair.") { id } }', { d: warning })).toBe(
      'OWN_CASE',
    );

    const appeal = (
      await call<{ appealModerationDecision: { id: string } }>(
        moderator,
        'mutation($d: ID!) { appealModerationDecision(decisionId: $d, statement: "I was upset and said so.") { id } }',
        {
          d: warning,
        },
      )
    ).appealModerationDecision.id;
    const DECIDE_APPEAL = 'mutation($a: ID!) { decideModerationAppeal(appealId: $a, overturn: true, note: "We looked again.") { status } }';
    expect(await refusal(moderator, DECIDE_APPEAL, { a: appeal })).toEqual({
      code: 'OWN_CASE',
      message: 'You can’t decide your own appeal; another moderator will.',
    });
    expect(await refusal(secondModerator, DECIDE_APPEAL, { a: appeal })).toEqual({
      code: 'OWN_CASE',
      message: 'You can’t decide an appeal against your own decision; another moderator will.',
    });
    expect(await call(admin, DECIDE_APPEAL, { a: appeal })).toEqual({ decideModerationAppeal: { status: 'OVERTURNED' } });
  });

  it('a moderator never reviews their own story', async () => {
    const story = (
      await call<{ writeStory: { story: { id: string } } }>(
        moderator,
        'mutation($a: ID) { writeStory(input: { title: "A year on", body: "A year ago I could not imagine a quiet morning like this one.", allianceId: $a }) { story { id } } }',
        {
          a: allianceA,
        },
      )
    ).writeStory.story.id;
    expect(await codeOf(moderator, 'mutation($s: ID!) { reviewStory(storyId: $s, approve: true) { id } }', { s: story })).toBe('OWN_CASE');
  });

  it('nobody appoints themselves or changes their own roles: another administrator or coordinator does', async () => {
    const cases: [TestAccount, string, Record<string, unknown>][] = [
      [admin, 'mutation($u: ID!) { grantRole(userId: $u, role: MODERATOR) { id } }', { u: admin.userId }],
      [admin, 'mutation($u: ID!) { revokeRole(userId: $u, role: ADMIN) { id } }', { u: admin.userId }],
      [admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', { a: allianceA, u: admin.userId }],
      [admin, 'mutation($a: ID!, $u: ID!) { removeCoordinator(allianceId: $a, userId: $u) { id } }', { a: allianceB, u: admin.userId }],
      [coordinator, 'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }', { a: allianceA, u: coordinator.userId }],
      [moderator, 'mutation($a: ID!, $u: ID!) { removeModerator(allianceId: $a, userId: $u) { userId } }', { a: allianceA, u: moderator.userId }],
    ];
    // The moderator may not manage moderators at all; give them the coordinator's standing for the last case.
    await call(admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', { a: allianceA, u: moderator.userId });
    for (const [account, query, variables] of cases) expect({ query, code: await codeOf(account, query, variables) }).toEqual({ query, code: 'OWN_CASE' });
    expect(await refusal(admin, cases[0]![1], cases[0]![2])).toEqual({
      code: 'OWN_CASE',
      message: 'You can’t change your own roles; another administrator will.',
    });
    expect(await rolesOf(admin)).toEqual(['ADMIN']);
    expect(await rolesOf(coordinator)).not.toContain('MODERATOR');
  });
});
