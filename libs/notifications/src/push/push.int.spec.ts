import { getQueueToken } from '@nestjs/bullmq';
import type { TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig, QueueName } from '@kindred/core';
import { errorCodeOf, integrationEnvironment, type IntegrationEnvironment } from '@kindred/core/testing';
import { FakePushService, type FakeSubscription } from '../testing/fake-push-service';
import { NotificationKind } from '../notifications/notification-kind';
import { Notifier } from '../notifications/notifier';
import { PreferencesService } from '../preferences/preferences.service';
import { NotificationsPersonalData } from '../privacy/notifications-personal-data';
import { newPerson, notificationsTestingModule, type TestPerson } from '../testing/notifications-testing-module';
import { PushDeliveryService } from './push-delivery.service';
import { PushSubscriptionsService } from './push-subscriptions.service';

/** Every text-like column of every table holding `value`, as `table.column`. */
async function columnsHolding(dataSource: DataSource, value: string): Promise<string[]> {
  const columns = (await dataSource.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb')`,
  )) as { table_name: string; column_name: string }[];
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`, [value])) as { n: number }[];
    if (row && row.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe('Web Push (real PostgreSQL, a fake push service checking VAPID and decrypting payloads)', () => {
  let env: IntegrationEnvironment;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let notifier: Notifier;
  let devices: PushSubscriptionsService;
  let delivery: PushDeliveryService;
  let preferences: PreferencesService;
  let pushService: FakePushService;
  let config: AppConfig;

  const notify = (who: TestPerson, kind = NotificationKind.NEW_MESSAGE, subjectId?: string) =>
    notifier.notify(dataSource.manager, { userId: who.userId, kind, subjectId });
  const subscribed = async (who: TestPerson): Promise<FakeSubscription> => {
    const device = pushService.newSubscription();
    await devices.subscribe(who, device);
    return device;
  };
  const stagedPushes = async (notificationId: string): Promise<number> =>
    Number(
      (
        (await dataSource.query(`SELECT count(*) AS n FROM outbox_messages WHERE job_name = 'notifications.send-push' AND payload->>'notificationId' = $1`, [
          notificationId,
        ])) as { n: string }[]
      )[0]?.n,
    );
  const deviceCount = async (who: TestPerson) => (await devices.settings(who)).deviceCount;

  beforeAll(async () => {
    env = await integrationEnvironment('push');
    ({ moduleRef } = await notificationsTestingModule(env));
    dataSource = moduleRef.get(DataSource);
    notifier = moduleRef.get(Notifier);
    devices = moduleRef.get(PushSubscriptionsService);
    delivery = moduleRef.get(PushDeliveryService);
    preferences = moduleRef.get(PreferencesService);
    config = moduleRef.get(AppConfig);
    pushService = await FakePushService.start({ expectedPublicKey: config.vapid.publicKey });
  });

  afterAll(async () => {
    await pushService.stop();
    await moduleRef.get<Queue>(getQueueToken(QueueName.Default)).obliterate({ force: true });
    await moduleRef.close();
    await env.cleanup();
  });

  describe('subscriptions', () => {
    it('keeps a device sealed at rest: neither its endpoint nor its keys are readable in any column', async () => {
      const ana = await newPerson(dataSource);
      const device = await subscribed(ana);
      expect(await devices.settings(ana)).toEqual({ applicationServerKey: config.vapid.publicKey, deviceCount: 1 });
      for (const value of [device.endpoint, device.p256dh, device.auth]) expect(await columnsHolding(dataSource, value)).toEqual([]);
      const [row] = (await dataSource.query(`SELECT subscription, subscription_key_id FROM push_subscriptions WHERE user_id = $1`, [ana.userId])) as {
        subscription: string;
        subscription_key_id: string;
      }[];
      expect(row?.subscription.split('.').slice(0, 2)).toEqual(['v1', row?.subscription_key_id]);
    });

    it('gives a shared device to whoever subscribed it last, and unsubscribes only one’s own', async () => {
      const [first, second] = [await newPerson(dataSource), await newPerson(dataSource)];
      const device = await subscribed(first);
      await devices.subscribe(first, device);
      expect(await deviceCount(first)).toBe(1);
      await devices.subscribe(second, device);
      expect([await deviceCount(first), await deviceCount(second)]).toEqual([0, 1]);
      await devices.unsubscribe(first, device.endpoint);
      expect(await deviceCount(second)).toBe(1);
      await devices.unsubscribe(second, device.endpoint);
      expect(await deviceCount(second)).toBe(0);
    });

    it('refuses an endpoint that is not a web address and keys that cannot encrypt, with a code', async () => {
      const ana = await newPerson(dataSource);
      const device = pushService.newSubscription();
      expect(await errorCodeOf(devices.subscribe(ana, { ...device, endpoint: 'file:///etc/passwd' }))).toBe('BAD_USER_INPUT');
      expect(await errorCodeOf(devices.subscribe(ana, { ...device, p256dh: device.auth }))).toBe('BAD_USER_INPUT');
      expect(await errorCodeOf(devices.subscribe(ana, { ...device, auth: 'not base64url!' }))).toBe('BAD_USER_INPUT');
      expect(await deviceCount(ana)).toBe(0);
    });
  });

  describe('the push job', () => {
    it('is staged with the notification and sends a signed, encrypted push that says only that there is a message', async () => {
      const ana = await newPerson(dataSource);
      const [phone, laptop] = [await subscribed(ana), await subscribed(ana)];
      const notification = await notify(ana);
      expect(notification?.pushDue).toBe(true);
      expect(await stagedPushes(notification!.id)).toBe(1);

      expect(await delivery.deliver(notification!.id, new Date())).toEqual({ outcome: 'pushed', sent: 2, removed: 0, refused: 0 });
      for (const device of [phone, laptop]) {
        const [push] = await pushService.waitForPushes(device);
        expect(push?.json).toEqual({ title: 'Kindred', body: 'You have a new message on Kindred', url: '/notifications', tag: `kindred-${notification!.id}` });
        expect(push?.vapid).toMatchObject({ subject: config.vapid.subject, publicKey: config.vapid.publicKey, audience: pushService.origin });
        expect(push?.urgency).toBe('normal');
      }
      // Redelivered, the job sends nothing more.
      expect(await delivery.deliver(notification!.id, new Date())).toEqual({ outcome: 'nothing-to-do' });
      expect(pushService.pushesTo(phone)).toHaveLength(1);
    });

    it('is staged for everyone with a device who hears of a group’s new message at once, and for no one else', async () => {
      const [withPhone, withPushOff, withoutDevice] = [await newPerson(dataSource), await newPerson(dataSource), await newPerson(dataSource)];
      const phone = await subscribed(withPhone);
      await subscribed(withPushOff);
      await preferences.update(withPushOff, NotificationKind.NEW_MESSAGE, true, false, { push: false });
      const conversationId = '3b0f6f52-8a4e-4f3e-9a57-6c1d2e3f4a5b';
      const everyone = [withPhone, withPushOff, withoutDevice].map((person) => person.userId);
      expect(await notifier.notifyMany(dataSource.manager, { userIds: everyone, kind: NotificationKind.NEW_MESSAGE, subjectId: conversationId })).toBe(3);
      const written = (await dataSource.query(`SELECT id, user_id, push_due FROM notifications WHERE subject_ref = $1`, [conversationId])) as {
        id: string;
        user_id: string;
        push_due: boolean;
      }[];
      const pushDue = Object.fromEntries(written.map((row) => [row.user_id, row.push_due]));
      expect(pushDue).toEqual({ [withPhone.userId]: true, [withPushOff.userId]: false, [withoutDevice.userId]: false });
      for (const row of written) expect(await stagedPushes(row.id)).toBe(row.push_due ? 1 : 0);
      const mine = written.find((row) => row.user_id === withPhone.userId)!;
      expect(await delivery.deliver(mine.id, new Date())).toMatchObject({ outcome: 'pushed', sent: 1 });
      expect((await pushService.waitForPushes(phone))[0]?.json).toMatchObject({ body: 'You have a new message on Kindred' });
    });

    it('speaks the recipient’s language', async () => {
      const lea = await newPerson(dataSource, { locale: 'fr' });
      const phone = await subscribed(lea);
      const notification = await notify(lea, NotificationKind.REMINDER);
      await delivery.deliver(notification!.id, new Date());
      const [push] = await pushService.waitForPushes(phone);
      expect(push?.json).toMatchObject({ title: 'Kindred', body: 'Vous avez un rappel sur Kindred' });
    });

    it('is not staged for someone with no device, or who turned push off for the kind, and honours a change of mind', async () => {
      const noDevice = await newPerson(dataSource);
      const none = await notify(noDevice);
      expect(none?.pushDue).toBe(false);
      expect(await stagedPushes(none!.id)).toBe(0);

      const ana = await newPerson(dataSource);
      const phone = await subscribed(ana);
      await preferences.update(ana, NotificationKind.INVITATION, true, false, { push: false });
      const off = await notify(ana, NotificationKind.INVITATION);
      expect(off?.pushDue).toBe(false);

      const pending = await notify(ana, NotificationKind.SYSTEM);
      await preferences.update(ana, NotificationKind.SYSTEM, true, false, { push: false });
      expect(await delivery.deliver(pending!.id, new Date())).toEqual({ outcome: 'turned-off' });
      expect(pushService.requestsTo(phone)).toBe(0);
    });

    it('keeps quiet during quiet hours, unless the kind may break them and the person allowed it', async () => {
      const ana = await newPerson(dataSource, { timeZone: 'Europe/Paris' });
      const phone = await subscribed(ana);
      await preferences.setQuietHours(ana, '22:00', '07:00');
      const night = new Date('2026-01-15T23:30:00Z'); // 00:30 in Paris
      const message = await notify(ana);
      expect(await delivery.deliver(message!.id, night)).toEqual({ outcome: 'quiet-hours' });

      const unallowed = await notify(ana, NotificationKind.SAFETY_ALERT, '6f1c2a44-5d9e-4b7e-8a51-0c7d2f9e1a01');
      expect(await delivery.deliver(unallowed!.id, night)).toEqual({ outcome: 'quiet-hours' });
      expect(pushService.requestsTo(phone)).toBe(0);

      expect(await errorCodeOf(preferences.update(ana, NotificationKind.NEW_MESSAGE, true, false, { breakQuietHours: true }))).toBe('BAD_USER_INPUT');
      const allowed = await preferences.update(ana, NotificationKind.SAFETY_ALERT, true, false, { breakQuietHours: true });
      expect(allowed).toMatchObject({ push: true, mayBreakQuietHours: true, breakQuietHours: true });
      const urgent = await notify(ana, NotificationKind.SAFETY_ALERT, '6f1c2a44-5d9e-4b7e-8a51-0c7d2f9e1a02');
      expect(await delivery.deliver(urgent!.id, night)).toMatchObject({ outcome: 'pushed', sent: 1 });
      const [push] = await pushService.waitForPushes(phone);
      expect(push?.json).toMatchObject({ body: 'You have something new on Kindred' });
      expect(push?.urgency).toBe('high');
    });

    it('removes a subscription the push service says is gone, and retries later when the service is down', async () => {
      const ana = await newPerson(dataSource);
      const [gone, down] = [await subscribed(ana), await subscribed(ana)];
      pushService.answerWith(gone, 410);
      pushService.answerWith(down, 503);
      const notification = await notify(ana);
      await expect(delivery.deliver(notification!.id, new Date())).rejects.toThrow(/push service answered 503/);
      expect(await deviceCount(ana)).toBe(1);

      pushService.answerWith(down, 404);
      expect(await delivery.deliver(notification!.id, new Date())).toEqual({ outcome: 'pushed', sent: 0, removed: 1, refused: 0 });
      expect(await deviceCount(ana)).toBe(0);
      expect(pushService.requestsTo(gone)).toBe(1);
    });
  });

  describe('export and erasure', () => {
    it('exports the person’s devices opened, and erases them: their endpoint and keys are found nowhere after', async () => {
      const ana = await newPerson(dataSource);
      const bea = await newPerson(dataSource);
      const device = await subscribed(ana);
      const kept = await subscribed(bea);
      const contributor = moduleRef.get(NotificationsPersonalData);
      const exported = await contributor.export(dataSource.manager, ana.userId);
      expect(exported['pushDevices']).toEqual([{ endpoint: device.endpoint, p256dh: device.p256dh, auth: device.auth, subscribedAt: expect.any(Date) }]);

      const digestOf = async (who: TestPerson) =>
        ((await dataSource.query(`SELECT endpoint_digest FROM push_subscriptions WHERE user_id = $1`, [who.userId])) as { endpoint_digest: string }[])[0]
          ?.endpoint_digest;
      const digest = await digestOf(ana);
      expect(await columnsHolding(dataSource, digest!)).toEqual(['push_subscriptions.endpoint_digest']);

      await dataSource.transaction((manager) => contributor.erase(manager, ana.userId));
      expect(await columnsHolding(dataSource, digest!)).toEqual([]);
      for (const value of [device.endpoint, device.p256dh, device.auth]) expect(await columnsHolding(dataSource, value)).toEqual([]);
      expect(await dataSource.query(`SELECT id FROM push_subscriptions WHERE user_id = $1`, [ana.userId])).toEqual([]);
      expect(await deviceCount(bea)).toBe(1);
      expect((await contributor.export(dataSource.manager, bea.userId))['pushDevices']).toEqual([expect.objectContaining({ endpoint: kept.endpoint })]);
    });
  });
});
