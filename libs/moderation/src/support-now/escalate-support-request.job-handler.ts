import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobPayloads } from '@kindred/core';
import { SupportEscalation } from './support-escalation';

/** A call for support waited its time: escalate it unless someone answered or the person is OK. */
@Injectable()
export class EscalateSupportRequestJobHandler {
  constructor(private readonly escalation: SupportEscalation) {}

  @HandlesJob('moderation.escalate-support-request')
  async escalate({ supportRequestId }: JobPayloads['moderation.escalate-support-request']): Promise<void> {
    await this.escalation.escalate(supportRequestId);
  }
}
