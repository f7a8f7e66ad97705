import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { EventBus, findPersonalDataGaps, QueueName } from '@kindred/core';
import { errorCodeOf, integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { DIGEST_SETTLE_MS, DigestsService } from './digests/digests.service';
import { notificationTopic, type NotificationCreatedEvent } from './notifications/notification-events';
import { NotificationKind } from './notifications/notification-kind';
import type { NotificationObject } from './notifications/notification.types';
import { NotificationsService } from './notifications/notifications.service';
import { Notifier } from './notifications/notifier';
import { PreferencesService } from './preferences/preferences.service';
import { NotificationsPersonalData } from './privacy/notifications-personal-data';
import { newPerson, notificationsTestingModule, type TestPerson } from './testing/notifications-testing-module';

const page = { first: 20, after: null, unreadOnly: false };

/** The next value of a stream, or 'nothing' if none comes within `ms`. */
async function nextWithin<T>(stream: AsyncIterator<T>, ms: number): Promise<T | 'nothing' | 'ended'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'nothing'>((resolve) => (timer = setTimeout(() => resolve('nothing'), ms)));
  const next = stream.next().then((result) => (result.done ? 'ended' : result.value));
  try {
    return await Promise.race([next, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('notifications (real PostgreSQL and Redis)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let notifier: Notifier;
  let inbox: NotificationsService;
  let preferences: PreferencesService;
  let digests: DigestsService;
  let events: EventBus;

  const person = (options?: { locale?: 'en' | 'fr'; timeZone?: string }): Promise<TestPerson> => newPerson(dataSource, options);
  const notify = (userId: string, kind = NotificationKind.NEW_MESSAGE, extra: { subjectId?: string; actorId?: string } = {}) =>
    notifier.notify(dataSource.manager, { userId, kind, ...extra });
  const optIntoEmail = (who: TestPerson, kind = NotificationKind.NEW_MESSAGE) => preferences.update(who, kind, true, true);
  /** Makes the person's notifications old enough for a digest. */
  const settle = (who: TestPerson) =>
    dataSource.query(`UPDATE notifications SET created_at = created_at - make_interval(secs => $2) WHERE user_id = $1`, [
      who.userId,
      DIGEST_SETTLE_MS / 1000 + 60,
    ]);
  const digestEmails = async (who: TestPerson): Promise<number> =>
    Number(
      (
        (await dataSource.query(`SELECT count(*) AS n FROM outgoing_emails WHERE user_id = $1 AND template = 'NOTIFICATIONS_DIGEST'`, [who.userId])) as {
          n: string;
        }[]
      )[0]?.n,
    );

  beforeAll(async () => {
    env = await integrationEnvironment('notifications');
    ({ moduleRef } = await notificationsTestingModule(env));
    dataSource = moduleRef.get(DataSource);
    notifier = moduleRef.get(Notifier);
    inbox = moduleRef.get(NotificationsService);
    preferences = moduleRef.get(PreferencesService);
    digests = moduleRef.get(DigestsService);
    events = moduleRef.get(EventBus);
  });

  afterAll(async () => {
    await moduleRef.get<Queue>(getQueueToken(QueueName.Default)).obliterate({ force: true });
    await moduleRef.close();
    await env.cleanup();
  });

  describe('notify', () => {
    it('shows a notification in the app by default and keeps it out of email until the person opts in', async () => {
      const sam = await person();
      const conversationId = randomUUID();
      const created = await notify(sam.userId, NotificationKind.NEW_MESSAGE, { subjectId: conversationId });
      expect(created).toMatchObject({ inApp: true, emailDue: false, subjectId: conversationId });
      const listed = await inbox.mine(sam, page);
      expect(listed.edges.map((edge) => edge.node)).toEqual([
        expect.objectContaining({ id: created!.id, kind: NotificationKind.NEW_MESSAGE, text: 'You have a new message.', subjectId: conversationId }),
      ]);
      expect(await preferences.mine(sam)).toContainEqual({
        kind: NotificationKind.NEW_MESSAGE,
        inApp: true,
        email: false,
        push: true,
        mayBreakQuietHours: false,
        breakQuietHours: false,
      });
    });

    it('honours the person’s choices for each kind', async () => {
      const sam = await person();
      await preferences.update(sam, NotificationKind.REMINDER, false, false);
      await preferences.update(sam, NotificationKind.INVITATION, false, true);
      await preferences.update(sam, NotificationKind.GRANT_DECISION, true, true);

      expect(await notify(sam.userId, NotificationKind.REMINDER)).toBeNull();
      expect(await notify(sam.userId, NotificationKind.INVITATION)).toMatchObject({ inApp: false, emailDue: true });
      expect(await notify(sam.userId, NotificationKind.GRANT_DECISION)).toMatchObject({ inApp: true, emailDue: true });
      expect(await notify(sam.userId, NotificationKind.MENTORSHIP_REQUEST)).toMatchObject({ inApp: true, emailDue: false });

      const kinds = (await dataSource.query(`SELECT kind FROM notifications WHERE user_id = $1 ORDER BY kind`, [sam.userId])) as { kind: string }[];
      expect(kinds.map((row) => row.kind)).toEqual(['GRANT_DECISION', 'INVITATION', 'MENTORSHIP_REQUEST']);
      // Email-only notifications are not in the inbox or its count.
      expect((await inbox.mine(sam, page)).edges.map((edge) => edge.node.kind).sort()).toEqual(['GRANT_DECISION', 'MENTORSHIP_REQUEST']);
      expect(await inbox.unreadCount(sam)).toBe(2);
    });

    it('makes one pending notification of a busy conversation, and a new one once it is read', async () => {
      const sam = await person();
      const conversationId = randomUUID();
      const heard = await events.subscribe<NotificationCreatedEvent>(notificationTopic(sam.userId));
      try {
        const first = await notify(sam.userId, NotificationKind.NEW_MESSAGE, { subjectId: conversationId });
        expect(await nextWithin(heard, 2000)).toEqual({ notificationId: first!.id });
        // More messages, or the same job delivered again: the same notification, told once.
        const again = await Promise.all([1, 2, 3].map(() => notify(sam.userId, NotificationKind.NEW_MESSAGE, { subjectId: conversationId })));
        expect(again.map((notification) => notification?.id)).toEqual([first!.id, first!.id, first!.id]);
        expect(await nextWithin(heard, 300)).toBe('nothing');
        // Another conversation is another notification.
        expect((await notify(sam.userId, NotificationKind.NEW_MESSAGE, { subjectId: randomUUID() }))?.id).not.toBe(first!.id);
        expect(await inbox.unreadCount(sam)).toBe(2);

        await inbox.markRead(sam, [first!.id]);
        const afterReading = await notify(sam.userId, NotificationKind.NEW_MESSAGE, { subjectId: conversationId });
        expect(afterReading?.id).not.toBe(first!.id);
      } finally {
        await heard.return?.();
      }
    });

    it('tells nobody whose account is being deleted', async () => {
      const sam = await person();
      await dataSource.query(`UPDATE users SET erasure_requested_at = now() WHERE id = $1`, [sam.userId]);
      expect(await notify(sam.userId)).toBeNull();
      expect(await dataSource.query(`SELECT id FROM notifications WHERE user_id = $1`, [sam.userId])).toEqual([]);
    });

    it('writes in the caller’s transaction and announces only after it commits; a rollback leaves nothing', async () => {
      const sam = await person();
      const heard = await events.subscribe<NotificationCreatedEvent>(notificationTopic(sam.userId));
      try {
        const created = await dataSource.transaction(async (manager) => {
          const inside = await notifier.notify(manager, { userId: sam.userId, kind: NotificationKind.NEW_MESSAGE });
          // Not committed yet: nobody may hear of it.
          expect(await nextWithin(heard, 300)).toBe('nothing');
          return inside;
        });
        expect(await nextWithin(heard, 2000)).toEqual({ notificationId: created!.id });

        await dataSource
          .transaction(async (manager) => {
            await notifier.notify(manager, { userId: sam.userId, kind: NotificationKind.NEW_MESSAGE });
            throw new Error('the caller changed its mind');
          })
          .catch(() => undefined);
        expect(await nextWithin(heard, 500)).toBe('nothing');
        expect(await inbox.unreadCount(sam)).toBe(1);
      } finally {
        await heard.return?.();
      }
    });

    it('refuses a payload that is not ids', async () => {
      const sam = await person();
      await expect(notifier.notify(dataSource.manager, { userId: sam.userId, kind: NotificationKind.NEW_MESSAGE, subjectId: 'hello there' })).rejects.toThrow(
        /subjectId must be a uuid/,
      );
    });
  });
  describe('notifyMany', () => {
    it('tells everyone at once by the same rules as notify, in one statement, and collapses repeats', async () => {
      const [ana, ben, cam, dee] = await Promise.all([person(), person(), person(), person()]);
      const conversationId = randomUUID();
      await preferences.update(ben!, NotificationKind.NEW_MESSAGE, false, false);
      await preferences.update(cam!, NotificationKind.NEW_MESSAGE, false, true);
      await dataSource.query(`UPDATE users SET erasure_requested_at = now() WHERE id = $1`, [dee!.userId]);
      const pending = await notify(ana!.userId, NotificationKind.NEW_MESSAGE, { subjectId: conversationId });
      const heardByCam = await events.subscribe<NotificationCreatedEvent>(notificationTopic(cam!.userId));
      try {
        const everyone = [ana!, ben!, cam!, dee!].map((who) => who.userId);
        // Ana already has an unread notice about it; Ben turned it off; Dee is leaving; Cam hears by email only.
        expect(await notifier.notifyMany(dataSource.manager, { userIds: everyone, kind: NotificationKind.NEW_MESSAGE, subjectId: conversationId })).toBe(1);
        const rows = (await dataSource.query(`SELECT id, user_id, in_app, email_due FROM notifications WHERE subject_ref = $1 ORDER BY user_id`, [
          conversationId,
        ])) as { id: string; user_id: string; in_app: boolean; email_due: boolean }[];
        expect(rows.map((row) => row.user_id).sort()).toEqual([ana!.userId, cam!.userId].sort());
        expect(rows.find((row) => row.user_id === ana!.userId)?.id).toBe(pending!.id);
        expect(rows.find((row) => row.user_id === cam!.userId)).toMatchObject({ in_app: false, email_due: true });
        // Nothing in the app for Cam, so nothing live either.
        expect(await nextWithin(heardByCam, 300)).toBe('nothing');
        // The same job delivered again adds nothing.
        expect(await notifier.notifyMany(dataSource.manager, { userIds: everyone, kind: NotificationKind.NEW_MESSAGE, subjectId: conversationId })).toBe(0);
      } finally {
        await heardByCam.return?.();
      }
    });

    it('announces each new in-app notice live to its own person', async () => {
      const [ana, ben] = await Promise.all([person(), person()]);
      const conversationId = randomUUID();
      const heard = await Promise.all([ana!, ben!].map((who) => events.subscribe<NotificationCreatedEvent>(notificationTopic(who.userId))));
      try {
        await notifier.notifyMany(dataSource.manager, { userIds: [ana!.userId, ben!.userId], kind: NotificationKind.NEW_MESSAGE, subjectId: conversationId });
        const rows = (await dataSource.query(`SELECT id, user_id FROM notifications WHERE subject_ref = $1`, [conversationId])) as {
          id: string;
          user_id: string;
        }[];
        const idOf = (userId: string) => rows.find((row) => row.user_id === userId)?.id;
        expect(await nextWithin(heard[0]!, 2000)).toEqual({ notificationId: idOf(ana!.userId) });
        expect(await nextWithin(heard[1]!, 2000)).toEqual({ notificationId: idOf(ben!.userId) });
      } finally {
        await Promise.all(heard.map((stream) => stream.return?.()));
      }
    });
  });

  describe('the inbox', () => {
    it('lists newest first, a page at a time, in the person’s language', async () => {
      const camille = await person({ locale: 'fr' });
      for (const kind of [NotificationKind.REMINDER, NotificationKind.INVITATION, NotificationKind.NEW_MESSAGE]) await notify(camille.userId, kind);
      const first = await inbox.mine(camille, { ...page, first: 2 });
      expect(first.edges.map((edge) => edge.node.text)).toEqual(['Vous avez un nouveau message.', 'Vous avez une nouvelle invitation.']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await inbox.mine(camille, { ...page, first: 2, after: first.pageInfo.endCursor });
      expect(second.edges.map((edge) => edge.node.kind)).toEqual([NotificationKind.REMINDER]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('marks only the viewer’s own notifications read: another person’s ids change nothing', async () => {
      const owner = await person();
      const other = await person();
      const mine = await notify(owner.userId);
      const theirs = await notify(other.userId);
      await notify(other.userId);

      expect(await inbox.markRead(owner, [theirs!.id, 'not-an-id'])).toBe(0);
      expect(await inbox.unreadCount(other)).toBe(2);
      expect(await inbox.markRead(owner, [mine!.id, theirs!.id])).toBe(1);
      expect(await inbox.unreadCount(owner)).toBe(0);
      expect(await inbox.unreadCount(other)).toBe(2);
      expect((await inbox.mine(owner, { ...page, unreadOnly: true })).edges).toEqual([]);
      expect((await inbox.mine(owner, page)).edges[0]?.node.readAt).toBeInstanceOf(Date);

      // Marking all is still only all of the viewer's own.
      await notify(owner.userId);
      expect(await inbox.markRead(owner, null)).toBe(1);
      expect(await inbox.unreadCount(other)).toBe(2);
      expect((await inbox.mine(owner, page)).edges.map((edge) => edge.node.id)).not.toContain(theirs!.id);
    });

    it('refuses more than a page of ids at once', async () => {
      const sam = await person();
      expect(
        await errorCodeOf(
          inbox.markRead(
            sam,
            Array.from({ length: 101 }, () => randomUUID()),
          ),
        ),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('the live subscription', () => {
    it('gives each person their own new notifications and never anyone else’s', async () => {
      const alex = await person();
      const blair = await person({ locale: 'fr' });
      const alexStream = await inbox.watch(alex);
      const blairStream = await inbox.watch(blair);
      try {
        const forBlair = await notify(blair.userId);
        const forAlex = await notify(alex.userId, NotificationKind.INVITATION);
        expect(await nextWithin(alexStream, 2000)).toMatchObject({ id: forAlex!.id, text: 'You have a new invitation.' });
        expect(await nextWithin(blairStream, 2000)).toMatchObject({ id: forBlair!.id, text: 'Vous avez un nouveau message.' });

        // Even an event naming Blair's notification on Alex's topic is checked and dropped.
        await events.publish(notificationTopic(alex.userId), { notificationId: forBlair!.id });
        expect(await nextWithin(alexStream, 500)).toBe('nothing');
        const later = await notify(alex.userId);
        expect(((await nextWithin(alexStream, 2000)) as NotificationObject).id).toBe(later!.id);
      } finally {
        await alexStream.return?.();
        await blairStream.return?.();
      }
    });

    it('ends the stream once the session is revoked, before showing anything more', async () => {
      const alex = await person();
      const stream = await inbox.watch(alex);
      await dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [alex.sessionId]);
      await notify(alex.userId);
      expect(await nextWithin(stream, 2000)).toBe('ended');
    });

    it('lets go of its listener as soon as the client unsubscribes', async () => {
      const alex = await person();
      const stream = await inbox.watch(alex);
      const pending = stream.next();
      await stream.return?.();
      expect(await pending).toEqual({ value: undefined, done: true });
    });
  });

  describe('email digests', () => {
    it('sends one digest per person for many notifications, and never the same notifications twice', async () => {
      const dana = await person();
      const eli = await person();
      const quietOne = await person(); // has not opted in
      for (const who of [dana, eli]) await optIntoEmail(who);
      for (const who of [dana, eli, quietOne]) {
        for (let index = 0; index < 3; index += 1) await notify(who.userId);
        await settle(who);
      }
      await digests.sendDue();
      expect(await digestEmails(dana)).toBe(1);
      expect(await digestEmails(eli)).toBe(1);
      expect(await digestEmails(quietOne)).toBe(0);

      await digests.sendDue();
      expect(await digestEmails(dana)).toBe(1);
      const emailed = (await dataSource.query(`SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND emailed_at IS NOT NULL`, [dana.userId])) as {
        n: string;
      }[];
      expect(Number(emailed[0]?.n)).toBe(3);

      // What arrives after a digest waits for the next interval: no flood of emails.
      await notify(dana.userId);
      await settle(dana);
      await digests.sendDue();
      expect(await digestEmails(dana)).toBe(1);
      await digests.sendDue(new Date(Date.now() + 61 * 60 * 1000));
      expect(await digestEmails(dana)).toBe(2);
    });

    it('sends one digest when two workers run at the same moment', async () => {
      const people = await Promise.all([person(), person(), person()]);
      for (const who of people) {
        await optIntoEmail(who);
        await notify(who.userId);
        await notify(who.userId);
        await settle(who);
      }
      await Promise.all([digests.sendDue(), digests.sendDue(), digests.sendDue()]);
      for (const who of people) expect(await digestEmails(who)).toBe(1);
    });

    it('leaves out what is fresh, already read, or of a kind the person stopped wanting by email', async () => {
      const fresh = await person();
      const reader = await person();
      const changedMind = await person();
      for (const who of [fresh, reader, changedMind]) {
        await optIntoEmail(who);
        await notify(who.userId);
      }
      await settle(reader);
      await settle(changedMind);
      await inbox.markRead(reader, null);
      await preferences.update(changedMind, NotificationKind.NEW_MESSAGE, true, false);
      await digests.sendDue();
      for (const who of [fresh, reader, changedMind]) expect(await digestEmails(who)).toBe(0);
    });

    it('waits until the person’s quiet hours are over, in their own time zone', async () => {
      const tokyo = await person({ timeZone: 'Asia/Tokyo' });
      await optIntoEmail(tokyo);
      await preferences.setQuietHours(tokyo, '22:00', '07:00');
      await notify(tokyo.userId);
      await settle(tokyo);

      // 13:30 UTC is 22:30 in Tokyo; 21:30 UTC is 06:30 there the next morning: both quiet.
      const lateEvening = new Date(Date.UTC(2031, 0, 15, 13, 30));
      const earlyMorning = new Date(Date.UTC(2031, 0, 15, 21, 30));
      expect((await digests.sendDue(lateEvening)).quiet).toBeGreaterThanOrEqual(1);
      await digests.sendDue(earlyMorning);
      expect(await digestEmails(tokyo)).toBe(0);

      // 23:00 UTC is 08:00 in Tokyo: quiet hours are over.
      await digests.sendDue(new Date(Date.UTC(2031, 0, 15, 23, 0)));
      expect(await digestEmails(tokyo)).toBe(1);
    });

    it('queues the email through identity’s mail outbox, holding nothing but the person and the template', async () => {
      const fay = await person();
      await optIntoEmail(fay);
      await notify(fay.userId, NotificationKind.NEW_MESSAGE, { subjectId: randomUUID() });
      await settle(fay);
      await digests.sendDue();
      const [email] = (await dataSource.query(`SELECT id FROM outgoing_emails WHERE user_id = $1`, [fay.userId])) as { id: string }[];
      const job = await moduleRef.get<Queue>(getQueueToken(QueueName.Default)).getJob(`identity.send-email-${email!.id}`);
      expect(job?.data).toEqual({ outgoingEmailId: email!.id });
    });
  });

  describe('export and erasure', () => {
    it('covers every column of its tables that refers to a person', async () => {
      const gaps = await findPersonalDataGaps(dataSource.manager, [moduleRef.get(NotificationsPersonalData)], 'users');
      expect(gaps.filter((gap) => gap.startsWith('notification'))).toEqual([]);
      // The scan does see these tables: without the contributor it names each of them.
      const uncovered = await findPersonalDataGaps(dataSource.manager, [], 'users');
      expect(uncovered.filter((gap) => gap.startsWith('notification')).map((gap) => gap.split(' ')[0])).toEqual([
        'notification_digests.user_id',
        'notification_preferences.user_id',
        'notification_quiet_hours.user_id',
        'notifications.actor_id',
        'notifications.user_id',
      ]);
    });

    it('exports the person’s notifications, choices and quiet hours, naming nobody else', async () => {
      const camille = await person({ locale: 'fr', timeZone: 'Europe/Paris' });
      const other = await person();
      const subjectId = randomUUID();
      await notify(camille.userId, NotificationKind.NEW_MESSAGE, { subjectId, actorId: other.userId });
      await notify(other.userId, NotificationKind.NEW_MESSAGE, { actorId: camille.userId });
      await preferences.update(camille, NotificationKind.REMINDER, true, true);
      await preferences.setQuietHours(camille, '21:00', '08:00');

      const exported = await dataSource.transaction((manager) => moduleRef.get(NotificationsPersonalData).export(manager, camille.userId));
      expect(exported).toMatchObject({
        notifications: [expect.objectContaining({ kind: 'NEW_MESSAGE', text: 'Vous avez un nouveau message.', subjectId, readAt: null })],
        preferences: [expect.objectContaining({ kind: 'REMINDER', inApp: true, email: true })],
        quietHours: expect.objectContaining({ start: '21:00', end: '08:00' }),
      });
      expect(JSON.stringify(exported)).not.toContain(other.userId);
    });

    it('erases the person’s rows and removes them from notifications they caused for others, idempotently', async () => {
      const leaving = await person();
      const staying = await person();
      await notify(leaving.userId);
      const caused = await notify(staying.userId, NotificationKind.MENTORSHIP_REQUEST, { actorId: leaving.userId });
      await optIntoEmail(leaving);
      await preferences.setQuietHours(leaving, '22:00', '07:00');
      await dataSource.query(`INSERT INTO notification_digests (user_id, last_sent_at) VALUES ($1, now())`, [leaving.userId]);

      const contributor = moduleRef.get(NotificationsPersonalData);
      await dataSource.transaction((manager) => contributor.erase(manager, leaving.userId));
      await dataSource.transaction((manager) => contributor.erase(manager, leaving.userId));

      for (const table of ['notifications', 'notification_preferences', 'notification_quiet_hours', 'notification_digests']) {
        expect(await dataSource.query(`SELECT 1 FROM ${table} WHERE user_id = $1`, [leaving.userId])).toEqual([]);
      }
      const kept = (await dataSource.query(`SELECT actor_id FROM notifications WHERE id = $1`, [caused!.id])) as { actor_id: string | null }[];
      expect(kept).toEqual([{ actor_id: null }]);
    });
  });
});
