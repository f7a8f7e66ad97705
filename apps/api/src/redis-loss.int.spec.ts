import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobSchedules, PlatformRole, QueueName, REPEATABLE_JOBS } from '@kindred/core';
import { emptyRedisPrefix } from '@kindred/core/testing';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { callAs, createAccount, type TestAccount } from '@kindred/test-support/api-client';
import { waitFor } from '@kindred/test-support/polling';
import { startTestApi } from '@kindred/test-support/test-api';
import { startTestWorker } from '@kindred/test-support/test-worker';

interface MessageView {
  id: string;
  body: string | null;
  heldForReview: boolean;
}

/**
 * Redis holds nothing that cannot be lost: here it loses everything of this API's prefix (its
 * queued jobs, schedules and counters), as a Redis restarted empty would, and what people did
 * still has its effect.
 */
describe('when Redis loses everything', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule | undefined;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let prefix: string;
  let env: Awaited<ReturnType<typeof startTestApi>>['env'];
  let ana: TestAccount;
  let ben: TestAccount;
  let group = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const messageAs = async (account: TestAccount, messageId: string): Promise<MessageView> => {
    const { messages } = await call<{ messages: { edges: { node: MessageView }[] } }>(
      account,
      'query($c: ID!) { messages(conversationId: $c, first: 30) { edges { node { id body heldForReview } } } }',
      {
        c: group,
      },
    );
    const found = messages.edges.find((edge) => edge.node.id === messageId);
    if (!found) throw new Error(`message ${messageId} not in the conversation`);
    return found.node;
  };
  const outboxOf = (messageId: string): Promise<{ job_name: string; dispatched: boolean; completed: boolean }[]> =>
    dataSource.query(
      `SELECT job_name, dispatched_at IS NOT NULL AS dispatched, completed_at IS NOT NULL AS completed
         FROM outbox_messages WHERE payload->>'messageId' = $1 OR payload->>'contentId' = $1 ORDER BY job_name`,
      [messageId],
    );

  const casesOf = (messageId: string): Promise<{ status: string }[]> =>
    dataSource.query(`SELECT status FROM moderation_cases WHERE subject_ref = $1`, [messageId]);

  beforeAll(async () => {
    ({ app, stop, env } = await startTestApi('redis-loss'));
    prefix = env.config.redisPrefix;
    dataSource = app.get(DataSource);
    const admin = await createAccount(app, [PlatformRole.ADMIN]);
    const coordinator = await createAccount(app);
    [ana, ben] = await Promise.all([createAccount(app), createAccount(app)]);
    const allianceId = await allianceRunBy(app, admin, coordinator, 'Redis loss');
    for (const person of [ana, ben]) await joinAlliance(app, person, coordinator, allianceId);
    group = (
      await call<{ createAllianceGroup: { id: string } }>(
        coordinator,
        'mutation($a: ID!, $t: String!) { createAllianceGroup(allianceId: $a, title: $t) { id } }',
        {
          a: allianceId,
          t: 'Tuesday circle',
        },
      )
    ).createAllianceGroup.id;
    for (const person of [ana, ben])
      await call(coordinator, 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }', { c: group, u: person.userId });
  });

  afterAll(async () => {
    await worker?.close();
    await app.get<Queue>(getQueueToken(QueueName.Default)).obliterate({ force: true });
    await stop();
  });

  it('still scans a message whose scan job Redis lost before any worker ran it, and opens its case for a moderator', async () => {
    const body = 'Got oxys for sale, dm for prices.';
    const { sendMessage } = await call<{ sendMessage: MessageView }>(
      ana,
      'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id body heldForReview } }',
      {
        c: group,
        b: body,
      },
    );
    // Handed to Redis, but not done: no worker has run its jobs yet.
    expect(await outboxOf(sendMessage.id)).toEqual([
      { job_name: 'messaging.message-sent', dispatched: true, completed: false },
      { job_name: 'moderation.scan-content', dispatched: true, completed: false },
    ]);
    // Screened in the request, so held from the start; the scan's work is the moderator's case.
    expect(await messageAs(ben, sendMessage.id)).toMatchObject({ body: null, heldForReview: true });
    expect(await casesOf(sendMessage.id)).toEqual([]);

    await emptyRedisPrefix(prefix);
    worker = await startTestWorker(env);

    expect(
      await waitFor(
        () => casesOf(sendMessage.id),
        (cases) => cases.length > 0,
        'the moderation case to open',
        20_000,
      ),
    ).toEqual([{ status: 'OPEN' }]);
    expect(await messageAs(ben, sendMessage.id)).toMatchObject({ body: null, heldForReview: true });
    const done = await waitFor(
      () => outboxOf(sendMessage.id),
      (rows) => rows.every((row) => row.completed),
      'both jobs to complete',
    );
    expect(done.map((row) => row.job_name)).toEqual(['messaging.message-sent', 'moderation.scan-content']);
  });

  it('registers every repeatable job again once Redis has lost them, without a restart', async () => {
    const queue = app.get<Queue>(getQueueToken(QueueName.Default));
    const registered = async (): Promise<string[]> => (await queue.getJobSchedulers(0, -1)).map((scheduler) => scheduler.key).sort();
    const everyRepeatable = REPEATABLE_JOBS.map((job) => job.name).sort();
    expect(await registered()).toEqual(everyRepeatable);

    await emptyRedisPrefix(prefix);
    expect(await worker!.get(JobSchedules).missing()).toEqual(REPEATABLE_JOBS.map((job) => job.name));

    expect(await waitFor(registered, (names) => names.length === everyRepeatable.length, 'the schedules to be back')).toEqual(everyRepeatable);
    expect(await worker!.get(JobSchedules).missing()).toEqual([]);
  });
});
