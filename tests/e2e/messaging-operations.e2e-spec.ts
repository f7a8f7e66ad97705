import { basename } from 'node:path';
import { testRunId } from '@kindred/core/testing';
import { allianceWithMembers, must, type AllianceWithMembers, type Member } from '@kindred/test-support/alliance-setup';
import { clientAddressFor, graphql } from '@kindred/test-support/graphql-client';
import { eventually } from '@kindred/test-support/polling';
import { e2eEnvironment } from '@kindred/test-support/processes';

const api = (): string => process.env['E2E_API_URL'] ?? '';
const fromThisFile = { sourceAddress: clientAddressFor(basename(__filename)) };
const as = <T>(person: Member, query: string, variables: Record<string, unknown> = {}) => must<T>(api(), query, variables, person.accessToken, fromThisFile);
const codeAs = async (person: Member, query: string, variables: Record<string, unknown> = {}) =>
  (await graphql(api(), query, variables, person.accessToken, fromThisFile)).errors?.[0]?.extensions?.['code'];

const SEND = 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }';

/** Every conversation, message, block and notification operation, through the running processes. */
describe('messaging and notification operations, end to end', () => {
  let scene: AllianceWithMembers;
  let ana: Member;
  let ben: Member;
  let chloe: Member;
  let direct = '';

  beforeAll(async () => {
    scene = await allianceWithMembers(api(), e2eEnvironment(testRunId()), 3, fromThisFile);
    [ana, ben, chloe] = scene.members as [Member, Member, Member];
    direct = (
      await as<{ startDirectConversation: { id: string } }>(ana, 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', { u: ben.userId })
    ).startDirectConversation.id;
  });

  it('sends, edits, replies to and deletes messages; lists the history and conversations with unread counts; marks read', async () => {
    const first = (await as<{ sendMessage: { id: string } }>(ana, SEND, { c: direct, b: 'Are you going on Thursday?' })).sendMessage.id;
    const edited = await as<{ editMessage: { body: string; editedAt: string | null } }>(
      ana,
      'mutation($m: ID!) { editMessage(messageId: $m, body: "Are you going on Friday?") { body editedAt } }',
      { m: first },
    );
    expect(edited.editMessage).toMatchObject({ body: 'Are you going on Friday?', editedAt: expect.any(String) });
    await as(ben, 'mutation($c: ID!, $r: ID!) { sendMessage(conversationId: $c, body: "Yes, see you there", replyToId: $r) { id } }', { c: direct, r: first });
    const mistake = (await as<{ sendMessage: { id: string } }>(ana, SEND, { c: direct, b: 'Wrong chat, sorry' })).sendMessage.id;
    const deleted = await as<{ deleteMessage: { body: string | null; deleted: boolean } }>(
      ana,
      'mutation($m: ID!) { deleteMessage(messageId: $m) { body deleted } }',
      { m: mistake },
    );
    expect(deleted.deleteMessage).toEqual({ body: null, deleted: true });
    await as(ana, SEND, { c: direct, b: 'Great, see you then' });

    const history = await as<{ messages: { edges: { node: { body: string | null; replyToId: string | null } }[] } }>(
      ben,
      'query($c: ID!) { messages(conversationId: $c, first: 10) { edges { node { body replyToId } } } }',
      { c: direct },
    );
    expect(history.messages.edges.map((edge) => edge.node.body)).toEqual(['Great, see you then', null, 'Yes, see you there', 'Are you going on Friday?']);
    expect(history.messages.edges[2]?.node.replyToId).toBe(first);

    const listed = await as<{ myConversations: { edges: { node: { id: string; unreadCount: number } }[] } }>(
      ben,
      '{ myConversations(first: 10) { edges { node { id unreadCount } } } }',
    );
    // Ben's reply read everything before it; the deleted message does not count.
    expect(listed.myConversations.edges.find((edge) => edge.node.id === direct)?.node.unreadCount).toBe(1);
    const read = await as<{ markConversationRead: { unreadCount: number } }>(
      ben,
      'mutation($c: ID!) { markConversationRead(conversationId: $c) { unreadCount } }',
      { c: direct },
    );
    expect(read.markConversationRead.unreadCount).toBe(0);
    const one = await as<{ conversation: { kind: string; participants: unknown[] } }>(
      ben,
      'query($c: ID!) { conversation(id: $c) { kind participants { displayName } } }',
      { c: direct },
    );
    expect(one.conversation).toMatchObject({ kind: 'DIRECT' });
    expect(one.conversation.participants).toHaveLength(2);
  });

  it('mutes a conversation, and blocks and unblocks a person', async () => {
    const muted = await as<{ muteConversation: { muted: boolean } }>(ben, 'mutation($c: ID!) { muteConversation(conversationId: $c, muted: true) { muted } }', {
      c: direct,
    });
    expect(muted.muteConversation.muted).toBe(true);
    await as(ben, 'mutation($u: ID!) { blockPerson(userId: $u) { ok } }', { u: ana.userId });
    expect(
      (await as<{ myBlockedPeople: { personId: string }[] }>(ben, '{ myBlockedPeople { personId } }')).myBlockedPeople.map((person) => person.personId),
    ).toEqual([ana.userId]);
    expect(await codeAs(ana, SEND, { c: direct, b: 'Hello?' })).toBe('FORBIDDEN');
    await as(ben, 'mutation($u: ID!) { unblockPerson(userId: $u) { ok } }', { u: ana.userId });
    await as(ana, SEND, { c: direct, b: 'Hello again' });
  });

  it('runs an alliance group: created by its coordinator, people added, removed, and leaving', async () => {
    const group = (
      await as<{ createAllianceGroup: { id: string } }>(
        scene.admin,
        'mutation($a: ID!) { createAllianceGroup(allianceId: $a, title: "Families together") { id } }',
        { a: scene.allianceId },
      )
    ).createAllianceGroup.id;
    expect(await codeAs(ana, 'mutation($a: ID!) { createAllianceGroup(allianceId: $a, title: "Mine") { id } }', { a: scene.allianceId })).toBe('FORBIDDEN');
    for (const person of [ana, ben, chloe]) {
      await as(scene.admin, 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }', { c: group, u: person.userId });
    }
    await as(chloe, SEND, { c: group, b: 'Welcome, everyone' });
    await as(scene.admin, 'mutation($c: ID!, $u: ID!) { removeGroupParticipant(conversationId: $c, userId: $u) { id } }', { c: group, u: ben.userId });
    expect(await codeAs(ben, 'query($c: ID!) { messages(conversationId: $c, first: 5) { edges { cursor } } }', { c: group })).toBe('NOT_FOUND');
    await as(ana, 'mutation($c: ID!) { leaveConversation(conversationId: $c) { ok } }', { c: group });
    expect(await codeAs(ana, SEND, { c: group, b: 'Still here?' })).toBe('NOT_FOUND');
  });

  it('keeps each person’s notifications, preferences and quiet hours to themselves', async () => {
    await as(ana, SEND, { c: direct, b: 'Ping' });
    await as(ben, 'mutation($c: ID!) { muteConversation(conversationId: $c, muted: false) { muted } }', { c: direct });
    await as(ana, SEND, { c: direct, b: 'Ping again' });
    const preferences = await as<{ myNotificationPreferences: { kind: string; inApp: boolean; email: boolean }[] }>(
      ben,
      '{ myNotificationPreferences { kind inApp email } }',
    );
    expect(preferences.myNotificationPreferences.find((preference) => preference.kind === 'NEW_MESSAGE')).toMatchObject({ inApp: true, email: false });
    const updated = await as<{ updateNotificationPreference: { email: boolean } }>(
      ben,
      'mutation { updateNotificationPreference(kind: NEW_MESSAGE, inApp: true, email: true) { email } }',
    );
    expect(updated.updateNotificationPreference.email).toBe(true);
    await as(ben, 'mutation { setQuietHours(start: "22:00", end: "07:00") { start end } }');
    expect((await as<{ myQuietHours: { start: string; end: string } }>(ben, '{ myQuietHours { start end } }')).myQuietHours).toEqual({
      start: '22:00',
      end: '07:00',
    });
    await as(ben, 'mutation { clearQuietHours { ok } }');
    expect((await as<{ myQuietHours: null }>(ben, '{ myQuietHours { start } }')).myQuietHours).toBeNull();

    // The worker turns the message into a notice shortly after.
    await eventually('the worker to notify Ben', async () => {
      const { unreadNotificationCount } = await as<{ unreadNotificationCount: number }>(ben, '{ unreadNotificationCount }');
      return unreadNotificationCount > 0 ? true : undefined;
    });
    const bens = await as<{ myNotifications: { edges: { node: { id: string; kind: string } }[] } }>(
      ben,
      '{ myNotifications(first: 10, unreadOnly: true) { edges { node { id kind } } } }',
    );
    expect(bens.myNotifications.edges.map((edge) => edge.node.kind)).toContain('NEW_MESSAGE');
    const chloes = await as<{ myNotifications: { edges: { node: { id: string } }[] } }>(chloe, '{ myNotifications(first: 50) { edges { node { id } } } }');
    const bensIds = bens.myNotifications.edges.map((edge) => edge.node.id);
    expect(chloes.myNotifications.edges.some((edge) => bensIds.includes(edge.node.id))).toBe(false);
    expect(
      (await as<{ markNotificationsRead: number }>(chloe, 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: bensIds }))
        .markNotificationsRead,
    ).toBe(0);
    expect((await as<{ markNotificationsRead: number }>(ben, 'mutation { markNotificationsRead }')).markNotificationsRead).toBeGreaterThan(0);
    expect((await as<{ unreadNotificationCount: number }>(ben, '{ unreadNotificationCount }')).unreadNotificationCount).toBe(0);
  });
});
