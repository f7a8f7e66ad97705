import { basename } from 'node:path';
import type { Client } from 'graphql-ws';
import { testRunId } from '@kindred/core/testing';
import { registerAndSignIn, type E2eAccount } from '@kindred/test-support/accounts';
import { allianceWithMembers, type Member } from '@kindred/test-support/alliance-setup';
import { clientAddressFor, firstResult, graphql, webSocketClient, type GraphqlResponse } from '@kindred/test-support/graphql-client';
import { waitForListeners } from '@kindred/test-support/live-channels';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';

const firstApi = (): string => process.env['E2E_API_URL'] ?? '';
const fromThisFile = { sourceAddress: clientAddressFor(basename(__filename)) };
const env = () => e2eEnvironment(testRunId());

async function call<T>(apiUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await graphql<T>(apiUrl, query, variables, token, fromThisFile);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

interface LiveMessage {
  messageEvents: { kind: string; message: { id: string; body: string | null; authorDisplayName: string } };
}

describe('live messaging across two API processes', () => {
  let secondApi: RunningProcess | undefined;
  let sender: Member;
  let receiver: Member;
  let outsider: E2eAccount;
  let conversationId = '';
  const clients: Client[] = [];

  beforeAll(async () => {
    secondApi = await startProcess('api', { ...env(), RUN_MIGRATIONS: 'false' }, 'api-messaging');
    const scene = await allianceWithMembers(firstApi(), env(), 2, fromThisFile);
    [sender, receiver] = scene.members as [Member, Member];
    outsider = await registerAndSignIn(firstApi(), fromThisFile);
    conversationId = (
      await call<{ startDirectConversation: { id: string } }>(
        firstApi(),
        'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }',
        { u: receiver.userId },
        sender.accessToken,
      )
    ).startDirectConversation.id;
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    if (secondApi) await stopProcess(secondApi);
  });

  it('sends through one API copy and delivers live to a subscriber connected to the other', async () => {
    const client = webSocketClient(secondApi?.url ?? '', receiver.accessToken);
    clients.push(client);
    const received = firstResult<LiveMessage>(
      client,
      'subscription($c: ID!) { messageEvents(conversationId: $c) { kind message { id body authorDisplayName } } }',
      { c: conversationId },
    );
    await waitForListeners(env()['REDIS_PREFIX'] ?? '', `messaging.conversation.${conversationId}`, 1);

    const { sendMessage } = await call<{ sendMessage: { id: string } }>(
      firstApi(),
      'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }',
      { c: conversationId, b: 'Bonjour ! How was the meeting tonight?' },
      sender.accessToken,
    );
    const event = await received;
    expect(event.errors).toBeUndefined();
    expect(event.data?.messageEvents).toMatchObject({ kind: 'ADDED', message: { id: sendMessage.id, body: 'Bonjour ! How was the meeting tonight?' } });
  });

  it('tells the receiver through myNotifications, without quoting the message', async () => {
    const client = webSocketClient(secondApi?.url ?? '', receiver.accessToken);
    clients.push(client);
    const notice = firstResult<{ myNotifications: { kind: string; text: string } }>(client, 'subscription { myNotifications { kind text } }', {});
    await waitForListeners(env()['REDIS_PREFIX'] ?? '', `notifications.user.${receiver.userId}`, 1);
    // The first message's notice may already be unread; reading them all lets a new one be made.
    await call(firstApi(), 'mutation { markNotificationsRead }', {}, receiver.accessToken);
    await call(
      firstApi(),
      'mutation($c: ID!) { sendMessage(conversationId: $c, body: "A second, private thought") { id } }',
      { c: conversationId },
      sender.accessToken,
    );
    const result: GraphqlResponse<{ myNotifications: { kind: string; text: string } }> = await notice;
    expect(result.data?.myNotifications.kind).toBe('NEW_MESSAGE');
    expect(result.data?.myNotifications.text).not.toContain('private thought');
  });

  it('refuses someone who is not in the conversation, to read or to subscribe', async () => {
    const history = await graphql(
      firstApi(),
      'query($c: ID!) { messages(conversationId: $c, first: 5) { edges { cursor } } }',
      { c: conversationId },
      outsider.accessToken,
      fromThisFile,
    );
    expect(history.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const client = webSocketClient(secondApi?.url ?? '', outsider.accessToken);
    clients.push(client);
    const refused = await firstResult(client, 'subscription($c: ID!) { messageEvents(conversationId: $c) { kind } }', { c: conversationId });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
