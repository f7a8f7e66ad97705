import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AllianceDirectory } from '@kindred/alliances';
import { HandlesJob, type JobPayloads } from '@kindred/core';
import { Notifier } from '@kindred/notifications';
import { stepNotices } from './step-recipients';
import { markStepNotified, unnotifiedStepForUpdate } from './timeline.queries';

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
      const step = await unnotifiedStepForUpdate.one(manager, { eventId });
      if (!step) return;
      const coordinators = await this.alliances.coordinatorIdsOf(manager, step.allianceId);
      for (const notice of stepNotices({ kind: step.kind, actorId: step.actorId }, step.applicantId, coordinators)) {
        await this.notifier.notify(manager, { userId: notice.userId, kind: notice.kind, subjectId: step.applicationId, actorId: step.actorId });
      }
      await markStepNotified.affected(manager, { eventId });
    });
  }
}
