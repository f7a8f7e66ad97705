import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobPayloads } from '@kindred/core';
import { MentorSuggestionsService } from './mentor-suggestions.service';

/** Worker side of suggestions: the debounced refreshes after a change. Each rewrites whole lists, so a repeat is harmless. */
@Injectable()
export class RefreshSuggestionsJobHandler {
  constructor(private readonly suggestions: MentorSuggestionsService) {}

  @HandlesJob('mentorship.refresh-member-suggestions')
  async member({ memberId }: JobPayloads['mentorship.refresh-member-suggestions']): Promise<void> {
    await this.suggestions.refresh(memberId);
  }

  @HandlesJob('mentorship.refresh-alliance-suggestions')
  async alliance({ allianceId }: JobPayloads['mentorship.refresh-alliance-suggestions']): Promise<void> {
    await this.suggestions.refreshAlliance(allianceId);
  }
}
