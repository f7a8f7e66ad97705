import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { CaseSubjectKind, ReportReason } from '../moderation.enums';
import { ModerationReportsService } from './moderation-reports.service';
import { ModerationReportObject } from './moderation-reports.types';

@Resolver()
export class ModerationReportsResolver {
  constructor(private readonly reports: ModerationReportsService) {}

  @SignedIn()
  @Mutation(() => ModerationReportObject, {
    description: 'Reports a message, story or profile you can see. Reporting the same thing again changes nothing.',
  })
  reportContent(
    @Args('kind', { type: () => CaseSubjectKind, description: 'What it is: MESSAGE, STORY or PROFILE.' }) kind: CaseSubjectKind,
    @Args('contentId', { type: () => ID, description: 'The message, story or person whose profile it is.' }) contentId: string,
    @Args('reason', { type: () => ReportReason, description: 'Why you are reporting it.' }) reason: ReportReason,
    @Args('note', { type: () => String, nullable: true, description: 'Anything a moderator should know (up to 1000 characters).' })
    note: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ModerationReportObject> {
    return this.reports.reportContent(viewer, kind, contentId, reason, note ?? null);
  }

  @SignedIn()
  @Mutation(() => ModerationReportObject, { description: 'Reports a person you share a conversation with.' })
  reportPerson(
    @Args('personId', { type: () => ID, description: 'The person.' }) personId: string,
    @Args('reason', { type: () => ReportReason, description: 'Why you are reporting them.' }) reason: ReportReason,
    @Args('note', { type: () => String, nullable: true, description: 'Anything a moderator should know (up to 1000 characters).' })
    note: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ModerationReportObject> {
    return this.reports.reportPerson(viewer, personId, reason, note ?? null);
  }

  @SignedIn()
  @Query(() => [ModerationReportObject], { description: 'Your reports, newest first, with their outcome.' })
  myModerationReports(@CurrentViewer() viewer: Viewer): Promise<ModerationReportObject[]> {
    return this.reports.mine(viewer);
  }
}
