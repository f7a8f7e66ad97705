import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import {
  Authenticator,
  BadUserInputError,
  EventBus,
  mapConnection,
  MAX_PAGE_SIZE,
  paginateByKeyset,
  type Connection,
  type Viewer,
  isUuid,
} from '@kindred/core';
import { PeopleDirectory, type Locale } from '@kindred/identity';
import { notificationTopic, type NotificationCreatedEvent } from './notification-events';
import { renderNotificationText } from './notification-text';
import type { MyNotificationsArgs, NotificationObject } from './notification.types';
import { Notification } from './notification.entity';
import { NotificationMessages } from '../notifications.messages';

export function toNotificationObject(notification: Notification, locale: Locale): NotificationObject {
  return {
    id: notification.id,
    kind: notification.kind,
    text: renderNotificationText(notification.kind, locale),
    subjectId: notification.subjectId,
    createdAt: notification.createdAt,
    readAt: notification.readAt,
  };
}

/**
 * A person's own notifications (API side). Every query is scoped to the viewer: nobody can
 * list, count, mark or receive anyone else's, whatever ids they send.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly people: PeopleDirectory,
    private readonly events: EventBus,
    private readonly authenticator: Authenticator,
  ) {}

  /** Newest first, in the viewer's language. */
  async mine(viewer: Viewer, args: MyNotificationsArgs): Promise<Connection<NotificationObject>> {
    const query = this.notifications
      .createQueryBuilder('notification')
      .where('notification.user_id = :userId AND notification.in_app', { userId: viewer.userId });
    if (args.unreadOnly) query.andWhere('notification.read_at IS NULL');
    const page = await paginateByKeyset(query, args, {
      sortColumn: 'notification.created_at',
      idColumn: 'notification.id',
      direction: 'DESC',
      keyOf: (notification) => [notification.createdAt.toISOString(), notification.id],
    });
    const locale = await this.localeOf(viewer.userId);
    return mapConnection(page, (notification) => toNotificationObject(notification, locale));
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.notifications.countBy({ userId: viewer.userId, inApp: true, readAt: IsNull() });
  }

  /**
   * Marks the given notifications read, or all of them when `ids` is omitted, and says how
   * many changed. Ids that are not the viewer's (or not ids at all) change nothing and are
   * not reported, so the answer reveals nothing about anyone else's notifications.
   */
  async markRead(viewer: Viewer, ids: readonly string[] | null | undefined): Promise<number> {
    if (ids && ids.length > MAX_PAGE_SIZE) {
      throw new BadUserInputError(NotificationMessages.MARK_READ_LIMIT({ max: MAX_PAGE_SIZE }), {
        field: 'ids',
      });
    }
    const wanted = ids?.filter((id) => isUuid(id));
    if (wanted && wanted.length === 0) return 0;
    const result = await this.notifications.update(
      { userId: viewer.userId, inApp: true, readAt: IsNull(), ...(wanted ? { id: In(wanted) } : {}) },
      { readAt: new Date() },
    );
    return result.affected ?? 0;
  }

  /**
   * The viewer's new notifications as they arrive. Checked when subscribing (by the access
   * rule) and again for every event: the notification is reloaded and yielded only if it is
   * the viewer's, and the stream ends once the viewer's session is no longer valid. Listens
   * on the viewer's own topic, which only their own notifications are announced on.
   *
   * A hand-written iterator rather than an async generator: a generator cannot be returned
   * while it waits for an event, so an unsubscribed client would keep its Redis listener
   * until the next notification; here `return()` releases it at once.
   */
  async watch(viewer: Viewer): Promise<AsyncIterableIterator<NotificationObject>> {
    const events = await this.events.subscribe<NotificationCreatedEvent>(notificationTopic(viewer.userId));
    const deliverable = (notificationId: unknown) => this.deliverable(viewer, notificationId);
    let finished = false;
    const finish = async (): Promise<IteratorReturnResult<undefined>> => {
      finished = true;
      await events.return?.();
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<NotificationObject> = {
      next: async () => {
        while (!finished) {
          const event = await events.next();
          if (event.done) break;
          const delivery = await deliverable(event.value.notificationId);
          if (delivery === 'signed-out') break;
          if (delivery && !finished) return { value: delivery, done: false };
        }
        return finish();
      },
      return: finish,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private async deliverable(viewer: Viewer, notificationId: unknown): Promise<NotificationObject | 'signed-out' | null> {
    const current = await this.authenticator.viewerForSession(viewer.sessionId);
    if (!current || current.userId !== viewer.userId) return 'signed-out';
    if (typeof notificationId !== 'string' || !isUuid(notificationId)) return null;
    const notification = await this.notifications.findOneBy({ id: notificationId, userId: viewer.userId, inApp: true });
    return notification ? toNotificationObject(notification, await this.localeOf(viewer.userId)) : null;
  }

  private async localeOf(userId: string): Promise<Locale> {
    return (await this.people.settings([userId])).get(userId)?.locale ?? 'en';
  }
}
