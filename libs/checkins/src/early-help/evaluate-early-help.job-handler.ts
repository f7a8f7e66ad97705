import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobPayloads } from '@kindred/core';
import { EarlyHelpService } from './early-help.service';

/** A check-in was made: the early-help rule looks at the member's recent days again. */
@Injectable()
export class EvaluateEarlyHelpJobHandler {
  constructor(private readonly earlyHelp: EarlyHelpService) {}

  @HandlesJob('checkins.evaluate-early-help')
  async evaluate({ memberId }: JobPayloads['checkins.evaluate-early-help']): Promise<void> {
    await this.earlyHelp.evaluate(memberId);
  }
}
