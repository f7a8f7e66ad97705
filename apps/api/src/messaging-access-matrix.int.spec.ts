import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import {
  coordinatorOnly,
  createPersonas,
  everyone,
  matrixCases,
  outcomeOf,
  PERSONAS,
  signedInOnly,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Personas,
} from '@kindred/test-support/access-matrix';
import { LiveListeners, settle, type Heard } from '@kindred/test-support/live-listener';
import { startTestApi } from '@kindred/test-support/test-api';

const ALLIANCE_INPUT = (name: string) => ({
  name,
  region: 'Norte',
  city: 'Porto',
  postcodePrefixes: ['40'],
  languages: ['pt'],
  currency: 'EUR',
  crisisResources: [],
  partnerOrganisations: [],
});

/** Only the two people of the conversation under test; anyone else is told it does not exist. */
const participantsOnly: Record<Persona, Outcome> = {
  ...everyone('NOT_FOUND'),
  anonymous: 'UNAUTHENTICATED',
  member: 'allowed',
  mentor: 'allowed',
};

const SUBSCRIBE = 'subscription($c: ID!) { messageEvents(conversationId: $c) { kind message { id body authorDisplayName } } }';

/**
 * Who may do what in messaging. The member and the mentor belong to alliance A, which
 * `coordinator` runs; the conversation under test is between the member and the mentor.
 * Nobody else — not the coordinator, a moderator or an administrator — may read it, write in
 * it or follow it live, and they are not even told that it exists.
 */
