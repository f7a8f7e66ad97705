import { basename } from 'node:path';
import type { Client } from 'graphql-ws';
import { testRunId } from '@kindred/core/testing';
import { allianceWithMembers, must, type AllianceWithMembers, type Member } from '@kindred/test-support/alliance-setup';
import { clientAddressFor, firstResult, graphql, webSocketClient } from '@kindred/test-support/graphql-client';
import { waitForListeners } from '@kindred/test-support/live-channels';
import { eventually } from '@kindred/test-support/polling';
import { e2eEnvironment } from '@kindred/test-support/processes';

const api = (): string => process.env['E2E_API_URL'] ?? '';
const fromThisFile = { sourceAddress: clientAddressFor(basename(__filename)) };
const as = <T>(person: Member, query: string, variables: Record<string, unknown> = {}) => must<T>(api(), query, variables, person.accessToken, fromThisFile);
const codeAs = async (person: Member, query: string, variables: Record<string, unknown> = {}) =>
  (await graphql(api(), query, variables, person.accessToken, fromThisFile)).errors?.[0]?.extensions?.['code'];

const SEND = 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id languageSuggestions { termId } } }';
const HISTORY = 'query($c: ID!) { messages(conversationId: $c, first: 20) { edges { node { id body heldForReview heldReason } } } }';

interface HistoryNode {
  id: string;
  body: string | null;
  heldForReview: boolean;
  heldReason: string | null;
}

/** What a person notices of moderation, through the running API and worker processes. */
describe('moderation, end to end', () => {
  let scene: AllianceWithMembers;
  let ana: Member;
  let ben: Member;
  let direct = '';
  const clients: Client[] = [];

  const seen = async (person: Member, messageId: string): Promise<HistoryNode | undefined> =>
    (await as<{ messages: { edges: { node: HistoryNode }[] } }>(person, HISTORY, { c: direct })).messages.edges.find((edge) => edge.node.id === messageId)
      ?.node;

  beforeAll(async () => {
    scene = await allianceWithMembers(api(), e2eEnvironment(testRunId()), 2, fromThisFile);
    [ana, ben] = scene.members as [Member, Member];
    direct = (
      await as<{ startDirectConversation: { id: string } }>(ana, 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', { u: ben.userId })
    ).startDirectConversation.id;
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  it('nudges on send and holds dealing before the reader can see it, live or in history; the author is told why', async () => {
    const client = webSocketClient(api(), ben.accessToken);
    clients.push(client);
    const live = firstResult<{ messageEvents: { kind: string; message: HistoryNode } }>(
      client,
      'subscription($c: ID!) { messageEvents(conversationId: $c) { kind message { id body heldForReview heldReason } } }',
      { c: direct },
    );
    await waitForListeners(e2eEnvironment(testRunId())['REDIS_PREFIX'] ?? '', `messaging.conversation.${direct}`, 1);
    const sent = await as<{ sendMessage: { id: string; languageSuggestions: { termId: string }[] } }>(ana, SEND, {
      c: direct,
      b: 'Got oxys for sale, dm for prices. Junkies welcome.',
    });
    expect(sent.sendMessage.languageSuggestions.length).toBeGreaterThan(0);
    const heldNow = { id: sent.sendMessage.id, body: null, heldForReview: true, heldReason: null };
    expect((await live).data?.messageEvents).toEqual({ kind: 'ADDED', message: heldNow });
    expect(await seen(ben, sent.sendMessage.id)).toEqual(heldNow);
    expect(await seen(ana, sent.sendMessage.id)).toMatchObject({ body: 'Got oxys for sale, dm for prices. Junkies welcome.', heldReason: expect.any(String) });
  });

  it('answers a crisis with support for the author, and no penalty', async () => {
    const sent = await as<{ sendMessage: { id: string } }>(ben, SEND, { c: direct, b: 'I want to end it all tonight.' });
    await eventually('crisis support for the author', async () => {
      const { myNotifications } = await as<{ myNotifications: { edges: { node: { kind: string } }[] } }>(
        ben,
        '{ myNotifications(first: 20) { edges { node { kind } } } }',
      );
      return myNotifications.edges.some((edge) => edge.node.kind === 'SAFETY_SUPPORT') ? true : undefined;
    });
    const { crisisSupport } = await as<{ crisisSupport: { platformLines: { phone: string }[] } }>(ben, '{ crisisSupport { platformLines { phone } } }');
    expect(crisisSupport.platformLines.map((line) => line.phone)).toContain('988');
    expect(await seen(ana, sent.sendMessage.id)).toMatchObject({ body: 'I want to end it all tonight.', heldForReview: false });
  });

  it('refuses the moderator queue to someone who is not a moderator', async () => {
    expect(await codeAs(ana, '{ moderationQueue(first: 5) { edges { node { id } } } }')).toBe('FORBIDDEN');
  });
});
