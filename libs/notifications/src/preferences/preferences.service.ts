import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { BadUserInputError, type Viewer } from '@kindred/core';
import { PeopleDirectory } from '@kindred/identity';
import { NOTIFICATION_KINDS, NotificationKind, QUIET_HOURS_BREAKING_KINDS } from '../notifications/notification-kind';
import { DEFAULT_PREFERENCE, NotificationPreference } from './notification-preference.entity';
import { checkQuietHours } from './quiet-hours';
import { QuietHours } from './quiet-hours.entity';
import type { NotificationPreferenceObject, QuietHoursObject } from './preferences.types';
import { NotificationMessages } from '../notifications.messages';

/** The channels a person may leave out when they change one kind. */
export interface PreferenceExtras {
  push?: boolean | null;
  breakQuietHours?: boolean | null;
}

function toPreferenceObject(
  kind: NotificationKind,
  row: Pick<NotificationPreference, 'inApp' | 'email' | 'push' | 'breakQuietHours'> | undefined,
): NotificationPreferenceObject {
  const mayBreakQuietHours = QUIET_HOURS_BREAKING_KINDS.has(kind);
  return {
    kind,
    inApp: row?.inApp ?? DEFAULT_PREFERENCE.inApp,
    email: row?.email ?? DEFAULT_PREFERENCE.email,
    push: row?.push ?? DEFAULT_PREFERENCE.push,
    mayBreakQuietHours,
    breakQuietHours: mayBreakQuietHours && (row?.breakQuietHours ?? DEFAULT_PREFERENCE.breakQuietHours),
  };
}

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
    return NOTIFICATION_KINDS.map((kind) => toPreferenceObject(kind, chosen.get(kind)));
  }

  /**
   * Sets the channels for one kind. Push and breaking quiet hours are optional here: left out,
   * they keep what the person chose before (older clients know only in-app and email).
   */
  async update(viewer: Viewer, kind: NotificationKind, inApp: boolean, email: boolean, more: PreferenceExtras = {}): Promise<NotificationPreferenceObject> {
    if (!NOTIFICATION_KINDS.includes(kind)) throw new BadUserInputError(NotificationMessages.NOTIFICATION_KIND_UNKNOWN(), { field: 'kind' });
    if (more.breakQuietHours && !QUIET_HOURS_BREAKING_KINDS.has(kind)) {
      throw new BadUserInputError(NotificationMessages.QUIET_HOURS_NOT_BREAKABLE(), { field: 'breakQuietHours' });
    }
    const current = await this.preferences.findOneBy({ userId: viewer.userId, kind });
    const push = more.push ?? current?.push ?? DEFAULT_PREFERENCE.push;
    const breakQuietHours = more.breakQuietHours ?? current?.breakQuietHours ?? DEFAULT_PREFERENCE.breakQuietHours;
    await this.preferences.upsert({ userId: viewer.userId, kind, inApp, email, push, breakQuietHours }, ['userId', 'kind']);
    return toPreferenceObject(kind, { inApp, email, push, breakQuietHours });
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
