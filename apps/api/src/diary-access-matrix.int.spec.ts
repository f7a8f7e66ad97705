import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { post } from '@kindred/test-support/api-client';
import {
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  sharingEndedForSupporter,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { startTestApi } from '@kindred/test-support/test-api';

/** People with the MEMBER role keep a diary; everyone else signed in is refused. */
const membersOnly: Record<Persona, Outcome> = {
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHENTICATED',
  member: 'allowed',
  otherMember: 'allowed',
  mentor: 'allowed',
};
/** The member's own entry: other members are told it does not exist. */
const ownerOnly: Record<Persona, Outcome> = { ...membersOnly, otherMember: 'NOT_FOUND', mentor: 'NOT_FOUND' };
/** Only the supporter the entry is shared with reads it; anyone else is told it does not exist. */
const sharedWithSupporter: Record<Persona, Outcome> = { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', supporter: 'allowed' };

/**
 * Who may do what with the health diary. `supporter` is in the member's circle and holds
 * their DIARY_SHARED grant; the member shared one entry with them and kept another private.
 * No one else (not even an admin, a coordinator or a moderator) reads a diary.
 */
describe('authorization matrix: health diary', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  const ids = { shared: '', private: '', deleted: '', grant: '' };

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(app, query, variables, token);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const writeEntry = async (token: string, body: string): Promise<string> =>
    (
      await as<{ writeDiaryEntry: { id: string } }>(token, 'mutation($input: DiaryEntryInput!) { writeDiaryEntry(input: $input) { id } }', {
        input: { entryDate: '2025-01-15', body, mood: 3, tags: ['peer.meeting'] },
      })
    ).writeDiaryEntry.id;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('diary-matrix'));
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
    ids.grant = (
      await as<{ grantSharing: { id: string } }>(member, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
        input: {
          granteeId: personas.supporter.userId,
          scope: 'DIARY_SHARED',
          purpose: 'So you know what my days are like',
          signature: personas.member.displayName,
        },
      })
    ).grantSharing.id;
    ids.shared = await writeEntry(member, 'A day I want you to know about.');
    ids.private = await writeEntry(member, 'A day only for me.');
    ids.deleted = await writeEntry(member, 'A day I will take back.');
    await as(member, 'mutation($id: ID!, $g: [ID!]!) { shareDiaryEntry(id: $id, granteeIds: $g) { id } }', { id: ids.shared, g: [personas.supporter.userId] });
  });

  afterAll(() => stop());

  const rows = (): MatrixRow[] => [
    {
      operation: 'writeDiaryEntry',
      request: { query: 'mutation { writeDiaryEntry(input: { entryDate: "2025-01-16", body: "Today." }) { id } }' },
      expect: membersOnly,
    },
    {
      operation: 'myDiaryEntries',
      request: { query: '{ myDiaryEntries(first: 5, tags: ["peer.meeting"]) { edges { node { id body } } } }' },
      expect: membersOnly,
    },
    {
      operation: 'myDiaryEntry (the member’s)',
      request: () => ({ query: 'query($id: ID!) { myDiaryEntry(id: $id) { body } }', variables: { id: ids.private } }),
      expect: ownerOnly,
    },
    {
      operation: 'editDiaryEntry (the member’s)',
      request: () => ({
        query: 'mutation($id: ID!) { editDiaryEntry(id: $id, input: { entryDate: "2025-01-15", body: "Edited." }) { id } }',
        variables: { id: ids.private },
      }),
      expect: ownerOnly,
    },
    {
      operation: 'shareDiaryEntry (the member’s, with the supporter)',
      request: (_persona, people) => ({
        query: 'mutation($id: ID!, $g: [ID!]!) { shareDiaryEntry(id: $id, granteeIds: $g) { id } }',
        variables: { id: ids.shared, g: [people.supporter.userId] },
      }),
      expect: ownerOnly,
    },
    {
      operation: 'shareDiaryEntryWithEveryoneAllowed (the member’s)',
      request: () => ({ query: 'mutation($id: ID!) { shareDiaryEntryWithEveryoneAllowed(id: $id) { id } }', variables: { id: ids.shared } }),
      expect: ownerOnly,
    },
    {
      operation: 'sharedDiaryEntry (shared with the supporter)',
      request: () => ({ query: 'query($id: ID!) { sharedDiaryEntry(id: $id) { body } }', variables: { id: ids.shared } }),
      expect: sharedWithSupporter,
    },
    {
      operation: 'diaryEntriesSharedWithMe (the member’s)',
      request: (_persona, people) => ({
        query: 'query($o: ID!) { diaryEntriesSharedWithMe(ownerId: $o, first: 5) { edges { node { body } } } }',
        variables: { o: people.member.userId },
      }),
      expect: sharedWithSupporter,
    },
    {
      operation: 'sharedDiaryEntry (not shared)',
      request: () => ({ query: 'query($id: ID!) { sharedDiaryEntry(id: $id) { body } }', variables: { id: ids.private } }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED' },
    },
    {
      operation: 'deleteDiaryEntry (the member’s)',
      request: () => ({ query: 'mutation($id: ID!) { deleteDiaryEntry(id: $id) { ok } }', variables: { id: ids.deleted } }),
      expect: ownerOnly,
    },
    {
      operation: 'unshareDiaryEntry (the member’s, with everyone)',
      request: () => ({ query: 'mutation($id: ID!) { unshareDiaryEntry(id: $id) { id } }', variables: { id: ids.private } }),
      expect: ownerOnly,
    },
    {
      // Late in the table: revoking ends the supporter's access for every row after it.
      operation: 'revokeSharing (the member’s DIARY_SHARED grant)',
      request: () => ({ query: 'mutation($g: ID!) { revokeSharing(grantId: $g) { active } }', variables: { g: ids.grant } }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', member: 'allowed' },
    },
    {
      operation: 'sharedDiaryEntry (after the grant was revoked)',
      request: () => ({ query: 'query($id: ID!) { sharedDiaryEntry(id: $id) { body } }', variables: { id: ids.shared } }),
      expect: sharingEndedForSupporter,
    },
    {
      operation: 'diaryEntriesSharedWithMe (after the grant was revoked)',
      request: (_persona, people) => ({
        query: 'query($o: ID!) { diaryEntriesSharedWithMe(ownerId: $o, first: 5) { edges { node { body } } } }',
        variables: { o: people.member.userId },
      }),
      expect: sharingEndedForSupporter,
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });
});
