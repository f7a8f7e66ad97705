import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { HandlesJob, Outbox } from '@kindred/core';
import { NotificationKind, Notifier } from '@kindred/notifications';
import { MentorshipEvent } from '../mentorships/mentorship.entity';
import { expireLapsedRequests } from './expire-requests.queries';

/**
 * Ends requests left unanswered for 7 days (repeatable). The member sees "not available right
 * now"; the claim is one UPDATE, so a repeated or concurrent sweep expires each request once.
 */
@Injectable()
export class ExpireRequestsJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
  ) {}

  /**
   * The member gets fresh suggestions, and the alliance's lists follow the mentor's lapsed
   * request (it lowers their ranking).
   */
  @HandlesJob('mentorship.expire-requests')
  async sweep(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await expireLapsedRequests.all(manager, {});
      for (const row of rows) {
        await manager.insert(MentorshipEvent, { mentorshipId: row.id, kind: 'EXPIRED', actorId: null });
        await this.notifier.notify(manager, { userId: row.memberId, kind: NotificationKind.MENTORSHIP_UPDATE, subjectId: row.id });
      }
      for (const allianceId of new Set(rows.map((row) => row.allianceId))) {
        await this.outbox.stage(manager, { name: 'mentorship.refresh-alliance-suggestions', data: { allianceId } });
      }
      return rows.length;
    });
  }
}
