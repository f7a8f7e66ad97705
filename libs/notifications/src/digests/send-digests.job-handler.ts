import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HandlesJob, JobQueue } from '@kindred/core';
import { DigestsService, type DigestRun } from './digests.service';

const DIGEST_EVERY_MS = 15 * 60 * 1000;

/** The repeatable digest sweep, scheduled by the worker. */
@Injectable()
export class SendDigestsJobHandler implements OnApplicationBootstrap {
  constructor(
    private readonly digests: DigestsService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('notifications.send-digests', DIGEST_EVERY_MS);
  }

  @HandlesJob('notifications.send-digests')
  sendDigests(): Promise<DigestRun> {
    return this.digests.sendDue(new Date());
  }
}
