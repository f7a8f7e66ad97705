import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { post } from '@kindred/test-support/api-client';
import {
  coordinatorOnly,
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  sharingEndedForSupporter,
  signedInOnly,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { allianceRunBy } from '@kindred/test-support/alliance-fixtures';
import { startTestApi } from '@kindred/test-support/test-api';

/** People with the MEMBER role have a circle; everyone else signed in is refused. */
const membersOnly: Record<Persona, Outcome> = {
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHENTICATED',
  member: 'allowed',
  otherMember: 'allowed',
  mentor: 'allowed',
};

/**
 * Who may do what with circles and sharing. `supporter` is in the member's circle and may
 * read the member's recovery capital (a CAPITAL grant); the member invited `otherMember` on
 * Kindred. `coordinator` runs alliance A.
 */
describe('authorization matrix: support circles and consent-scoped sharing', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  const ids = { allianceA: '', grant: '', invitation: '' };

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(app, query, variables, token);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('circles-matrix'));
    personas = await createPersonas(app);
    const member = personas.member.accessToken;
    const { inviteToCircle } = await as<{ inviteToCircle: { id: string } }>(
      member,
      'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: PARTNER) { id } }',
      {
        u: personas.supporter.userId,
      },
    );
    await as(personas.supporter.accessToken, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
    ids.invitation = (
      await as<{ inviteToCircle: { id: string } }>(member, 'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }', {
        u: personas.otherMember.userId,
      })
    ).inviteToCircle.id;
    await as(member, 'mutation { recordBarc10(answers: [4, 4, 5, 3, 4, 5, 4, 4, 5, 4]) { total } }');
    ids.grant = (
      await as<{ grantSharing: { id: string } }>(member, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
        input: { granteeId: personas.supporter.userId, scope: 'CAPITAL', purpose: 'So you can cheer me on', signature: personas.member.displayName },
      })
    ).grantSharing.id;
    ids.allianceA = await allianceRunBy(app, personas.admin, personas.coordinator, 'Circles matrix A');
  });

  afterAll(() => stop());

  const rows = (): MatrixRow[] => [
    { operation: 'mySupportCircle', request: { query: '{ mySupportCircle { id members { userId } } }' }, expect: membersOnly },
    { operation: 'renameSupportCircle', request: { query: 'mutation { renameSupportCircle(name: "Around me") { name } }' }, expect: membersOnly },
    { operation: 'myCircleInvitations', request: { query: '{ myCircleInvitations { id } }' }, expect: membersOnly },
    {
      operation: 'inviteToCircle (the admin)',
      request: (_persona, people) => ({
        query: 'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }',
        variables: { u: people.admin.userId },
      }),
      expect: membersOnly,
    },
    {
      operation: 'inviteToCircleByEmail',
      request: { query: 'mutation { inviteToCircleByEmail(email: "neighbour@example.org", relationship: NEIGHBOUR) { id } }' },
      expect: membersOnly,
    },
    {
      // Only the person invited can answer; anyone else learns nothing about the invitation.
      operation: 'acceptCircleInvitation (to the other member)',
      request: () => ({ query: 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', variables: { i: ids.invitation } }),
      expect: { ...everyone('BAD_USER_INPUT'), anonymous: 'UNAUTHENTICATED', otherMember: 'allowed' },
    },
    { operation: 'circlesISupport', request: { query: '{ circlesISupport { id } }' }, expect: signedInOnly },
    { operation: 'circleInvitationsForMe', request: { query: '{ circleInvitationsForMe { id } }' }, expect: signedInOnly },
    { operation: 'mySharingGrants', request: { query: '{ mySharingGrants(includeEnded: true) { id } }' }, expect: signedInOnly },
    { operation: 'sharedWithMe', request: { query: '{ sharedWithMe { id } }' }, expect: signedInOnly },
    { operation: 'sharingEndedWithMe', request: { query: '{ sharingEndedWithMe { id } }' }, expect: signedInOnly },
    { operation: 'myDisclosureLog', request: { query: '{ myDisclosureLog(first: 5) { edges { node { id } } } }' }, expect: signedInOnly },
    {
      // Nobody but the supporter it is shared with reads it through this path (the member reads their own elsewhere).
      operation: 'sharedRecoveryCapital (the member’s)',
      request: (_persona, people) => ({
        query: 'query($o: ID!) { sharedRecoveryCapital(ownerId: $o) { latestBarc10 { total } } }',
        variables: { o: people.member.userId },
      }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', supporter: 'allowed' },
    },
    {
      // Only to someone in one's own circle (or one's mentor): the supporter is only in the member's.
      operation: 'grantSharing (MILESTONES to the supporter)',
      request: (persona, people) => ({
        query: 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }',
        variables: {
          input: {
            granteeId: people.supporter.userId,
            scope: 'MILESTONES',
            purpose: 'Celebrate with me',
            signature: persona === 'anonymous' ? 'Nobody' : people[persona].displayName,
          },
        },
      }),
      expect: { ...everyone('BAD_USER_INPUT'), anonymous: 'UNAUTHENTICATED', member: 'allowed' },
    },
    {
      operation: 'createSupporterGroup (alliance A)',
      request: () => ({ query: 'mutation($a: ID!) { createSupporterGroup(allianceId: $a, title: "Families") { id } }', variables: { a: ids.allianceA } }),
      expect: coordinatorOnly,
    },
    {
      operation: 'supporterGroups (alliance A)',
      request: () => ({ query: 'query($a: ID!) { supporterGroups(allianceId: $a) { id } }', variables: { a: ids.allianceA } }),
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', coordinator: 'allowed' },
    },
    {
      // Late in the table: revoking ends the supporter's access for any row after it.
      operation: 'revokeSharing (the member’s CAPITAL grant)',
      request: () => ({ query: 'mutation($g: ID!) { revokeSharing(grantId: $g) { active } }', variables: { g: ids.grant } }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed' },
    },
    {
      // The supporter who held it is told it ended; nobody else learns it ever existed.
      operation: 'sharedRecoveryCapital (after revocation)',
      request: (_persona, people) => ({
        query: 'query($o: ID!) { sharedRecoveryCapital(ownerId: $o) { latestBarc10 { total } } }',
        variables: { o: people.member.userId },
      }),
      expect: sharingEndedForSupporter,
    },
    {
      operation: 'removeFromCircle (the supporter)',
      request: (_persona, people) => ({ query: 'mutation($u: ID!) { removeFromCircle(userId: $u) { id } }', variables: { u: people.supporter.userId } }),
      expect: { ...membersOnly, otherMember: 'NOT_FOUND', mentor: 'NOT_FOUND' },
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });
});
