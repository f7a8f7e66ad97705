import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { HandlesJob, JobQueue, Outbox, type OutboxMessage } from '@kindred/core';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { MentorshipEvent } from '../mentorships/mentorship.entity';

const SWEEP_EVERY_MS = 15 * 60 * 1000;

/**
 * Ends requests left unanswered for 7 days (repeatable). The member sees "not available right
 * now"; the claim is one UPDATE, so a repeated or concurrent sweep expires each request once.
 */
@Injectable()
export class ExpireRequestsJobHandler implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly jobs: JobQueue,
    private readonly outbox: Outbox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('mentorship.expire-requests', SWEEP_EVERY_MS);
  }

  /**
   * The member gets fresh suggestions, and the alliance's lists follow the mentor's lapsed
   * request (it lowers their ranking).
   */
  @HandlesJob('mentorship.expire-requests')
  async sweep(): Promise<number> {
    const { count, staged } = await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string; member_id: string; alliance_id: string }[], number] = await manager.query(
        `UPDATE mentorships SET status = 'EXPIRED' WHERE status = 'REQUESTED' AND expires_at <= now() RETURNING id, member_id, alliance_id`,
      );
      const refreshes: OutboxMessage[] = [];
      for (const row of rows) {
        await manager.insert(MentorshipEvent, { mentorshipId: row.id, kind: 'EXPIRED', actorId: null });
        await this.notifier.notify(manager, { userId: row.member_id, kind: NotificationKind.MENTORSHIP_UPDATE, subjectId: row.id });
      }
      for (const allianceId of new Set(rows.map((row) => row.alliance_id))) {
        refreshes.push(await this.outbox.stage(manager, { name: 'mentorship.refresh-alliance-suggestions', data: { allianceId } }));
      }
      return { count: rows.length, staged: refreshes };
    });
    for (const message of staged) await this.outbox.dispatch(message);
    return count;
  }
}
