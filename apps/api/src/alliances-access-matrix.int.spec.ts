import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createAccount, post } from '@kindred/test-support/api-client';
import {
  adminOnly,
  coordinatorOnly,
  coordinatorOrAdmin,
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  signedInOnly,
  type MatrixRow,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { startTestApi } from '@kindred/test-support/test-api';

const ALLIANCE_INPUT = (name: string) => ({
  name,
  region: 'Auvergne-Rhône-Alpes',
  city: 'Lyon',
  postcodePrefixes: ['690'],
  languages: ['fr', 'en'],
  currency: 'EUR',
  crisisResources: [{ name: 'Drogues Info Service', phone: '0800 23 13 13', hours: '8h–2h, 7 days', languages: ['fr'] }],
  partnerOrganisations: [],
});

const MENTOR_APPLICATION = {
  livedExperienceSummary: 'Eight years in recovery after a long time using opioids; I know what the first months feel like.',
  pathways: ['MEDICATION_ASSISTED'],
  yearsInRecovery: 8,
  languages: ['fr'],
  focusDomains: ['PEER_SUPPORT'],
  availability: [{ day: 'TUESDAY', start: '18:00', end: '20:00' }],
  maxMentees: 3,
  trainingCompleted: ['Peer support basics'],
};

/**
 * Who may do what in alliances. `coordinator` runs alliance A (the one under test);
 * `coordinatorOfAnotherAlliance` runs alliance B and must neither see nor act on A's people.
 */
describe('authorization matrix: alliances and mentor vetting', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  const ids = { allianceA: '', allianceB: '', pendingMembership: '', pendingApplication: '', pendingMembershipForAdmin: '', pendingApplicationForAdmin: '' };

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(app, query, variables, token);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('alliances-matrix'));
    personas = await createPersonas(app);
    const admin = personas.admin.accessToken;
    const create = 'mutation($input: AllianceInput!) { createAlliance(input: $input) { id } }';
    ids.allianceA = (await as<{ createAlliance: { id: string } }>(admin, create, { input: ALLIANCE_INPUT('Alliance A') })).createAlliance.id;
    ids.allianceB = (await as<{ createAlliance: { id: string } }>(admin, create, { input: ALLIANCE_INPUT('Alliance B') })).createAlliance.id;
    const appoint = 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }';
    await as(admin, appoint, { a: ids.allianceA, u: personas.coordinator.userId });
    await as(admin, appoint, { a: ids.allianceB, u: personas.coordinatorOfAnotherAlliance.userId });

    // The member belongs to A; the mentor joined A too and has an application waiting there.
    const join = 'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }';
    const decide = 'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }';
    for (const persona of [personas.member, personas.mentor]) {
      const { requestToJoinAlliance } = await as<{ requestToJoinAlliance: { id: string } }>(persona.accessToken, join, { a: ids.allianceA });
      await as(personas.coordinator.accessToken, decide, { m: requestToJoinAlliance.id });
    }
    ids.pendingMembership = (
      await as<{ requestToJoinAlliance: { id: string } }>(personas.otherMember.accessToken, join, { a: ids.allianceA })
    ).requestToJoinAlliance.id;
    const apply = 'mutation($a: ID!, $input: MentorApplicationInput!) { applyToMentor(allianceId: $a, input: $input) { id } }';
    ids.pendingApplication = (
      await as<{ applyToMentor: { id: string } }>(personas.mentor.accessToken, apply, { a: ids.allianceA, input: MENTOR_APPLICATION })
    ).applyToMentor.id;

    // Administrators decide too (what a coordinator cannot decide about themselves): requests of their own to try it on.
    const [joiner, applicant] = await Promise.all([createAccount(app), createAccount(app)]);
    ids.pendingMembershipForAdmin = (
      await as<{ requestToJoinAlliance: { id: string } }>(joiner.accessToken, join, { a: ids.allianceA })
    ).requestToJoinAlliance.id;
    const { requestToJoinAlliance } = await as<{ requestToJoinAlliance: { id: string } }>(applicant.accessToken, join, { a: ids.allianceA });
    await as(personas.coordinator.accessToken, decide, { m: requestToJoinAlliance.id });
    ids.pendingApplicationForAdmin = (
      await as<{ applyToMentor: { id: string } }>(applicant.accessToken, apply, { a: ids.allianceA, input: MENTOR_APPLICATION })
    ).applyToMentor.id;
  });

  afterAll(() => stop());

  const rows = (): MatrixRow[] => [
    { operation: 'alliances (search)', request: { query: '{ alliances(first: 5, city: "Lyon") { edges { node { id } } } }' }, expect: everyone('allowed') },
    {
      operation: 'alliance (public page)',
      request: () => ({ query: 'query($a: ID!) { alliance(allianceId: $a) { name crisisResources { phone } } }', variables: { a: ids.allianceA } }),
      expect: everyone('allowed'),
    },
    {
      operation: 'allianceResources',
      request: () => ({ query: 'query($a: ID!) { allianceResources(allianceId: $a) { id } }', variables: { a: ids.allianceA } }),
      expect: signedInOnly,
    },
    {
      operation: 'createAlliance',
      request: (as) => ({
        query: 'mutation($input: AllianceInput!) { createAlliance(input: $input) { id } }',
        variables: { input: ALLIANCE_INPUT(`Alliance made by ${as}`) },
      }),
      expect: adminOnly,
    },
    {
      operation: 'appointCoordinator',
      request: (_as, people) => ({
        query: 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }',
        variables: { a: ids.allianceB, u: people.moderator.userId },
      }),
      expect: adminOnly,
    },
    {
      operation: 'updateAlliance (A)',
      request: () => ({
        query: 'mutation($a: ID!, $input: AllianceInput!) { updateAlliance(allianceId: $a, input: $input) { id } }',
        variables: { a: ids.allianceA, input: ALLIANCE_INPUT('Alliance A') },
      }),
      expect: coordinatorOnly,
    },
    {
      operation: 'setMentorPlacesLimit (A)',
      request: () => ({ query: 'mutation($a: ID!) { setMentorPlacesLimit(allianceId: $a, limit: 4) { mentorPlacesLimit } }', variables: { a: ids.allianceA } }),
      expect: coordinatorOnly,
    },
    {
      operation: 'allianceMembers (A)',
      request: () => ({
        query: 'query($a: ID!) { allianceMembers(allianceId: $a, first: 10) { edges { node { personDisplayName } } } }',
        variables: { a: ids.allianceA },
      }),
      expect: coordinatorOrAdmin,
    },
    {
      operation: 'allianceCoordinators (A)',
      request: () => ({ query: 'query($a: ID!) { allianceCoordinators(allianceId: $a) { userId displayName appointedAt } }', variables: { a: ids.allianceA } }),
      expect: coordinatorOrAdmin,
    },
    {
      operation: 'addAllianceResource (A)',
      request: () => ({
        query: 'mutation($a: ID!) { addAllianceResource(allianceId: $a, input: { kind: DROP_IN_CENTRE, name: "Le Local" }) { id } }',
        variables: { a: ids.allianceA },
      }),
      expect: coordinatorOnly,
    },
    {
      operation: 'mentorApplications (A)',
      request: () => ({
        query: 'query($a: ID!) { mentorApplications(allianceId: $a, first: 5) { edges { node { livedExperienceSummary } } } }',
        variables: { a: ids.allianceA },
      }),
      expect: coordinatorOrAdmin,
    },
    {
      operation: 'decideMembership (a request to join A)',
      request: (as) => ({
        query: 'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }',
        variables: { m: as === 'admin' ? ids.pendingMembershipForAdmin : ids.pendingMembership },
      }),
      expect: coordinatorOrAdmin,
    },
    {
      operation: 'decideMentorApplication (an application in A)',
      request: (as) => ({
        query: 'mutation($id: ID!) { decideMentorApplication(applicationId: $id, decision: APPROVE) { status } }',
        variables: { id: as === 'admin' ? ids.pendingApplicationForAdmin : ids.pendingApplication },
      }),
      expect: coordinatorOrAdmin,
    },
    { operation: 'myAllianceMemberships', request: { query: '{ myAllianceMemberships { id } }' }, expect: signedInOnly },
    { operation: 'myMentorApplications', request: { query: '{ myMentorApplications { id } }' }, expect: signedInOnly },
    { operation: 'myCoordinatedAlliances', request: { query: '{ myCoordinatedAlliances { id } }' }, expect: signedInOnly },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });
});
