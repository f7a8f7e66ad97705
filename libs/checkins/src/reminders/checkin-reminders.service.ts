import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PeopleDirectory } from '@kindred/identity';
import { NotificationKind, Notifier, QuietHoursDirectory } from '@kindred/notifications';
import { EarlyHelpService } from '../early-help/early-help.service';
import { CheckinPreferences } from '../rhythm/checkin-preferences.entity';
import { nextReminderAt } from '../rhythm/checkin-rhythm';
import { checkedInBeforeReminder, claimReminder } from './checkin-reminders.queries';

/** A check-in this close before a reminder already answers it: the reminder is skipped, not counted as missed. */
const ANSWERED_WITHIN_HOURS = 12;
const BATCH = 200;

export interface ReminderRun {
  sent: number;
  /** Due, but the member had just checked in. */
  skipped: number;
}

/**
 * Sends the check-in reminders due at `now`, a page of members at a time (their time zones and
 * quiet hours read once per page). Each due row is claimed by moving its next
 * reminder on with a conditional UPDATE, so two workers or a repeated sweep send each reminder
 * once; the next one is computed from `now` in the member's time zone and out of their quiet
 * hours, so a worker that was down sends one late reminder, not a backlog. Reminders that pass
 * without a check-in are counted for the early-help rule.
 */
@Injectable()
export class CheckinRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly quietHours: QuietHoursDirectory,
    private readonly notifier: Notifier,
    private readonly earlyHelp: EarlyHelpService,
  ) {}

  async sendDue(now = new Date()): Promise<ReminderRun> {
    const run: ReminderRun = { sent: 0, skipped: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const due = await this.dataSource
        .getRepository(CheckinPreferences)
        .createQueryBuilder('p')
        .where('p.next_reminder_at <= :now AND p.member_id > :after', { now, after })
        .orderBy('p.member_id')
        .take(BATCH)
        .getMany();
      const ids = due.map((row) => row.memberId);
      const [settings, quiet] = await Promise.all([this.people.settings(ids), this.quietHours.of(ids)]);
      for (const row of due) {
        if (!row.cadence || !row.localTime || !row.nextReminderAt) continue;
        const rhythm = { cadence: row.cadence, days: row.days, localTime: row.localTime };
        await this.remind(row, nextReminderAt(rhythm, settings.get(row.memberId)?.timeZone ?? 'UTC', now, quiet.get(row.memberId) ?? null), run);
      }
      if (due.length < BATCH) return run;
      after = due.at(-1)!.memberId;
    }
  }

  /** Claims one due reminder, moving it on to `next`, and sends it unless a check-in answered it already. */
  private async remind(row: CheckinPreferences, next: Date, run: ReminderRun): Promise<void> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const answered =
        (await checkedInBeforeReminder.one(manager, { memberId: row.memberId, dueAt: row.nextReminderAt, withinHours: ANSWERED_WITHIN_HOURS }))?.answered ??
        false;
      const claimed = await claimReminder.all(manager, { memberId: row.memberId, dueAt: row.nextReminderAt, next, counted: !answered });
      if (claimed.length === 0) return 'taken';
      if (answered) return 'skipped';
      await this.notifier.notify(manager, { userId: row.memberId, kind: NotificationKind.REMINDER });
      return 'sent';
    });
    if (outcome === 'skipped') run.skipped++;
    if (outcome !== 'sent') return;
    run.sent++;
    await this.earlyHelp.evaluate(row.memberId);
  }
}
