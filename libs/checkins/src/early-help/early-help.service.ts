import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MentorshipContacts } from '@kindred/messaging';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { CapitalTrends } from '@kindred/recovery';
import { CheckinPreferences } from '../rhythm/checkin-preferences.entity';
import { Checkin } from '../checkins/checkin.entity';
import { EarlyHelpAlert, EarlyHelpEpisode } from './early-help.entities';
import { EARLY_HELP_RULE, EarlyHelpReason, evaluateEarlyHelp } from './early-help-rules';
import { openEpisode, openedLately, settleEpisodes } from './early-help.queries';

/**
 * Early re-intervention: applies the documented rule (early-help-rules.ts) to a member's
 * recent check-ins, missed reminders and recovery capital, and reaches out when it holds. The
 * member gets a gentle word; their mentor gets an alert only when the member consented, and
 * nobody else ever hears of it. One open episode per reason (a unique index settles races and
 * retried jobs), and the same reason reaches out at most once per QUIET_DAYS.
 */
@Injectable()
export class EarlyHelpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly capital: CapitalTrends,
    private readonly mentors: MentorshipContacts,
  ) {}

  /** Re-reads everything the rule needs, so a repeated or late evaluation decides the same. */
  async evaluate(memberId: string): Promise<EarlyHelpReason[]> {
    const [checkins, totals, preferences] = await Promise.all([
      this.dataSource.getRepository(Checkin).find({
        select: { mood: true, cravings: true },
        where: { memberId },
        order: { checkedInAt: 'DESC', id: 'DESC' },
        take: EARLY_HELP_RULE.LOW_RUN,
      }),
      this.capital.latestTotals(memberId, 2),
      this.dataSource.getRepository(CheckinPreferences).findOneBy({ memberId }),
    ]);
    const verdict = evaluateEarlyHelp({
      checkins,
      capitalTotals: totals.map((entry) => entry.total),
      remindersSinceCheckin: preferences?.remindersSinceCheckin ?? 0,
    });
    if (verdict.settle.length > 0) {
      await settleEpisodes.affected(this.dataSource.manager, { memberId, reasons: verdict.settle });
    }
    const raised: EarlyHelpReason[] = [];
    for (const reason of verdict.raise) if (await this.reachOut(memberId, reason)) raised.push(reason);
    return raised;
  }

  /** Opens an episode and tells the member (and, with consent, their mentor); null when one is open or was lately. */
  async reachOut(memberId: string, reason: EarlyHelpReason): Promise<EarlyHelpEpisode | null> {
    return this.dataSource.transaction(async (manager) => {
      const lately = await openedLately.one(manager, { memberId, reason, quietDays: EARLY_HELP_RULE.QUIET_DAYS });
      if (lately?.recent) return null;
      const opened = await openEpisode.one(manager, { memberId, reason });
      if (!opened) return null;
      const episode = await manager.getRepository(EarlyHelpEpisode).findOneByOrFail({ id: opened.id });
      await this.notifier.notify(manager, { userId: memberId, kind: NotificationKind.EARLY_HELP, subjectId: episode.id });
      const preferences = await manager.getRepository(CheckinPreferences).findOneBy({ memberId });
      if (preferences?.mentorAlertsSince) {
        for (const mentorId of await this.mentors.mentorsOf(memberId)) {
          const alert = await manager.getRepository(EarlyHelpAlert).save({ episodeId: episode.id, mentorId, memberId, createdAt: new Date(), seenAt: null });
          await this.notifier.notify(manager, { userId: mentorId, kind: NotificationKind.EARLY_HELP_ALERT, subjectId: alert.id, actorId: memberId });
        }
      }
      return episode;
    });
  }
}
