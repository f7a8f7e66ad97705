import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AlliancesModule } from '@kindred/alliances';
import { FieldCipher, PlatformRole, type Viewer } from '@kindred/core';
import { errorCodeOf, infrastructureModules, integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { ERASED_DISPLAY_NAME, IdentityModule } from '@kindred/identity';
import { BlockList } from './blocks/block-list.service';
import { CoordinatesGroupAlliancePolicy } from './conversations/coordinates-group-alliance.policy';
import { ConversationsService } from './conversations/conversations.service';
import { MessageLive } from './live/message-live.service';
import { MessageEventKind, type MessageEventObject } from './messages/message.types';
import { MessagesService } from './messages/messages.service';
import { MessagingModule } from './messaging.module';
import { MessagingWorkerModule } from './messaging-worker.module';
import { MessageSentHandler } from './notifications/message-sent.handler';
import { MessagingPersonalData } from './privacy/messaging-personal-data';

let counter = 0;

/** The promise's value, or 'timeout' when it does not settle in time: a silent stream must not hang the test. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const nextWithin = <T>(stream: AsyncGenerator<T>, ms: number): Promise<IteratorResult<T> | 'timeout'> => within(stream.next(), ms);

describe('messaging: conversations, messages, blocks and live events (real PostgreSQL and Redis)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let conversations: ConversationsService;
  let messages: MessagesService;
  let blocks: BlockList;
  let allianceId: string;
  let coordinator: Viewer;

  /** Someone who joined a month ago, past the new-account limits (identity's trust levels). */
  const person = async (roles: PlatformRole[] = [PlatformRole.MEMBER]): Promise<Viewer> => {
    counter += 1;
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO users (email, password_hash, display_name, roles, created_at) VALUES ($1, 'x', $2, $3, now() - interval '30 days') RETURNING id`,
      [`messaging-person-${counter}@example.org`, `Person ${counter}`, roles],
    );
    return { userId: row!.id, sessionId: '00000000-0000-4000-8000-000000000000', roles };
  };

  const newAlliance = async (): Promise<string> => {
    counter += 1;
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO alliances (name, region, city, currency) VALUES ($1, 'Norte', 'Porto', 'EUR') RETURNING id`,
      [`Messaging alliance ${counter}`],
    );
    return row!.id;
  };

  /** Alliance records are the alliances domain's; here they are only the connection that lets people talk. */
  const join = async (viewer: Viewer, alliance = allianceId, capacity = 'MEMBER'): Promise<Viewer> => {
    await dataSource.query(`INSERT INTO alliance_memberships (alliance_id, user_id, capacity, status) VALUES ($1, $2, $3, 'ACTIVE')`, [
      alliance,
      viewer.userId,
      capacity,
    ]);
    return viewer;
  };

  const member = async (): Promise<Viewer> => join(await person());

  const pairOfMembers = async (): Promise<{ a: Viewer; b: Viewer; conversationId: string }> => {
    const a = await member();
    const b = await member();
    return { a, b, conversationId: (await conversations.startDirect(a, b.userId)).id };
  };

  beforeAll(async () => {
    env = await integrationEnvironment('messaging');
    moduleRef = await Test.createTestingModule({
      imports: [...infrastructureModules(env), IdentityModule, AlliancesModule, MessagingModule, MessagingWorkerModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    conversations = moduleRef.get(ConversationsService);
    messages = moduleRef.get(MessagesService);
    blocks = moduleRef.get(BlockList);
    allianceId = await newAlliance();
    coordinator = await person([PlatformRole.COORDINATOR]);
    await dataSource.query(`INSERT INTO alliance_coordinators (alliance_id, user_id) VALUES ($1, $2)`, [allianceId, coordinator.userId]);
  });

  afterAll(async () => {
    await moduleRef.close();
    await env.cleanup();
  });

  it('lets two people who share an alliance talk, and keeps strangers from cold-messaging', async () => {
    const a = await member();
    const b = await join(await person([PlatformRole.SUPPORTER]), allianceId, 'SUPPORTER');
    const stranger = await person();
    expect(await errorCodeOf(conversations.startDirect(stranger, a.userId))).toBe('FORBIDDEN');
    expect(await errorCodeOf(conversations.startDirect(a, a.userId))).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(conversations.startDirect(a, '6f1c0e7e-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');

    const started = await conversations.startDirect(a, b.userId);
    expect(started).toMatchObject({ kind: 'DIRECT', title: `Person ${counter - 1}`, unreadCount: 0, lastMessage: null });
    expect((await conversations.startDirect(b, a.userId)).id).toBe(started.id);

    // Once they no longer share an alliance, their existing conversation is still theirs.
    await dataSource.query(`UPDATE alliance_memberships SET status = 'LEFT' WHERE user_id = $1`, [b.userId]);
    expect((await conversations.startDirect(a, b.userId)).id).toBe(started.id);
  });

  it('opens one conversation when both people start it at the same moment', async () => {
    const a = await member();
    const b = await member();
    const results = await Promise.all([conversations.startDirect(a, b.userId), conversations.startDirect(b, a.userId), conversations.startDirect(a, b.userId)]);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM conversations WHERE kind = 'DIRECT' AND $1 IN (pair_low_id, pair_high_id) AND $2 IN (pair_low_id, pair_high_id)`,
      [a.userId, b.userId],
    );
    expect(count).toBe(1);
    const participants = await dataSource.query(`SELECT user_id FROM conversation_participants WHERE conversation_id = $1`, [results[0]!.id]);
    expect(participants).toHaveLength(2);
  });

  it('sends, lists newest first with cursors, keeps bodies encrypted, and refuses empty or overlong messages', async () => {
    const { a, b, conversationId } = await pairOfMembers();
    const sent = [];
    for (const body of ['first', '  second  ', 'third']) sent.push(await messages.send(a.userId, conversationId, body));
    expect(sent[1]).toMatchObject({ body: 'second', sentByMe: true, deleted: false, authorDisplayName: expect.stringMatching(/^Person /) });

    const [stored] = await dataSource.query(`SELECT body FROM messages WHERE id = $1`, [sent[0]!.id]);
    expect(stored.body).toMatch(/^v1\./);
    expect(stored.body).not.toContain('first');

    const page1 = await messages.history(b.userId, conversationId, { first: 2 });
    expect(page1.edges.map((edge) => edge.node.body)).toEqual(['third', 'second']);
    expect(page1.edges[0]?.node.sentByMe).toBe(false);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await messages.history(b.userId, conversationId, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((edge) => edge.node.body)).toEqual(['first']);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    expect(await errorCodeOf(messages.send(a.userId, conversationId, '   '))).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(messages.send(a.userId, conversationId, 'x'.repeat(4001)))).toBe('BAD_USER_INPUT');
    expect((await messages.send(a.userId, conversationId, 'x'.repeat(4000))).body).toHaveLength(4000);
  });

  it('tells someone outside a conversation that it does not exist, whatever they try', async () => {
    const { a, conversationId } = await pairOfMembers();
    const message = await messages.send(a.userId, conversationId, 'only for us two');
    const outsider = await member();
    const attempts = [
      conversations.get(outsider.userId, conversationId),
      messages.history(outsider.userId, conversationId, { first: 10 }),
      messages.send(outsider.userId, conversationId, 'hello?'),
      messages.edit(outsider.userId, message.id, 'changed'),
      messages.delete(outsider.userId, message.id),
      conversations.markRead(outsider.userId, conversationId),
      conversations.mute(outsider.userId, conversationId, true),
      conversations.leave(outsider.userId, conversationId),
      moduleRef.get(MessageLive).watch(outsider, conversationId),
      conversations.get(outsider.userId, 'not-an-id'),
    ];
    for (const attempt of attempts) expect(await errorCodeOf(attempt)).toBe('NOT_FOUND');
    expect((await conversations.mine(outsider.userId, { first: 10 })).edges).toEqual([]);
  });

  it('replies only to a message of the same conversation', async () => {
    const { a, b, conversationId } = await pairOfMembers();
    const other = await pairOfMembers();
    const original = await messages.send(a.userId, conversationId, 'Are you going on Thursday?');
    const foreign = await messages.send(other.a.userId, other.conversationId, 'elsewhere');
    expect((await messages.send(b.userId, conversationId, 'Yes, see you there', original.id)).replyToId).toBe(original.id);
    expect(await errorCodeOf(messages.send(b.userId, conversationId, 'Yes', foreign.id))).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(messages.send(b.userId, conversationId, 'Yes', 'nope'))).toBe('BAD_USER_INPUT');
  });

  it('counts unread messages per conversation and marks them read, never backwards', async () => {
    const { a, b, conversationId } = await pairOfMembers();
    const first = await messages.send(a.userId, conversationId, 'one');
    await messages.send(a.userId, conversationId, 'two');
    const third = await messages.send(a.userId, conversationId, 'three');
    const forB = await conversations.get(b.userId, conversationId);
    expect(forB).toMatchObject({ unreadCount: 3, lastMessage: { body: 'three' } });
    expect((await conversations.get(a.userId, conversationId)).unreadCount).toBe(0);

    expect((await conversations.markRead(b.userId, conversationId, first.id)).unreadCount).toBe(2);
    expect((await conversations.markRead(b.userId, conversationId)).unreadCount).toBe(0);
    // Marking an older message read afterwards (another device) does not bring messages back.
    expect((await conversations.markRead(b.userId, conversationId, first.id)).unreadCount).toBe(0);

    await messages.send(a.userId, conversationId, 'four');
    const deleted = await messages.send(a.userId, conversationId, 'oops');
    await messages.delete(a.userId, deleted.id);
    expect((await conversations.get(b.userId, conversationId)).unreadCount).toBe(1);
    // Replying counts as having read what came before.
    await messages.send(b.userId, conversationId, 'ok', third.id);
    expect((await conversations.get(b.userId, conversationId)).unreadCount).toBe(0);
    expect(await errorCodeOf(conversations.markRead(b.userId, conversationId, 'not-a-message'))).toBe('BAD_USER_INPUT');
  });

  it('lets the author correct a message for 15 minutes, keeping the earlier text for moderation only', async () => {
    const { a, b, conversationId } = await pairOfMembers();
    const sent = await messages.send(a.userId, conversationId, 'See you at 6');
    const edited = await messages.edit(a.userId, sent.id, 'See you at 7');
    expect(edited).toMatchObject({ body: 'See you at 7', editedAt: expect.any(Date) });
    const versions = await dataSource.query(`SELECT id, body FROM message_versions WHERE message_id = $1`, [sent.id]);
    expect(versions).toHaveLength(1);
    expect(versions[0].body).toMatch(/^v1\./);
    expect(versions[0].body).not.toContain('See you');
    expect(JSON.stringify(await messages.history(b.userId, conversationId, { first: 5 }))).not.toContain('See you at 6');

    expect(await errorCodeOf(messages.edit(b.userId, sent.id, 'hijack'))).toBe('FORBIDDEN');
    expect(await errorCodeOf(messages.edit(a.userId, sent.id, ' '))).toBe('BAD_USER_INPUT');

    // The app shows the author how long they have; the other person is offered no correction.
    expect(edited.editableUntil?.getTime()).toBe(sent.createdAt.getTime() + 15 * 60_000);
    expect((await messages.history(b.userId, conversationId, { first: 1 })).edges[0]?.node.editableUntil).toBeNull();

    // Sixteen minutes later (the conversation started earlier still, so the message stays visible).
    await dataSource.query(`UPDATE conversation_participants SET joined_at = joined_at - interval '1 hour' WHERE conversation_id = $1`, [conversationId]);
    await dataSource.query(`UPDATE messages SET created_at = now() - interval '16 minutes' WHERE id = $1`, [sent.id]);
    expect(await errorCodeOf(messages.edit(a.userId, sent.id, 'See you at 8'))).toBe('CONFLICT');
    expect((await messages.history(a.userId, conversationId, { first: 1 })).edges[0]?.node.body).toBe('See you at 7');
  });

  it('deletes softly: the message stays in place, its text is shown to nobody', async () => {
    const { a, b, conversationId } = await pairOfMembers();
    const sent = await messages.send(a.userId, conversationId, 'I should not have said that');
    expect(await errorCodeOf(messages.delete(b.userId, sent.id))).toBe('FORBIDDEN');
    const deleted = await messages.delete(a.userId, sent.id);
    expect(deleted).toMatchObject({ deleted: true, body: null, editableUntil: null });
    expect((await messages.delete(a.userId, sent.id)).deleted).toBe(true);
    const [seen] = (await messages.history(b.userId, conversationId, { first: 1 })).edges;
    expect(seen?.node).toMatchObject({ id: sent.id, deleted: true, body: null });
    expect((await conversations.get(b.userId, conversationId)).lastMessage).toMatchObject({ deleted: true, body: null });
    expect(await errorCodeOf(messages.edit(a.userId, sent.id, 'again'))).toBe('CONFLICT');
  });

  it('blocks both ways: no messages, no new conversation, until unblocked', async () => {
    const { a, b, conversationId } = await pairOfMembers();
    const before = await messages.send(a.userId, conversationId, 'hello');
    await blocks.block(b.userId, a.userId);
    await blocks.block(b.userId, a.userId);
    expect(await blocks.isBlockedEitherWay(dataSource.manager, a.userId, b.userId)).toBe(true);
    expect(await blocks.blockedEitherWay(a.userId)).toEqual(new Set([b.userId]));
    expect(await errorCodeOf(messages.send(a.userId, conversationId, 'why?'))).toBe('FORBIDDEN');
    expect(await errorCodeOf(messages.send(b.userId, conversationId, 'bye'))).toBe('FORBIDDEN');
    expect(await errorCodeOf(messages.edit(a.userId, before.id, 'edited'))).toBe('FORBIDDEN');
    expect(await errorCodeOf(conversations.startDirect(a, b.userId))).toBe('FORBIDDEN');
    expect((await blocks.mine(b.userId)).map((blocked) => blocked.personId)).toEqual([a.userId]);
    expect(await blocks.mine(a.userId)).toEqual([]);
    expect(await errorCodeOf(blocks.block(a.userId, a.userId))).toBe('BAD_USER_INPUT');

    await blocks.unblock(b.userId, a.userId);
    expect((await messages.send(a.userId, conversationId, 'thank you')).body).toBe('thank you');
  });

  it('runs alliance groups: coordinators start them, owners add and remove the alliance’s people, members leave', async () => {
    const policy = moduleRef.get(CoordinatesGroupAlliancePolicy);
    const otherCoordinator = await person([PlatformRole.COORDINATOR]);
    const otherAlliance = await newAlliance();
    await dataSource.query(`INSERT INTO alliance_coordinators (alliance_id, user_id) VALUES ($1, $2)`, [otherAlliance, otherCoordinator.userId]);
    expect(await policy.allows(coordinator, { allianceId })).toBe(true);
    expect(await policy.allows(otherCoordinator, { allianceId })).toBe(false);
    expect(await policy.allows(await member(), { allianceId })).toBe(false);
    expect(await policy.allows(null, { allianceId })).toBe(false);

    const group = await conversations.createAllianceGroup(coordinator.userId, allianceId, 'Family support group');
    expect(group).toMatchObject({ kind: 'GROUP', title: 'Family support group', allianceId, participants: [{ personId: coordinator.userId, role: 'OWNER' }] });
    const parent = await join(await person([PlatformRole.SUPPORTER]), allianceId, 'SUPPORTER');
    const another = await member();
    const outsider = await person();
    await conversations.addGroupParticipant(coordinator.userId, group.id, parent.userId);
    const withBoth = await conversations.addGroupParticipant(coordinator.userId, group.id, another.userId);
    expect(withBoth.participants.map((participant) => participant.personId).sort()).toEqual([coordinator.userId, parent.userId, another.userId].sort());
    expect(await errorCodeOf(conversations.addGroupParticipant(coordinator.userId, group.id, outsider.userId))).toBe('BAD_USER_INPUT');
    expect(await errorCodeOf(conversations.addGroupParticipant(parent.userId, group.id, another.userId))).toBe('FORBIDDEN');
    expect(await errorCodeOf(conversations.addGroupParticipant(outsider.userId, group.id, outsider.userId))).toBe('NOT_FOUND');
    expect(await errorCodeOf(conversations.addGroupParticipant(otherCoordinator.userId, group.id, outsider.userId))).toBe('NOT_FOUND');

    await messages.send(parent.userId, group.id, 'Hello everyone');
    expect((await conversations.get(another.userId, group.id)).unreadCount).toBe(1);

    await conversations.leave(another.userId, group.id);
    expect(await errorCodeOf(messages.history(another.userId, group.id, { first: 5 }))).toBe('NOT_FOUND');
    await conversations.removeGroupParticipant(coordinator.userId, group.id, parent.userId);
    expect(await errorCodeOf(messages.send(parent.userId, group.id, 'still here?'))).toBe('NOT_FOUND');
    expect(await errorCodeOf(conversations.removeGroupParticipant(coordinator.userId, group.id, parent.userId))).toBe('NOT_FOUND');

    // Back again, they see the group from their return on, not what was said meanwhile.
    await messages.send(coordinator.userId, group.id, 'said while they were away');
    await conversations.addGroupParticipant(coordinator.userId, group.id, parent.userId);
    expect((await messages.history(parent.userId, group.id, { first: 10 })).edges).toEqual([]);

    const direct = await pairOfMembers();
    expect(await errorCodeOf(conversations.leave(direct.a.userId, direct.conversationId))).toBe('BAD_USER_INPUT');
  });

  it('opens one mentorship conversation per mentor and member, for the mentorship domain', async () => {
    const mentor = await person([PlatformRole.MEMBER, PlatformRole.PEER_MENTOR]);
    const mentee = await person();
    const id = await conversations.openMentorshipConversation(mentor.userId, mentee.userId);
    expect(await conversations.openMentorshipConversation(mentor.userId, mentee.userId)).toBe(id);
    expect((await conversations.get(mentee.userId, id)).kind).toBe('MENTORSHIP');
    // A mentorship connects the two, so they may also talk directly, even as new accounts.
    const direct = await conversations.startDirect(mentee, mentor.userId);
    expect(direct.kind).toBe('DIRECT');
    expect(direct.id).not.toBe(id);
  });

  it('mutes without stopping delivery, and tells the worker who to notify', async () => {
    const { a, b, conversationId } = await pairOfMembers();
    const handler = moduleRef.get(MessageSentHandler);
    const first = await messages.send(a.userId, conversationId, 'are you ok?');
    expect(await handler.recipientsOf(first.id)).toEqual([{ userId: b.userId, conversationId }]);
    const [job] = await dataSource.query(`SELECT job_name, payload FROM outbox_messages WHERE payload->>'messageId' = $1`, [first.id]);
    expect(job).toEqual({ job_name: 'messaging.message-sent', payload: { messageId: first.id } });

    expect((await conversations.mute(b.userId, conversationId, true)).muted).toBe(true);
    expect(await conversations.isMuted(b.userId, conversationId)).toBe(true);
    const second = await messages.send(a.userId, conversationId, 'still there?');
    expect(await handler.recipientsOf(second.id)).toEqual([]);
    expect((await conversations.get(b.userId, conversationId)).unreadCount).toBe(2);
    await conversations.mute(b.userId, conversationId, false);
    await blocks.block(b.userId, a.userId);
    expect(await handler.recipientsOf(second.id)).toEqual([]);
    await handler.handle({ messageId: second.id });
  });

  it('lists conversations by last activity, with the same number of queries for 2 or 20', async () => {
    const viewer = await person();
    const ids: string[] = [];
    for (let index = 0; index < 21; index += 1) {
      const mentor = await person();
      const id = await conversations.openMentorshipConversation(mentor.userId, viewer.userId);
      await messages.send(mentor.userId, id, `message ${index}`);
      ids.push(id);
    }
    const logQuery = jest.spyOn(dataSource.logger, 'logQuery');
    const countFor = async (first: number): Promise<{ queries: number; size: number }> => {
      logQuery.mockClear();
      const page = await conversations.mine(viewer.userId, { first });
      return { queries: logQuery.mock.calls.length, size: page.edges.length };
    };
    const small = await countFor(2);
    const large = await countFor(20);
    logQuery.mockRestore();
    expect(small.size).toBe(2);
    expect(large.size).toBe(20);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);

    const page = await conversations.mine(viewer.userId, { first: 3 });
    expect(page.edges.map((edge) => edge.node.id)).toEqual([ids[20], ids[19], ids[18]]);
    expect(page.edges[0]?.node).toMatchObject({ unreadCount: 1, lastMessage: { body: 'message 20' } });
    // New activity moves a conversation to the top.
    await messages.send(viewer.userId, ids[0]!, 'back to you');
    expect((await conversations.mine(viewer.userId, { first: 1 })).edges[0]?.node.id).toBe(ids[0]);
    const next = await conversations.mine(viewer.userId, { first: 2, after: page.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node.id)).toEqual([ids[17], ids[16]]);
  });

  it('streams added, edited, deleted and read events, and stops at once for someone removed', async () => {
    const live = moduleRef.get(MessageLive);
    const group = await conversations.createAllianceGroup(coordinator.userId, allianceId, 'Thursday group');
    const watcher = await member();
    await conversations.addGroupParticipant(coordinator.userId, group.id, watcher.userId);
    const stream = await live.watch(watcher, group.id);

    const sent = await messages.send(coordinator.userId, group.id, 'Welcome!');
    const added = await nextWithin(stream, 5000);
    expect(added).toEqual({
      done: false,
      value: expect.objectContaining({ kind: MessageEventKind.ADDED, conversationId: group.id, actorId: coordinator.userId }),
    });
    expect(added !== 'timeout' && (added.value as MessageEventObject).message).toMatchObject({ id: sent.id, body: 'Welcome!', sentByMe: false });

    await messages.edit(coordinator.userId, sent.id, 'Welcome, everyone!');
    expect(await nextWithin(stream, 5000)).toMatchObject({ value: { kind: MessageEventKind.EDITED, message: { body: 'Welcome, everyone!' } } });
    await conversations.markRead(watcher.userId, group.id);
    expect(await nextWithin(stream, 5000)).toMatchObject({ value: { kind: MessageEventKind.READ, actorId: watcher.userId, message: { id: sent.id } } });
    await messages.delete(coordinator.userId, sent.id);
    expect(await nextWithin(stream, 5000)).toMatchObject({ value: { kind: MessageEventKind.DELETED, message: { body: null, deleted: true } } });

    await conversations.removeGroupParticipant(coordinator.userId, group.id, watcher.userId);
    await messages.send(coordinator.userId, group.id, 'said after the removal');
    expect(await nextWithin(stream, 5000)).toEqual({ done: true, value: undefined });
  });

  it('re-checks each event: a participation removed behind the stream’s back yields nothing more', async () => {
    const live = moduleRef.get(MessageLive);
    const group = await conversations.createAllianceGroup(coordinator.userId, allianceId, 'Quiet removal');
    const watcher = await member();
    await conversations.addGroupParticipant(coordinator.userId, group.id, watcher.userId);
    const stream = await live.watch(watcher, group.id);
    // No "participants changed" event is published: only the per-event check can stop this one.
    await dataSource.query(`UPDATE conversation_participants SET left_at = now() WHERE conversation_id = $1 AND user_id = $2`, [group.id, watcher.userId]);
    await messages.send(coordinator.userId, group.id, 'not for the removed person');
    expect(await nextWithin(stream, 5000)).toEqual({ done: true, value: undefined });
  });

  it('holds back live events while a block stands in a direct conversation', async () => {
    const live = moduleRef.get(MessageLive);
    const { a, b, conversationId } = await pairOfMembers();
    const stream = await live.watch(b, conversationId);
    const early = await messages.send(a.userId, conversationId, 'hi');
    expect(await nextWithin(stream, 5000)).toMatchObject({ value: { kind: MessageEventKind.ADDED } });
    await blocks.block(b.userId, a.userId);
    await messages.delete(a.userId, early.id);
    expect(await nextWithin(stream, 1000)).toBe('timeout');
    // Unsubscribing from a quiet stream ends it at once, without waiting for another event.
    expect(await within(stream.return(undefined), 1000)).toEqual({ done: true, value: undefined });
  });

  it('exports a person’s messages decrypted and erases them as author: others read “Deleted person”', async () => {
    const { a, b, conversationId } = await pairOfMembers();
    const sent = await messages.send(a.userId, conversationId, 'My first week clean, thank you for listening');
    await messages.edit(a.userId, sent.id, 'My first week clean: thank you for listening');
    await messages.send(b.userId, conversationId, 'So proud of you');
    await blocks.block(a.userId, (await person()).userId);
    await blocks.block((await person()).userId, a.userId);
    const contributor = new MessagingPersonalData(moduleRef.get(FieldCipher));

    const exported = JSON.stringify(await contributor.export(dataSource.manager, a.userId));
    expect(exported).toContain('My first week clean: thank you for listening');
    expect(exported).toContain('My first week clean, thank you for listening');
    expect(exported).not.toContain('So proud of you');

    await dataSource.transaction((manager) => contributor.erase(manager, a.userId));
    await dataSource.transaction((manager) => contributor.erase(manager, a.userId));
    const history = await messages.history(b.userId, conversationId, { first: 5 });
    const theirs = history.edges.find((edge) => edge.node.id === sent.id)?.node;
    expect(theirs).toMatchObject({ authorId: null, authorDisplayName: ERASED_DISPLAY_NAME, body: 'My first week clean: thank you for listening' });
    expect((await conversations.get(b.userId, conversationId)).title).toBe(ERASED_DISPLAY_NAME);
    for (const [table, column] of [
      ['messages', 'author_id'],
      ['conversation_participants', 'user_id'],
      ['blocks', 'blocker_id'],
      ['blocks', 'blocked_id'],
      ['conversations', 'pair_low_id'],
      ['conversations', 'pair_high_id'],
      ['conversations', 'created_by'],
    ]) {
      const [left] = await dataSource.query(`SELECT count(*)::int AS count FROM ${table} WHERE ${column} = $1`, [a.userId]);
      expect([table, column, left.count]).toEqual([table, column, 0]);
    }
    const [versions] = await dataSource.query(`SELECT count(*)::int AS count FROM message_versions WHERE message_id = $1`, [sent.id]);
    expect(versions.count).toBe(0);
  });
});
