import { Injectable } from '@nestjs/common';
import { HandlesJob } from '@kindred/core';
import { DigestsService, type DigestRun } from './digests.service';

/** The repeatable digest sweep, scheduled by the worker. */
@Injectable()
export class SendDigestsJobHandler {
  constructor(private readonly digests: DigestsService) {}

  @HandlesJob('notifications.send-digests')
  sendDigests(): Promise<DigestRun> {
    return this.digests.sendDue(new Date());
  }
}
