import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { HandlesJob, type JobPayloads } from '@kindred/core';
import { Notifier } from '@kindred/notifications';
import type { SparkEventKind } from './application-event.entity';
import { stepNotices } from './step-recipients';

/**
 * Tells the applicant and the alliance's coordinators about a step. The notices and the
 * step's `notified_at` are written in one transaction under the step's row lock, so a job
 * delivered twice (or by two workers at once) notifies once.
 */
@Injectable()
export class NotifyStepJobHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AllianceDirectory,
    private readonly notifier: Notifier,
  ) {}

  @HandlesJob('sparks.application-step')
  async handle({ eventId }: JobPayloads['sparks.application-step']): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [step]: { kind: SparkEventKind; actor_id: string | null; application_id: string; applicant_id: string | null; alliance_id: string }[] = await manager.query(
        `SELECT e.kind, e.actor_id, e.application_id, a.applicant_id, a.alliance_id
           FROM spark_application_events e JOIN spark_applications a ON a.id = e.application_id
          WHERE e.id = $1 AND e.notified_at IS NULL
            FOR UPDATE OF e`,
        [eventId],
      );
      if (!step) return;
      const coordinators = await this.alliances.coordinatorIdsOf(manager, step.alliance_id);
      for (const notice of stepNotices({ kind: step.kind, actorId: step.actor_id }, step.applicant_id, coordinators)) {
        await this.notifier.notify(manager, { userId: notice.userId, kind: notice.kind, subjectId: step.application_id, actorId: step.actor_id });
      }
      await manager.query(`UPDATE spark_application_events SET notified_at = now() WHERE id = $1`, [eventId]);
    });
  }
}
