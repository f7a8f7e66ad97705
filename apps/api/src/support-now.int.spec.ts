import { AppConfig, JobQueue, QueueName } from '@kindred/core';
import { notificationTopic } from '@kindred/notifications';
import { joinAlliance, startMentorship, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { startAllianceScene, type AllianceScene } from '@kindred/test-support/alliance-scene';
import { callAs, codeAs, type TestAccount } from '@kindred/test-support/api-client';
import { runDelayedJobsNow } from '@kindred/test-support/clock';
import { insertPerson } from '@kindred/test-support/factories';
import { waitForListeners } from '@kindred/test-support/live-channels';
import { LiveListeners, settle, type Heard } from '@kindred/test-support/live-listener';
import { eventually } from '@kindred/test-support/polling';

const CALL_FIELDS = 'id status mine alertedCount answeredByMe showCrisisLinesAgain memberDisplayName answers { userId displayName }';
const REQUEST = `mutation { requestSupportNow { ${CALL_FIELDS} } }`;
const VIEW = `query($id: ID!) { supportRequest(id: $id) { ${CALL_FIELDS} } }`;
const ANSWER = `mutation($id: ID!) { answerSupportRequest(id: $id) { ${CALL_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeSupportRequest(id: $id) { ${CALL_FIELDS} } }`;
const WATCH_NOTIFICATIONS = 'subscription { myNotifications { kind subjectId text } }';
const WATCH_CALL = `subscription($id: ID!) { supportRequestChanged(id: $id) { ${CALL_FIELDS} } }`;

interface Call {
  id: string;
  status: 'OPEN' | 'CLOSED';
  mine: boolean;
  alertedCount: number;
  answeredByMe: boolean;
  showCrisisLinesAgain: boolean;
  memberDisplayName: string;
  answers: { userId: string; displayName: string }[];
}

/** "I need support now" through the API and the worker's real processors. */
describe('I need support now', () => {
  let scene: AllianceScene;
  let member: TestAccount;
  let mentor: TestAccount;
  let friend: TestAccount;
  let onCall: TestAccount;
  let stranger: TestAccount;
  let url = '';

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}) => callAs<T>(scene.app, account, query, variables);
  const request = async (account: TestAccount) => (await call<{ requestSupportNow: Call }>(account, REQUEST)).requestSupportNow;
  const view = async (account: TestAccount, id: string) => (await call<{ supportRequest: Call }>(account, VIEW, { id })).supportRequest;
  const close = async (account: TestAccount, id: string) => (await call<{ closeSupportRequest: Call }>(account, CLOSE, { id })).closeSupportRequest;
  const supportNowNotices = async (account: TestAccount): Promise<{ kind: string; subjectId: string }[]> =>
    (
      await call<{ myNotifications: { edges: { node: { kind: string; subjectId: string } }[] } }>(
        account,
        '{ myNotifications(first: 50) { edges { node { kind subjectId } } } }',
      )
    ).myNotifications.edges
      .map((edge) => edge.node)
      .filter((node) => node.kind.startsWith('SUPPORT_NOW'));
  const audited = async (action: string, supportRequestId: string): Promise<number> =>
    (
      (await scene.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND details->>'supportRequestId' = $2`, [
        action,
        supportRequestId,
      ])) as { n: number }[]
    )[0]!.n;
  const setUp = (account: TestAccount, query: string, variables: Record<string, unknown> = {}) => call(account, query, variables);

  beforeAll(async () => {
    scene = await startAllianceScene('support-now', 'Support now alliance');
    [member, mentor, friend, onCall, stranger] = await Promise.all([
      insertPerson(scene.app),
      insertPerson(scene.app),
      insertPerson(scene.app),
      insertPerson(scene.app),
      insertPerson(scene.app),
    ]);
    for (const person of [member, mentor, friend, onCall, stranger]) await joinAlliance(scene.app, person, scene.coordinator, scene.allianceId);
    await vetAsMentor(scene.app, mentor, scene.coordinator, scene.allianceId);
    await vetAsMentor(scene.app, onCall, scene.coordinator, scene.allianceId);
    await startMentorship(scene.app, member, mentor);
    const { inviteToCircle } = await call<{ inviteToCircle: { id: string } }>(
      member,
      'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }',
      {
        u: friend.userId,
      },
    );
    await call(friend, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
    await scene.app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(scene.app.getHttpServer().address() as { port: number }).port}/graphql`;
  });

  afterAll(() => scene.stop());

  it('alerts nobody without the responder’s own consent, and refuses to choose someone who is not the person’s mentor or circle', async () => {
    const { mySupportNowSetup } = await call<{ mySupportNowSetup: { candidates: { userId: string; relationship: string }[] } }>(
      member,
      '{ mySupportNowSetup { candidates { userId relationship } } }',
    );
    expect(mySupportNowSetup.candidates).toEqual(
      expect.arrayContaining([
        { userId: mentor.userId, relationship: 'MENTOR' },
        { userId: friend.userId, relationship: 'SUPPORTER' },
      ]),
    );
    for (const responder of [mentor, friend])
      await setUp(member, 'mutation($u: ID!) { chooseSupportResponder(userId: $u) { reachOnCall } }', { u: responder.userId });
    expect(await codeAs(scene.app, member, 'mutation($u: ID!) { chooseSupportResponder(userId: $u) { reachOnCall } }', { u: stranger.userId })).toBe(
      'BAD_USER_INPUT',
    );

    const unheard = await request(member);
    expect(unheard.alertedCount).toBe(0);
    for (const responder of [mentor, friend]) {
      expect(await supportNowNotices(responder)).toEqual([]);
      expect(await codeAs(scene.app, responder, VIEW, { id: unheard.id })).toBe('NOT_FOUND');
    }
    await close(member, unheard.id);
  });

  it('reaches every consenting responder live; the first answer is seen by the person and the other responder; “I’m OK now” closes it for all', async () => {
    for (const responder of [mentor, friend]) {
      await setUp(
        responder,
        'mutation($m: ID!) { answerSupportResponderAsk(memberId: $m, consent: true, throughQuietHours: true) { askedOfMe { consented } } }',
        {
          m: member.userId,
        },
      );
    }
    const live = new LiveListeners(url);
    try {
      const [mentorHeard, friendHeard] = [
        await live.listen(mentor.accessToken, WATCH_NOTIFICATIONS),
        await live.listen(friend.accessToken, WATCH_NOTIFICATIONS),
      ];
      for (const responder of [mentor, friend]) await waitForListeners(redisPrefixOf(scene), notificationTopic(responder.userId), 1);

      const opened = await request(member);
      expect(opened).toMatchObject({ status: 'OPEN', mine: true, alertedCount: 2, answers: [] });
      // Pressing again finds the same call: nobody is alerted twice.
      expect((await request(member)).id).toBe(opened.id);

      await settle(() => alertsIn(mentorHeard).length > 0 && alertsIn(friendHeard).length > 0);
      for (const heard of [mentorHeard, friendHeard])
        expect(alertsIn(heard)).toEqual([{ kind: 'SUPPORT_NOW', subjectId: opened.id, text: expect.not.stringContaining(member.displayName) }]);
      const quiet = (await scene.dataSource.query(`SELECT through_quiet_hours FROM notifications WHERE subject_ref = $1 AND kind = 'SUPPORT_NOW'`, [
        opened.id,
      ])) as {
        through_quiet_hours: boolean;
      }[];
      expect(quiet.map((row) => row.through_quiet_hours)).toEqual([true, true]);

      const friendWatch = await live.listen(friend.accessToken, WATCH_CALL, { id: opened.id });
      await waitForListeners(redisPrefixOf(scene), `support-now.request.${opened.id}`, 1);

      const answered = (await call<{ answerSupportRequest: Call }>(mentor, ANSWER, { id: opened.id })).answerSupportRequest;
      expect(answered.answeredByMe).toBe(true);
      await settle(() => friendWatch.results.length > 0);
      const friendSees = (friendWatch.results[0]!.data as { supportRequestChanged: Call }).supportRequestChanged;
      expect(friendSees.answers).toEqual([{ userId: mentor.userId, displayName: mentor.displayName }]);
      expect(friendSees.answeredByMe).toBe(false);
      expect((await view(member, opened.id)).answers.map((answer) => answer.userId)).toEqual([mentor.userId]);

      const closed = await close(member, opened.id);
      expect(closed.status).toBe('CLOSED');
      await settle(() => friendWatch.results.length > 1);
      expect((friendWatch.results[1]!.data as { supportRequestChanged: Call }).supportRequestChanged.status).toBe('CLOSED');
      for (const responder of [mentor, friend]) expect((await view(responder, opened.id)).status).toBe('CLOSED');
      expect(await codeAs(scene.app, friend, ANSWER, { id: opened.id })).toBe('CONFLICT');
      expect((await supportNowNotices(member)).map((notice) => notice.kind)).toEqual(['SUPPORT_NOW_UPDATE']);

      expect(await audited('safety.support_now_requested', opened.id)).toBe(1);
      expect(await audited('safety.support_now_answered', opened.id)).toBe(1);
      expect(await audited('safety.support_now_closed', opened.id)).toBe(1);
    } finally {
      await live.dispose();
    }
  });

  it('shows a call to nobody else, and lets no responder close it or anyone answer their own', async () => {
    const opened = await request(member);
    expect(await codeAs(scene.app, stranger, VIEW, { id: opened.id })).toBe('NOT_FOUND');
    expect(await codeAs(scene.app, stranger, ANSWER, { id: opened.id })).toBe('NOT_FOUND');
    expect(await codeAs(scene.app, scene.coordinator, VIEW, { id: opened.id })).toBe('NOT_FOUND');
    expect(await codeAs(scene.app, friend, CLOSE, { id: opened.id })).toBe('NOT_FOUND');
    expect(await codeAs(scene.app, member, ANSWER, { id: opened.id })).toBe('NOT_FOUND');
    await close(member, opened.id);
  });

  it('with no answer in time, reaches the on-call peers (controlled clock), then shows the person the crisis lines again', async () => {
    await setUp(member, 'mutation { setSupportNowReachOnCall(reachOnCall: true) { reachOnCall } }');
    await setUp(scene.coordinator, 'mutation($a: ID!) { setOnCallTimeZone(allianceId: $a, timeZone: "Europe/London") { timeZone } }', { a: scene.allianceId });
    const weekday = (new Date().getUTCDay() + 6) % 7;
    // Today, morning and afternoon-into-night: the peer is on call whatever the hour in London.
    for (const day of [weekday, (weekday + 6) % 7]) {
      for (const [startsAt, endsAt] of [
        ['00:00', '12:00'],
        ['12:00', '00:00'],
      ]) {
        await setUp(
          scene.coordinator,
          'mutation($a: ID!, $p: ID!, $d: Int!, $s: String!, $e: String!) { addOnCallShift(allianceId: $a, peerId: $p, weekday: $d, startsAt: $s, endsAt: $e) { allianceId } }',
          {
            a: scene.allianceId,
            p: onCall.userId,
            d: day,
            s: startsAt,
            e: endsAt,
          },
        );
      }
    }
    const opened = await request(member);
    expect(await codeAs(scene.app, onCall, VIEW, { id: opened.id })).toBe('NOT_FOUND');
    expect((await view(member, opened.id)).showCrisisLinesAgain).toBe(false);

    const queue = scene.app.get(JobQueue).queue(QueueName.Default);
    await eventually('the escalation to wait in the queue', async () =>
      (await queue.getDelayed()).some((job) => job.name === 'moderation.escalate-support-request') ? true : undefined,
    );
    // The earlier, closed calls' escalations run too, and change nothing.
    expect(await runDelayedJobsNow(queue, 'moderation.escalate-support-request')).toBeGreaterThanOrEqual(1);

    const escalated = await eventually('the call to escalate', async () => {
      const seen = await view(member, opened.id);
      return seen.showCrisisLinesAgain ? seen : undefined;
    });
    expect(escalated.alertedCount).toBe(3);
    expect((await view(onCall, opened.id)).memberDisplayName).toBe(member.displayName);
    expect(await supportNowNotices(onCall)).toEqual([{ kind: 'SUPPORT_NOW', subjectId: opened.id }]);
    expect(await audited('safety.support_now_escalated', opened.id)).toBe(1);

    // An answer ends the crisis-lines prompt; the escalation, run again, does nothing more.
    await call(onCall, ANSWER, { id: opened.id });
    expect((await view(member, opened.id)).showCrisisLinesAgain).toBe(false);
    await close(member, opened.id);
  });

  it('is gently rate-limited: an open call is found again for free, new calls past ten an hour wait', async () => {
    const someone = await insertPerson(scene.app);
    for (let index = 0; index < 10; index += 1) {
      const opened = await request(someone);
      expect((await request(someone)).id).toBe(opened.id);
      await close(someone, opened.id);
    }
    expect(await codeAs(scene.app, someone, REQUEST)).toBe('RATE_LIMITED');
  });
});

function alertsIn(heard: Heard): unknown[] {
  return heard.results
    .map((result) => (result.data as { myNotifications?: { kind: string } } | undefined)?.myNotifications)
    .filter((notice): notice is { kind: string } => notice?.kind === 'SUPPORT_NOW');
}

function redisPrefixOf(scene: AllianceScene): string {
  return scene.app.get(AppConfig).redisPrefix;
}
