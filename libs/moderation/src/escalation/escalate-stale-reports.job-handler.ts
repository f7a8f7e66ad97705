import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { HandlesJob, JobQueue } from '@kindred/core';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { ModeratorScope } from '../moderators/moderator-scope.policy';

/** A reported case left without a decision this long goes to every moderator of its alliances. */
export const ESCALATE_AFTER_HOURS = 48;
const SWEEP_EVERY_MS = 15 * 60 * 1000;

/**
 * Escalates reports left unhandled for 48 hours. The sweep claims each case with a
 * conditional UPDATE, so two workers (or a repeated run) escalate it once.
 */
@Injectable()
export class EscalateStaleReportsJobHandler implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ModeratorScope,
    private readonly notifier: Notifier,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('moderation.escalate-stale-reports', SWEEP_EVERY_MS);
  }

  @HandlesJob('moderation.escalate-stale-reports')
  async sweep(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [claimed]: [{ id: string; alliance_ids: string[] }[], number] = await manager.query(
        `UPDATE moderation_cases SET escalated_at = now()
          WHERE status = 'OPEN' AND reported AND escalated_at IS NULL
            AND opened_at <= now() - make_interval(hours => $1)
        RETURNING id, alliance_ids`,
        [ESCALATE_AFTER_HOURS],
      );
      for (const found of claimed) await this.tellModerators(manager, found.id, found.alliance_ids);
      return claimed.length;
    });
  }

  private async tellModerators(manager: EntityManager, caseId: string, allianceIds: string[]): Promise<void> {
    for (const moderatorId of await this.scope.moderatorsOf(allianceIds, manager)) {
      await this.notifier.notify(manager, { userId: moderatorId, kind: NotificationKind.MODERATION_QUEUE, subjectId: caseId });
    }
  }
}
