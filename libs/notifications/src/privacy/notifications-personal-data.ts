import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EncryptedColumns, FieldCipher, PersonalData, type PersonalDataContributor, type PersonalDataCoverage } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { NotificationDigest } from '../digests/notification-digest.entity';
import { renderNotificationText } from '../notifications/notification-text';
import { Notification } from '../notifications/notification.entity';
import { NotificationPreference } from '../preferences/notification-preference.entity';
import { QuietHours } from '../preferences/quiet-hours.entity';
import type { PushSubscriptionKeys } from '../push/push-endpoint';
import { PushSubscription, pushSubscriptionContext } from '../push/push-subscription.entity';

/**
 * Notifications' share of export and erasure. A person's own notifications and settings are
 * deleted; where they caused someone else's notification, their id is removed and the
 * notification kept for its owner. Push subscriptions (a device's endpoint and keys) are
 * exported opened, and erased with the rest.
 */
@EncryptedColumns([
  { table: 'push_subscriptions', column: 'subscription', keyIdColumn: 'subscription_key_id', context: (row) => pushSubscriptionContext(row['id']!) },
])
@PersonalData()
@Injectable()
export class NotificationsPersonalData implements PersonalDataContributor {
  readonly domain = 'notifications';

  readonly covers: readonly PersonalDataCoverage[] = [
    { table: 'notifications', personColumns: ['user_id', 'actor_id'] },
    { table: 'notification_preferences', personColumns: ['user_id'] },
    { table: 'notification_quiet_hours', personColumns: ['user_id'] },
    { table: 'notification_digests', personColumns: ['user_id'] },
    { table: 'push_subscriptions', personColumns: ['user_id'] },
  ];

  constructor(
    private readonly people: PeopleDirectory,
    private readonly cipher: FieldCipher,
  ) {}

  async export(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
    const locale = (await this.people.settings([userId])).get(userId)?.locale ?? 'en';
    const notifications = await manager.getRepository(Notification).find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const preferences = await manager.getRepository(NotificationPreference).find({ where: { userId }, order: { kind: 'ASC' } });
    const quietHours = await manager.getRepository(QuietHours).findOneBy({ userId });
    const digest = await manager.getRepository(NotificationDigest).findOneBy({ userId });
    const devices = await manager.getRepository(PushSubscription).find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return {
      // Who caused a notification is someone else's id: not named here.
      notifications: notifications.map((notification) => ({
        id: notification.id,
        kind: notification.kind,
        text: renderNotificationText(notification.kind, locale),
        subjectId: notification.subjectId,
        shownInApp: notification.inApp,
        createdAt: notification.createdAt,
        readAt: notification.readAt,
        emailedAt: notification.emailedAt,
        pushed: notification.pushDue,
        pushSettledAt: notification.pushSettledAt,
      })),
      preferences: preferences.map(({ kind, inApp, email, push, breakQuietHours, updatedAt }) => ({ kind, inApp, email, push, breakQuietHours, updatedAt })),
      pushDevices: devices.map((device) => {
        const keys = JSON.parse(this.cipher.decrypt(device.subscription, pushSubscriptionContext(device.id))) as PushSubscriptionKeys;
        return { endpoint: keys.endpoint, p256dh: keys.p256dh, auth: keys.auth, subscribedAt: device.createdAt };
      }),
      quietHours: quietHours && { start: quietHours.startsAt, end: quietHours.endsAt, updatedAt: quietHours.updatedAt },
      lastDigestSentAt: digest?.lastSentAt ?? null,
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(Notification, { userId });
    await manager.update(Notification, { actorId: userId }, { actorId: null });
    await manager.delete(NotificationPreference, { userId });
    await manager.delete(QuietHours, { userId });
    await manager.delete(NotificationDigest, { userId });
    await manager.delete(PushSubscription, { userId });
  }
}
