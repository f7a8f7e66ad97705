import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { BadUserInputError, type Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { NOTIFICATION_KINDS, NotificationKind } from '../notifications/notification-kind';
import { DEFAULT_PREFERENCE, NotificationPreference } from './notification-preference.entity';
import { checkQuietHours } from './quiet-hours';
import { QuietHours } from './quiet-hours.entity';
import type { NotificationPreferenceObject, QuietHoursObject } from './preferences.types';
import { NotificationMessages } from '../notifications.messages';

/** A person's own notification settings (API side), always scoped to the viewer. */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectRepository(NotificationPreference) private readonly preferences: Repository<NotificationPreference>,
    @InjectRepository(QuietHours) private readonly quietHours: Repository<QuietHours>,
    private readonly people: PeopleDirectory,
  ) {}

  /** Every kind, with the default wherever the person has not chosen. */
  async mine(viewer: Viewer): Promise<NotificationPreferenceObject[]> {
    const chosen = new Map((await this.preferences.findBy({ userId: viewer.userId })).map((row) => [row.kind, row]));
    return NOTIFICATION_KINDS.map((kind) => {
      const row = chosen.get(kind);
      return { kind, inApp: row?.inApp ?? DEFAULT_PREFERENCE.inApp, email: row?.email ?? DEFAULT_PREFERENCE.email };
    });
  }

  async update(viewer: Viewer, kind: NotificationKind, inApp: boolean, email: boolean): Promise<NotificationPreferenceObject> {
    if (!NOTIFICATION_KINDS.includes(kind)) throw new BadUserInputError(NotificationMessages.NOTIFICATION_KIND_UNKNOWN(), { field: 'kind' });
    await this.preferences.upsert({ userId: viewer.userId, kind, inApp, email }, ['userId', 'kind']);
    return { kind, inApp, email };
  }

  async quietHoursOf(viewer: Viewer): Promise<QuietHoursObject | null> {
    const row = await this.quietHours.findOneBy({ userId: viewer.userId });
    return row ? { start: row.startsAt, end: row.endsAt, timeZone: await this.timeZoneOf(viewer.userId) } : null;
  }

  async setQuietHours(viewer: Viewer, start: string, end: string): Promise<QuietHoursObject> {
    const checked = checkQuietHours(start, end);
    await this.quietHours.upsert({ userId: viewer.userId, startsAt: checked.start, endsAt: checked.end }, ['userId']);
    return { ...checked, timeZone: await this.timeZoneOf(viewer.userId) };
  }

  async clearQuietHours(viewer: Viewer): Promise<void> {
    await this.quietHours.delete({ userId: viewer.userId });
  }

  private async timeZoneOf(userId: string): Promise<string> {
    return (await this.people.settings([userId])).get(userId)?.timeZone ?? 'UTC';
  }
}
