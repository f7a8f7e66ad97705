import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, IsNull } from 'typeorm';
import { FieldCipher, LOGGER } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { URGENT_PUSH_KINDS } from '../notifications/notification-kind';
import { Notification } from '../notifications/notification.entity';
import { DEFAULT_PREFERENCE, NotificationPreference } from '../preferences/notification-preference.entity';
import { QuietHoursPolicy } from '../preferences/quiet-hours-policy';
import type { PushSubscriptionKeys } from './push-endpoint';
import { PushSubscription, pushSubscriptionContext } from './push-subscription.entity';
import { pushLink, renderPushText } from './push-text';
import { PushServiceUnavailable, WebPushSender } from './web-push-sender';

/** What one run of the push job did. */
export type PushRun =
  { outcome: 'nothing-to-do' | 'already-read' | 'turned-off' | 'quiet-hours' } | { outcome: 'pushed'; sent: number; removed: number; refused: number };

/** What the service worker receives, encrypted for the device: fixed words and a link into the app. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  tag: string;
}

/**
 * Pushes one notification to the person's devices. Settled once (sent, or skipped for quiet
 * hours, a change of mind, or because it was already read), so a redelivered job sends nothing.
 * Subscriptions the push service says are gone (404, 410) are deleted. When a push service
 * cannot take it now, the job fails and retries; devices that did get it may then get it again.
 */
@Injectable()
export class PushDeliveryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly people: PeopleDirectory,
    private readonly quietHours: QuietHoursPolicy,
    private readonly sender: WebPushSender,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async deliver(notificationId: string, now: Date): Promise<PushRun> {
    const manager = this.dataSource.manager;
    const notification = await manager.getRepository(Notification).findOneBy({ id: notificationId });
    if (!notification?.pushDue || notification.pushSettledAt) return { outcome: 'nothing-to-do' };
    if (notification.readAt) return this.settle(notification, { outcome: 'already-read' });
    const person = (await this.people.settings([notification.userId])).get(notification.userId);
    const preference = await manager.getRepository(NotificationPreference).findOneBy({ userId: notification.userId, kind: notification.kind });
    if (!person?.active || !(preference?.push ?? DEFAULT_PREFERENCE.push)) return this.settle(notification, { outcome: 'turned-off' });
    if (!(await this.quietHours.mayInterrupt(manager, notification, now))) {
      return this.settle(notification, { outcome: 'quiet-hours' });
    }

    const payload: PushPayload = {
      ...renderPushText(notification.kind, person.locale),
      url: pushLink(notification.kind, notification.subjectId),
      tag: `kindred-${notification.id}`,
    };
    const subscriptions = await manager.getRepository(PushSubscription).findBy({ userId: notification.userId });
    const run = { outcome: 'pushed' as const, sent: 0, removed: 0, refused: 0 };
    let unavailable: PushServiceUnavailable | null = null;
    for (const subscription of subscriptions) {
      const keys = JSON.parse(this.cipher.decrypt(subscription.subscription, pushSubscriptionContext(subscription.id))) as PushSubscriptionKeys;
      try {
        const outcome = await this.sender.send(keys, JSON.stringify(payload), {
          urgent: notification.throughQuietHours || URGENT_PUSH_KINDS.has(notification.kind),
          subscriptionId: subscription.id,
        });
        if (outcome === 'sent') run.sent += 1;
        if (outcome === 'refused') run.refused += 1;
        if (outcome === 'gone') {
          // By id: a device subscribed again since then has a new row, which stays.
          await manager.getRepository(PushSubscription).delete({ id: subscription.id });
          run.removed += 1;
        }
      } catch (error) {
        if (!(error instanceof PushServiceUnavailable)) throw error;
        unavailable = error;
      }
    }
    if (unavailable) throw unavailable;
    return this.settle(notification, run);
  }

  private async settle<R extends PushRun>(notification: Notification, run: R): Promise<R> {
    await this.dataSource.getRepository(Notification).update({ id: notification.id, pushSettledAt: IsNull() }, { pushSettledAt: new Date() });
    if (run.outcome === 'pushed') {
      const { sent, removed, refused } = run;
      this.logger.info({ notificationId: notification.id, sent, removed, refused }, 'push notification delivered');
    }
    return run;
  }
}
