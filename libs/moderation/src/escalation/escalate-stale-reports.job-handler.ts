import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { HandlesJob } from '@kindred/core';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { ModerationCases } from '../cases/moderation-cases';
import { ModeratorScope } from '../moderators/moderator-scope.policy';
import { claimStaleReportedCases } from './escalate-stale-reports.queries';

/** A reported case left without a decision this long goes to every moderator of its alliances who may decide it. */
export const ESCALATE_AFTER_HOURS = 48;

/**
 * Escalates reports left unhandled for 48 hours. The sweep claims each case with a
 * conditional UPDATE, so two workers (or a repeated run) escalate it once.
 */
@Injectable()
export class EscalateStaleReportsJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ModeratorScope,
    private readonly cases: ModerationCases,
    private readonly notifier: Notifier,
  ) {}

  @HandlesJob('moderation.escalate-stale-reports')
  async sweep(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const claimed = await claimStaleReportedCases.all(manager, { afterHours: ESCALATE_AFTER_HOURS });
      for (const found of claimed) await this.tellModerators(manager, { id: found.id, personId: found.personId }, found.allianceIds);
      return claimed.length;
    });
  }

  /** Every moderator of the alliances who may decide it: not its subject, not one who reported it. */
  private async tellModerators(manager: EntityManager, found: { id: string; personId: string | null }, allianceIds: string[]): Promise<void> {
    const parties = new Set(await this.cases.partiesTo(manager, found));
    for (const moderatorId of await this.scope.moderatorsOf(manager, allianceIds)) {
      if (parties.has(moderatorId)) continue;
      await this.notifier.notify(manager, { userId: moderatorId, kind: NotificationKind.MODERATION_QUEUE, subjectId: found.id });
    }
  }
}
