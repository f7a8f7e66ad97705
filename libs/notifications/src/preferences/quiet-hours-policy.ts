import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PeopleDirectory } from '@kindred/identity';
import { NotificationKind, QUIET_HOURS_BREAKING_KINDS } from '../notifications/notification-kind';
import type { Notification } from '../notifications/notification.entity';
import { NotificationPreference } from './notification-preference.entity';
import { isQuietAt } from './quiet-hours';
import { QuietHours } from './quiet-hours.entity';

/**
 * Whether a notification may reach its person now, on a channel that interrupts them (push).
 * Quiet hours hold everything back, except what the person agreed may break them: one notice
 * they agreed to when it was sent (`throughQuietHours`, such as a support-now alert from
 * someone they said yes to), or a kind that may break them (QUIET_HOURS_BREAKING_KINDS) and
 * that they allowed to, for that kind.
 */
@Injectable()
export class QuietHoursPolicy {
  constructor(private readonly people: PeopleDirectory) {}

  async mayInterrupt(manager: EntityManager, notification: Pick<Notification, 'userId' | 'kind' | 'throughQuietHours'>, now: Date): Promise<boolean> {
    const { userId, kind } = notification;
    const quiet = await manager.getRepository(QuietHours).findOneBy({ userId });
    if (!quiet) return true;
    const timeZone = (await this.people.settings([userId])).get(userId)?.timeZone ?? 'UTC';
    if (!isQuietAt(now, timeZone, quiet.startsAt, quiet.endsAt)) return true;
    if (notification.throughQuietHours) return true;
    return this.mayBreakQuietHours(manager, userId, kind);
  }

  /** The person agreed that this kind may break their quiet hours, and the kind allows it. */
  async mayBreakQuietHours(manager: EntityManager, userId: string, kind: NotificationKind): Promise<boolean> {
    if (!QUIET_HOURS_BREAKING_KINDS.has(kind)) return false;
    const preference = await manager.getRepository(NotificationPreference).findOneBy({ userId, kind });
    return preference?.breakQuietHours ?? false;
  }
}