describe('authorization matrix: messaging', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let personas: Personas;
  let bystander: TestAccount;
  let url: string;
  const ids = { allianceA: '', conversation: '', memberMessage: '', messageToDelete: '', group: '', groupWithMentor: '' };

  const as = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(app, query, variables, token);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('messaging-matrix'));
    personas = await createPersonas(app);
    bystander = await createAccount(app);
    const admin = personas.admin.accessToken;
    ids.allianceA = (
      await as<{ createAlliance: { id: string } }>(admin, 'mutation($input: AllianceInput!) { createAlliance(input: $input) { id } }', {
        input: ALLIANCE_INPUT('Messaging Alliance A'),
      })
    ).createAlliance.id;
    await as(admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', {
      a: ids.allianceA,
      u: personas.coordinator.userId,
    });
    const join = 'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }';
    const decide = 'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }';
    for (const persona of [personas.member, personas.mentor]) {
      const { requestToJoinAlliance } = await as<{ requestToJoinAlliance: { id: string } }>(persona.accessToken, join, { a: ids.allianceA });
      await as(personas.coordinator.accessToken, decide, { m: requestToJoinAlliance.id });
    }
    // otherMember only asked to join: not a shared connection yet.
    await as(personas.otherMember.accessToken, join, { a: ids.allianceA });

    const member = personas.member.accessToken;
    ids.conversation = (
      await as<{ startDirectConversation: { id: string } }>(member, 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', {
        u: personas.mentor.userId,
      })
    ).startDirectConversation.id;
    const send = 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }';
    ids.memberMessage = (await as<{ sendMessage: { id: string } }>(member, send, { c: ids.conversation, b: 'How was the meeting?' })).sendMessage.id;
    ids.messageToDelete = (await as<{ sendMessage: { id: string } }>(member, send, { c: ids.conversation, b: 'Sent too soon' })).sendMessage.id;

    const createGroup = 'mutation($a: ID!, $t: String!) { createAllianceGroup(allianceId: $a, title: $t) { id } }';
    const coordinator = personas.coordinator.accessToken;
    ids.group = (await as<{ createAllianceGroup: { id: string } }>(coordinator, createGroup, { a: ids.allianceA, t: 'Family group' })).createAllianceGroup.id;
    ids.groupWithMentor = (
      await as<{ createAllianceGroup: { id: string } }>(coordinator, createGroup, { a: ids.allianceA, t: 'Mentors' })
    ).createAllianceGroup.id;
    await as(coordinator, 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }', {
      c: ids.groupWithMentor,
      u: personas.mentor.userId,
    });

    await app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  });

  afterAll(() => stop());

  const rows = (): MatrixRow[] => [
    {
      operation: 'myConversations',
      request: { query: '{ myConversations(first: 5) { edges { node { id unreadCount lastMessage { body } } } } }' },
      expect: signedInOnly,
    },
    { operation: 'myBlockedPeople', request: { query: '{ myBlockedPeople { personId } }' }, expect: signedInOnly },
    {
      operation: 'conversation (member ↔ mentor)',
      request: () => ({ query: 'query($c: ID!) { conversation(id: $c) { id participants { displayName } } }', variables: { c: ids.conversation } }),
      expect: participantsOnly,
    },
    {
      operation: 'messages (member ↔ mentor)',
      request: () => ({ query: 'query($c: ID!) { messages(conversationId: $c, first: 10) { edges { node { body } } } }', variables: { c: ids.conversation } }),
      expect: participantsOnly,
    },
    {
      operation: 'sendMessage (member ↔ mentor)',
      request: (persona) => ({
        query: 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }',
        variables: { c: ids.conversation, b: `Hello from ${persona}` },
      }),
      expect: participantsOnly,
    },
    {
      operation: 'editMessage (the member’s message)',
      request: (persona) => ({
        query: 'mutation($m: ID!, $b: String!) { editMessage(messageId: $m, body: $b) { body } }',
        variables: { m: ids.memberMessage, b: `Edited by ${persona}` },
      }),
      expect: { ...participantsOnly, mentor: 'FORBIDDEN' },
    },
    {
      operation: 'deleteMessage (the member’s message)',
      request: () => ({ query: 'mutation($m: ID!) { deleteMessage(messageId: $m) { deleted } }', variables: { m: ids.messageToDelete } }),
      expect: { ...participantsOnly, mentor: 'FORBIDDEN' },
    },
    {
      operation: 'markConversationRead (member ↔ mentor)',
      request: () => ({ query: 'mutation($c: ID!) { markConversationRead(conversationId: $c) { unreadCount } }', variables: { c: ids.conversation } }),
      expect: participantsOnly,
    },
    {
      operation: 'muteConversation (member ↔ mentor)',
      request: () => ({ query: 'mutation($c: ID!) { muteConversation(conversationId: $c, muted: false) { muted } }', variables: { c: ids.conversation } }),
      expect: participantsOnly,
    },
    {
      // A direct conversation cannot be left (mute or block instead); outsiders learn nothing.
      operation: 'leaveConversation (member ↔ mentor)',
      request: () => ({ query: 'mutation($c: ID!) { leaveConversation(conversationId: $c) { ok } }', variables: { c: ids.conversation } }),
      expect: { ...participantsOnly, member: 'BAD_USER_INPUT', mentor: 'BAD_USER_INPUT' },
    },
    {
      // Only someone sharing an alliance with the member may open a conversation with them.
      operation: 'startDirectConversation (with the member)',
      request: (_as, people) => ({ query: 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', variables: { u: people.member.userId } }),
      expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHENTICATED', member: 'BAD_USER_INPUT', mentor: 'allowed' },
    },
    {
      operation: 'createAllianceGroup (A)',
      request: () => ({ query: 'mutation($a: ID!) { createAllianceGroup(allianceId: $a, title: "Another group") { id } }', variables: { a: ids.allianceA } }),
      expect: coordinatorOnly,
    },
    {
      operation: 'allianceGroups (A)',
      request: () => ({
        query: 'query($a: ID!) { allianceGroups(allianceId: $a) { id participantCount participants { displayName } } }',
        variables: { a: ids.allianceA },
      }),
      expect: coordinatorOnly,
    },
    {
      operation: 'addGroupParticipant (a group of A)',
      request: (_as, people) => ({
        query: 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }',
        variables: { c: ids.group, u: people.member.userId },
      }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', coordinator: 'allowed' },
    },
    {
      // The mentor is in this group but does not own it.
      operation: 'removeGroupParticipant (the mentor, from a group of A)',
      request: (_as, people) => ({
        query: 'mutation($c: ID!, $u: ID!) { removeGroupParticipant(conversationId: $c, userId: $u) { id } }',
        variables: { c: ids.groupWithMentor, u: people.mentor.userId },
      }),
      expect: { ...everyone('NOT_FOUND'), anonymous: 'UNAUTHENTICATED', mentor: 'FORBIDDEN', coordinator: 'allowed' },
    },
    {
      operation: 'blockPerson (a bystander)',
      request: () => ({ query: 'mutation($u: ID!) { blockPerson(userId: $u) { ok } }', variables: { u: bystander.userId } }),
      expect: signedInOnly,
    },
    {
      operation: 'unblockPerson (a bystander)',
      request: () => ({ query: 'mutation($u: ID!) { unblockPerson(userId: $u) { ok } }', variables: { u: bystander.userId } }),
      expect: signedInOnly,
    },
  ];

  it.each(matrixCases(rows()))('%s as %s → %s', async (_operation, persona, expected, row) => {
    expect(await outcomeOf(app, row, persona, personas)).toBe(expected);
  });

  describe('the messageEvents subscription over graphql-ws', () => {
    let listeners: LiveListeners;
    const listen = (accessToken: string | undefined): Promise<Heard> => listeners.listen(accessToken, SUBSCRIBE, { c: ids.conversation });
    const eventually = settle;

    beforeAll(() => {
      listeners = new LiveListeners(url);
    });

    afterAll(() => listeners.dispose());

    it('lets only the two participants follow the conversation live; everyone else is refused when subscribing or connecting', async () => {
      const heard = new Map<Persona, Heard>();
      for (const persona of PERSONAS) heard.set(persona, await listen(persona === 'anonymous' ? undefined : personas[persona].accessToken));
      // The server subscribes to Redis while handling the subscribe message: give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { sendMessage } = await as<{ sendMessage: { id: string } }>(
        personas.mentor.accessToken,
        'mutation($c: ID!) { sendMessage(conversationId: $c, body: "See you Thursday") { id } }',
        { c: ids.conversation },
      );
      await eventually(() => [...heard.values()].every((one) => one.results.length > 0 || one.ended));
      // Time for anything misrouted to arrive too.
      await new Promise((resolve) => setTimeout(resolve, 300));

      for (const persona of PERSONAS) {
        const results = heard.get(persona)?.results ?? [];
        if (persona === 'member' || persona === 'mentor') {
          expect([persona, results.map((result) => result.data)]).toEqual([
            persona,
            [{ messageEvents: { kind: 'ADDED', message: { id: sendMessage.id, body: 'See you Thursday', authorDisplayName: expect.any(String) } } }],
          ]);
        } else if (persona === 'anonymous') {
          // Without a token the socket itself is refused at connection_init.
          expect([persona, heard.get(persona)?.closeCode, results]).toEqual([persona, 4401, []]);
        } else {
          expect([persona, results.map((result) => result.errors?.[0]?.extensions?.['code'])]).toEqual([persona, ['NOT_FOUND']]);
        }
      }
    });
  });
});
