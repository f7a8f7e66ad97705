import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { post } from '@kindred/test-support/api-client';
import {
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  signedInOnly,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { startTestApi } from '@kindred/test-support/test-api';

const refusedBut = (...allowed: Persona[]): Record<Persona, Outcome> => ({
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHENTICATED',
  ...Object.fromEntries(allowed.map((persona) => [persona, 'allowed'])),
});
/** The moderator of alliance A, and administrators. */
const moderatorsOnly = refusedBut('moderator', 'admin');

/**
 * Who may do what in moderation. The member and the mentor belong to alliance A, which
 * `coordinator` runs and `moderator` moderates; the mentor reported the member's message in
 * their direct conversation. `coordinatorOfAnotherAlliance` runs alliance B.
 */
describe('authorization matrix: moderation, crisis support and stories', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  const ids = { allianceA: '', message: '', case: '', supportCall: '' };

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(app, query, variables, token);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('moderation-matrix'));
    personas = await createPersonas(app);
    ids.allianceA = await allianceRunBy(app, personas.admin, personas.coordinator, 'Moderation matrix A');
    await allianceRunBy(app, personas.admin, personas.coordinatorOfAnotherAlliance, 'Moderation matrix B');
    // Moderators come from the alliance's own people: the moderator is also a member of A.
    await app.get(DataSource).query(`UPDATE users SET roles = roles || '{MEMBER}' WHERE id = $1`, [personas.moderator.userId]);
    for (const persona of [personas.member, personas.otherMember, personas.mentor, personas.moderator]) {
      await joinAlliance(app, persona, personas.coordinator, ids.allianceA);
    }
    await as(personas.coordinator.accessToken, 'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }', {
      a: ids.allianceA,
      u: personas.moderator.userId,
    });
    const direct = (
      await as<{ startDirectConversation: { id: string } }>(
        personas.member.accessToken,
        'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }',
        {
          u: personas.mentor.userId,
        },
      )
    ).startDirectConversation.id;
    ids.message = (
      await as<{ sendMessage: { id: string } }>(
        personas.member.accessToken,
        'mutation($c: ID!) { sendMessage(conversationId: $c, body: "You never listen.") { id } }',
        {
          c: direct,
        },
      )
    ).sendMessage.id;
    await as(personas.mentor.accessToken, 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: HARASSMENT) { id } }', { m: ids.message });
    const { moderationQueue } = await as<{ moderationQueue: { edges: { node: { id: string } }[] } }>(
      personas.moderator.accessToken,
      '{ moderationQueue(first: 5) { edges { node { id } } } }',
    );
    ids.case = moderationQueue.edges[0]!.node.id;
    ids.supportCall = (
      await as<{ requestSupportNow: { id: string } }>(personas.member.accessToken, 'mutation { requestSupportNow { id } }')
    ).requestSupportNow.id;
  });

  afterAll(() => stop());

  const rows = (): MatrixRow[] => [
    { operation: 'moderationQueue', request: { query: '{ moderationQueue(first: 5) { edges { node { id } } } }' }, expect: moderatorsOnly },
    {
      // The MODERATOR role alone is not enough: only a moderator of the case's alliance reads it.
      operation: 'moderationCase (in alliance A)',
      request: () => ({ query: 'query($c: ID!) { moderationCase(id: $c) { contentText } }', variables: { c: ids.case } }),
      expect: moderatorsOnly,
    },
    {
      operation: 'moderatePerson (warn the other member)',
      request: (_persona, people) => ({
        query: 'mutation($p: ID!) { moderatePerson(personId: $p, decision: { action: WARN, reason: "Please be kind." }) { id } }',
        variables: { p: people.otherMember.userId },
      }),
      expect: moderatorsOnly,
    },
    {
      operation: 'moderateContent (restore the member’s message)',
      request: () => ({
        query: 'mutation($m: ID!) { moderateContent(kind: MESSAGE, contentId: $m, decision: { action: RESTORE, reason: "Fine." }) { id } }',
        variables: { m: ids.message },
      }),
      expect: moderatorsOnly,
    },
    { operation: 'moderationAppeals', request: { query: '{ moderationAppeals { id } }' }, expect: moderatorsOnly },
    { operation: 'storiesForReview', request: { query: '{ storiesForReview { id } }' }, expect: moderatorsOnly },
    {
      // Only people who can see the message may report it; its author may not report themself.
      operation: 'reportContent (the member’s message)',
      request: () => ({ query: 'mutation($m: ID!) { reportContent(kind: MESSAGE, contentId: $m, reason: SPAM) { id } }', variables: { m: ids.message } }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', mentor: 'allowed', member: 'BAD_USER_INPUT' },
    },
    {
      operation: 'reportPerson (the member)',
      request: (_persona, people) => ({
        query: 'mutation($p: ID!) { reportPerson(personId: $p, reason: OTHER) { id } }',
        variables: { p: people.member.userId },
      }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', mentor: 'allowed', member: 'BAD_USER_INPUT' },
    },
    {
      operation: 'allianceModerators (alliance A)',
      request: () => ({ query: 'query($a: ID!) { allianceModerators(allianceId: $a) { userId } }', variables: { a: ids.allianceA } }),
      expect: refusedBut('coordinator', 'moderator', 'admin'),
    },
    {
      operation: 'writeStory (to everyone)',
      request: (persona) => ({
        query: 'mutation($input: StoryInput!) { writeStory(input: $input) { story { id } } }',
        variables: { input: { title: `From ${persona}`, body: 'Two years ago I could not imagine this morning.' } },
      }),
      // Members and mentors write stories; this moderator is a member of A too.
      expect: refusedBut('member', 'otherMember', 'mentor', 'moderator'),
    },
    { operation: 'stories', request: { query: '{ stories(first: 5) { edges { node { id } } } }' }, expect: signedInOnly },
    { operation: 'myStories', request: { query: '{ myStories { id } }' }, expect: signedInOnly },
    { operation: 'publicStories', request: { query: '{ publicStories(first: 3) { edges { node { id } } } }' }, expect: everyone('allowed') },
    { operation: 'myModerationReports', request: { query: '{ myModerationReports { id } }' }, expect: signedInOnly },
    { operation: 'myModerationDecisions', request: { query: '{ myModerationDecisions { id } }' }, expect: signedInOnly },
    { operation: 'crisisSupport', request: { query: '{ crisisSupport { message platformLines { phone } } }' }, expect: everyone('allowed') },
    {
      operation: 'crisisSupport (an alliance’s lines)',
      request: () => ({
        query: 'query($a: String!) { crisisSupport(allianceId: $a) { allianceLines { allianceId resources { phone } } } }',
        variables: { a: ids.allianceA },
      }),
      expect: everyone('allowed'),
    },
    { operation: 'myCrisisAlerts', request: { query: '{ myCrisisAlerts { id } }' }, expect: signedInOnly },
    { operation: 'myCrisisAlertConsent', request: { query: '{ myCrisisAlertConsent }' }, expect: signedInOnly },
    { operation: 'mySupportNowSetup', request: { query: '{ mySupportNowSetup { reachOnCall } }' }, expect: signedInOnly },
    {
      // Only one's own mentor or circle can be chosen: nobody here is the other member's.
      operation: 'chooseSupportResponder (the other member)',
      request: (_persona, people) => ({
        query: 'mutation($u: ID!) { chooseSupportResponder(userId: $u) { reachOnCall } }',
        variables: { u: people.otherMember.userId },
      }),
      expect: { ...everyone('BAD_USER_INPUT'), anonymous: 'UNAUTHENTICATED' },
    },
    {
      operation: 'removeSupportResponder (someone not chosen)',
      request: (_persona, people) => ({
        query: 'mutation($u: ID!) { removeSupportResponder(userId: $u) { reachOnCall } }',
        variables: { u: people.otherMember.userId },
      }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED' },
    },
    {
      operation: 'setSupportNowReachOnCall',
      request: { query: 'mutation { setSupportNowReachOnCall(reachOnCall: false) { reachOnCall } }' },
      expect: signedInOnly,
    },
    {
      // Nobody chose anyone here, so there is no ask to answer, whoever tries.
      operation: 'answerSupportResponderAsk (the member’s, never asked)',
      request: (_persona, people) => ({
        query: 'mutation($m: ID!) { answerSupportResponderAsk(memberId: $m, consent: true) { reachOnCall } }',
        variables: { m: people.member.userId },
      }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED' },
    },
    { operation: 'requestSupportNow', request: { query: 'mutation { requestSupportNow { id } }' }, expect: signedInOnly },
    { operation: 'myOpenSupportRequest', request: { query: '{ myOpenSupportRequest { id } }' }, expect: signedInOnly },
    { operation: 'supportRequestsForMe', request: { query: '{ supportRequestsForMe { id } }' }, expect: signedInOnly },
    {
      // The member's call alerted nobody (no responder agreed): it exists for the member alone.
      operation: 'supportRequest (the member’s call)',
      request: () => ({ query: 'query($id: ID!) { supportRequest(id: $id) { status } }', variables: { id: ids.supportCall } }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed' },
    },
    {
      operation: 'answerSupportRequest (the member’s call)',
      request: () => ({ query: 'mutation($id: ID!) { answerSupportRequest(id: $id) { status } }', variables: { id: ids.supportCall } }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED' },
    },
    {
      operation: 'closeSupportRequest (the member’s call)',
      request: () => ({ query: 'mutation($id: ID!) { closeSupportRequest(id: $id) { status } }', variables: { id: ids.supportCall } }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed' },
    },
    { operation: 'myOnCallRotas', request: { query: '{ myOnCallRotas { allianceId } }' }, expect: signedInOnly },
    {
      operation: 'onCallRota (alliance A)',
      request: () => ({ query: 'query($a: ID!) { onCallRota(allianceId: $a) { timeZone } }', variables: { a: ids.allianceA } }),
      expect: refusedBut('coordinator'),
    },
    {
      operation: 'setOnCallTimeZone (alliance A)',
      request: () => ({
        query: 'mutation($a: ID!) { setOnCallTimeZone(allianceId: $a, timeZone: "Europe/London") { timeZone } }',
        variables: { a: ids.allianceA },
      }),
      expect: refusedBut('coordinator'),
    },
    {
      // The mentor is not vetted in A: the coordinator is told so; nobody else gets that far.
      operation: 'addOnCallShift (alliance A, a peer not vetted)',
      request: (_persona, people) => ({
        query: 'mutation($a: ID!, $p: ID!) { addOnCallShift(allianceId: $a, peerId: $p, weekday: 0, startsAt: "18:00", endsAt: "23:00") { allianceId } }',
        variables: { a: ids.allianceA, p: people.mentor.userId },
      }),
      expect: { ...refusedBut(), coordinator: 'BAD_USER_INPUT' },
    },
    {
      // An unknown shift belongs to no alliance, so nobody coordinates it.
      operation: 'removeOnCallShift (unknown)',
      request: { query: 'mutation { removeOnCallShift(shiftId: "00000000-0000-4000-8000-000000000000") { allianceId } }' },
      expect: refusedBut(),
    },
    { operation: 'myAccountStanding', request: { query: '{ myAccountStanding { mayPost } }' }, expect: signedInOnly },
    { operation: 'myTrust', request: { query: '{ myTrust { current { level } } }' }, expect: signedInOnly },
    { operation: 'trustLevels', request: { query: '{ trustLevels { level } }' }, expect: signedInOnly },
    { operation: 'languageCheck', request: { query: '{ languageCheck(text: "He is an addict") { termId } }' }, expect: signedInOnly },
    { operation: 'mySelfDescriptionNudges', request: { query: '{ mySelfDescriptionNudges }' }, expect: signedInOnly },
    {
      operation: 'personProfile (the member)',
      request: (_persona, people) => ({ query: 'query($u: ID!) { personProfile(userId: $u) { displayName } }', variables: { u: people.member.userId } }),
      expect: signedInOnly,
    },
    {
      // Last: the appointment makes the mentor a moderator for any row after it.
      operation: 'appointModerator (alliance A)',
      request: (_persona, people) => ({
        query: 'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }',
        variables: { a: ids.allianceA, u: people.mentor.userId },
      }),
      expect: refusedBut('coordinator', 'admin'),
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });
});
