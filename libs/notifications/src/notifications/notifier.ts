import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AfterCommit, EventBus, isUuid, Outbox } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { DEFAULT_PREFERENCE, NotificationPreference } from '../preferences/notification-preference.entity';
import { PushSubscription } from '../push/push-subscription.entity';
import { notificationTopic, type NotificationCreatedEvent } from './notification-events';
import { NotificationKind } from './notification-kind';
import { Notification } from './notification.entity';
import { insertNoticesForMany } from './notifier.queries';

/** What another domain tells a person: ids only, never the content of anything. */
export interface NotifyInput {
  /** The person to tell. */
  userId: string;
  kind: NotificationKind;
  /** What it is about (a conversation, a request, a grant), for the app to link to. Never a person. */
  subjectId?: string | null;
  /** Who caused it, when someone did. */
  actorId?: string | null;
  /** The person agreed this kind of notice from this sender may reach them during their quiet hours. */
  throughQuietHours?: boolean;
}

/**
 * How any domain tells a person something. Honours the person's choices for the kind (in
 * the app: on by default; by email: off until they opt in; by push: on, to the devices they
 * subscribed), announces it live once the caller's transaction commits, stages the push job
 * with the caller's transaction, and leaves email to the next digest: never one email per event.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly events: EventBus,
    private readonly afterCommit: AfterCommit,
    private readonly people: PeopleDirectory,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Records the notification with the caller's manager: inside its transaction, it exists only
   * if the caller's change does, and is announced once that commits. Returns null when the
   * person turned this kind off entirely, or their account is gone or being deleted. While a
   * notification of the same kind about the same subject is still pending (unread), a repeat
   * returns that one and adds nothing: a busy conversation is one notice, and a redelivered
   * job is harmless.
   */
  async notify(manager: EntityManager, input: NotifyInput): Promise<Notification | null> {
    // Programming mistakes in the caller, named before they can abort the caller's transaction.
    for (const [name, value] of [
      ['userId', input.userId],
      ['subjectId', input.subjectId],
      ['actorId', input.actorId],
    ] as const) {
      if (value !== undefined && value !== null && !isUuid(value)) throw new Error(`Notifier.notify: ${name} must be a uuid`);
    }
    if (!Object.values(NotificationKind).includes(input.kind)) throw new Error(`Notifier.notify: unknown kind ${String(input.kind)}`);

    // Erasure must not be outlived by a row written after it ran.
    if (!(await this.people.isActive(input.userId))) return null;
    const preference = await manager.getRepository(NotificationPreference).findOneBy({ userId: input.userId, kind: input.kind });
    const inApp = preference?.inApp ?? DEFAULT_PREFERENCE.inApp;
    const email = preference?.email ?? DEFAULT_PREFERENCE.email;
    const push = (preference?.push ?? DEFAULT_PREFERENCE.push) && (await manager.getRepository(PushSubscription).existsBy({ userId: input.userId }));
    if (!inApp && !email && !push) return null;

    // Collapses into a pending notification about the same subject (see the unique index):
    // nothing new to say, so no new row and no new event.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({
        userId: input.userId,
        kind: input.kind,
        subjectId: input.subjectId ?? null,
        actorId: input.actorId ?? null,
        throughQuietHours: input.throughQuietHours ?? false,
        inApp,
        emailDue: email,
        pushDue: push,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) return this.pendingAbout(manager, input);
    const saved = await manager.getRepository(Notification).findOneByOrFail({ id });
    if (inApp) {
      const event: NotificationCreatedEvent = { notificationId: saved.id };
      await this.afterCommit.run(manager, () => this.events.publish(notificationTopic(saved.userId), event));
    }
    if (push) await this.outbox.stage(manager, { name: 'notifications.send-push', data: { notificationId: saved.id } });
    return saved;
  }

  /**
   * `notify` for many people about one subject (everyone to hear of a group's new message), in
   * one statement whatever their number, with the same rules for each person. Returns how many
   * new notices were written.
   */
  async notifyMany(manager: EntityManager, input: { userIds: readonly string[]; kind: NotificationKind; subjectId: string }): Promise<number> {
    for (const value of [...input.userIds, input.subjectId]) {
      if (!isUuid(value)) throw new Error('Notifier.notifyMany: userIds and subjectId must be uuids');
    }
    if (!Object.values(NotificationKind).includes(input.kind)) throw new Error(`Notifier.notifyMany: unknown kind ${String(input.kind)}`);
    if (input.userIds.length === 0) return 0;
    const written = await insertNoticesForMany.all(manager, input);
    const announced = written.filter((notice) => notice.inApp);
    if (announced.length > 0) {
      await this.afterCommit.run(manager, async () => {
        await Promise.all(
          announced.map((notice) => this.events.publish(notificationTopic(notice.userId), { notificationId: notice.id } satisfies NotificationCreatedEvent)),
        );
      });
    }
    for (const notice of written.filter((each) => each.pushDue)) {
      await this.outbox.stage(manager, { name: 'notifications.send-push', data: { notificationId: notice.id } });
    }
    return written.length;
  }

  /** The pending notification a repeat collapsed into. */
  private pendingAbout(manager: EntityManager, input: NotifyInput): Promise<Notification | null> {
    return manager
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .where('notification.user_id = :userId AND notification.kind = :kind AND notification.subject_ref = :subjectId', {
        userId: input.userId,
        kind: input.kind,
        subjectId: input.subjectId,
      })
      .andWhere(
        `notification.read_at IS NULL AND (notification.in_app OR (notification.email_due AND notification.emailed_at IS NULL)
          OR (notification.push_due AND notification.push_settled_at IS NULL))`,
      )
      .getOne();
  }
}
