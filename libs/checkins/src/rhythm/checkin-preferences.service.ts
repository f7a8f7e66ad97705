import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, type Viewer } from '@kindred/core';
import { AuditAction, AuditLog, PeopleDirectory } from '@kindred/identity';
import { QuietHoursDirectory, minutesOf } from '@kindred/notifications';
import { Weekday } from '@kindred/recovery';
import { CheckinPreferences } from './checkin-preferences.entity';
import type { CheckinPreferencesObject } from './checkin-preferences.types';
import { CheckinCadence, DAYS_ALLOWED, DEFAULT_DAYS, nextReminderAt, type CheckinRhythm } from './checkin-rhythm';
import { CheckinMessages } from '../checkins.messages';

export const DEFAULT_REASSESS_DAYS = 30;

export interface RhythmRequest {
  cadence: CheckinCadence;
  localTime: string;
  days: readonly Weekday[] | null;
}

/** The member's own settings around check-ins; each change recomputes the next reminder. */
@Injectable()
export class CheckinPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly quietHours: QuietHoursDirectory,
    private readonly audit: AuditLog,
  ) {}

  async mine(viewer: Viewer): Promise<CheckinPreferencesObject> {
    return present(await this.dataSource.getRepository(CheckinPreferences).findOneBy({ memberId: viewer.userId }));
  }

  async setRhythm(viewer: Viewer, request: RhythmRequest, now = new Date()): Promise<CheckinPreferencesObject> {
    const localTime = request.localTime.trim();
    if (minutesOf(localTime) === null) throw new BadUserInputError(CheckinMessages.CHECKIN_TIME_FORMAT(), { field: 'localTime' });
    const days = request.days && request.days.length > 0 ? [...new Set(request.days)] : [...DEFAULT_DAYS[request.cadence]];
    const allowed = DAYS_ALLOWED[request.cadence];
    if (days.length < allowed.min || days.length > allowed.max) {
      throw new BadUserInputError(
        request.cadence === CheckinCadence.WEEKLY ? CheckinMessages.WEEKLY_CHECKIN_ONE_DAY() : CheckinMessages.FEW_TIMES_A_WEEK_DAYS(),
        { field: 'days' },
      );
    }
    const rhythm: CheckinRhythm = { cadence: request.cadence, days, localTime };
    const next = await this.nextFor(viewer.userId, rhythm, now);
    await this.upsert(this.dataSource.manager, viewer.userId, { cadence: request.cadence, days, localTime, nextReminderAt: next });
    return this.mine(viewer);
  }

  async stopReminders(viewer: Viewer): Promise<CheckinPreferencesObject> {
    await this.upsert(this.dataSource.manager, viewer.userId, { cadence: null, days: [], localTime: null, nextReminderAt: null, remindersSinceCheckin: 0 });
    return this.mine(viewer);
  }

  async setReassessEvery(viewer: Viewer, days: number): Promise<CheckinPreferencesObject> {
    if (!Number.isInteger(days) || (days !== 0 && (days < 7 || days > 365))) {
      throw new BadUserInputError(CheckinMessages.REASSESSMENT_DAYS_RANGE(), { field: 'days' });
    }
    await this.upsert(this.dataSource.manager, viewer.userId, { reassessEveryDays: days });
    return this.mine(viewer);
  }

  /** Giving and withdrawing are one step each, and both are in the audit log. */
  async setMentorAlerts(viewer: Viewer, enabled: boolean, requestId: string): Promise<CheckinPreferencesObject> {
    await this.dataSource.transaction(async (manager) => {
      // The row exists before it is locked, so two requests at once record one change, not two.
      await this.upsert(manager, viewer.userId, {}, { keepExisting: true });
      const current = await manager
        .getRepository(CheckinPreferences)
        .findOneOrFail({ where: { memberId: viewer.userId }, lock: { mode: 'pessimistic_write' } });
      if (Boolean(current.mentorAlertsSince) === enabled) return;
      await this.upsert(manager, viewer.userId, { mentorAlertsSince: enabled ? new Date() : null });
      await this.audit.record(manager, {
        action: enabled ? AuditAction.EARLY_HELP_ALERT_CONSENT_GIVEN : AuditAction.EARLY_HELP_ALERT_CONSENT_WITHDRAWN,
        actorId: viewer.userId,
        subjectId: viewer.userId,
        requestId,
      });
    });
    return this.mine(viewer);
  }

  /** The reminder after `after`, in the member's time zone and out of their quiet hours. */
  private async nextFor(memberId: string, rhythm: CheckinRhythm, after: Date): Promise<Date> {
    const [settings, quiet] = await Promise.all([this.people.settings([memberId]), this.quietHours.of([memberId])]);
    return nextReminderAt(rhythm, settings.get(memberId)?.timeZone ?? 'UTC', after, quiet.get(memberId) ?? null);
  }

  private async upsert(manager: EntityManager, memberId: string, changes: Partial<CheckinPreferences>, { keepExisting = false } = {}): Promise<void> {
    const insert = manager
      .createQueryBuilder()
      .insert()
      .into(CheckinPreferences)
      .values({ memberId, days: [], remindersSinceCheckin: 0, reassessEveryDays: DEFAULT_REASSESS_DAYS, ...changes });
    if (keepExisting) insert.orIgnore();
    else {
      const metadata = manager.connection.getMetadata(CheckinPreferences);
      const columns = Object.keys(changes).map((property) => metadata.findColumnWithPropertyName(property)!.databaseName);
      insert.orUpdate([...columns, 'updated_at'], ['member_id']);
    }
    await insert.execute();
  }
}

function present(preferences: CheckinPreferences | null): CheckinPreferencesObject {
  return {
    cadence: preferences?.cadence ?? null,
    days: preferences?.days ?? [],
    localTime: preferences?.localTime ?? null,
    nextReminderAt: preferences?.nextReminderAt ?? null,
    mentorAlerts: Boolean(preferences?.mentorAlertsSince),
    reassessEveryDays: preferences?.reassessEveryDays ?? DEFAULT_REASSESS_DAYS,
  };
}
