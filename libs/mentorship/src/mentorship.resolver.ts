import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AcknowledgementObject,
  acknowledged,
  CurrentViewer,
  PlatformRole,
  RequestContext,
  RequireRoles,
  SignedIn,
  readerLocale,
  type GraphqlContext,
  type Viewer,
} from '@kindred/core';
import { MentorAvailabilityService } from './availability/mentor-availability.service';
import { MentorshipsService } from './mentorships/mentorships.service';
import { MentorSuggestionsService } from './suggestions/mentor-suggestions.service';
import { MentorSuggestionObject } from './suggestions/mentor-suggestions.types';
import { MentorshipEventObject, MentorshipObject } from './mentorships/mentorships.types';
import { CoordinatorSupportService } from './support/coordinator-support.service';
import { MentorReportObject, MentorshipHelpRequestObject } from './support/coordinator-support.types';
import { MentorReportReason } from './support/mentor-report.entity';
import { MentorshipMessages } from './mentorship.messages';

const id = (description: string) => ({ type: () => ID, description });

/** The services check each mentorship against the viewer: only its member and mentor act on it. */
@Resolver()
export class MentorshipResolver {
  constructor(
    private readonly mentorships: MentorshipsService,
    private readonly availability: MentorAvailabilityService,
    private readonly support: CoordinatorSupportService,
    private readonly suggestions: MentorSuggestionsService,
  ) {}

  @RequireRoles(PlatformRole.MEMBER)
  @Query(() => [MentorSuggestionObject], {
    description: 'Vetted mentors who may suit you, best first, each with the reasons: kept up to date as things change.',
  })
  mentorSuggestions(
    @Args('first', { type: () => Int, defaultValue: 10, description: 'How many, at most 20.' }) first: number,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<MentorSuggestionObject[]> {
    return this.suggestions.suggestionsFor(viewer, first, readerLocale(viewer.locale, context.req?.headers['accept-language']));
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => MentorshipObject, { description: 'Asks a vetted mentor for mentorship (up to three requests at once; each waits 7 days at most).' })
  requestMentorship(
    @Args('mentorId', id('The mentor.')) mentorId: string,
    @Args('intro', { type: () => String, nullable: true, description: 'A few words to the mentor (up to 1000 characters).' }) intro: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MentorshipObject> {
    return this.mentorships.request(viewer, mentorId, intro ?? null);
  }

  @SignedIn()
  @Mutation(() => MentorshipObject, { description: 'Withdraws your request.' })
  withdrawMentorshipRequest(@Args('mentorshipId', id('The request.')) mentorshipId: string, @CurrentViewer() viewer: Viewer): Promise<MentorshipObject> {
    return this.mentorships.withdraw(viewer, mentorshipId);
  }

  @RequireRoles(PlatformRole.PEER_MENTOR)
  @Mutation(() => MentorshipObject, { description: 'Accepts a request, if you have a free place: the mentorship starts with its conversation.' })
  acceptMentorship(@Args('mentorshipId', id('The request.')) mentorshipId: string, @CurrentViewer() viewer: Viewer): Promise<MentorshipObject> {
    return this.mentorships.accept(viewer, mentorshipId);
  }

  @RequireRoles(PlatformRole.PEER_MENTOR)
  @Mutation(() => MentorshipObject, { description: 'Says you are not available for a request. The member sees “not available right now”, never a rejection.' })
  declineMentorship(@Args('mentorshipId', id('The request.')) mentorshipId: string, @CurrentViewer() viewer: Viewer): Promise<MentorshipObject> {
    return this.mentorships.decline(viewer, mentorshipId);
  }

  @SignedIn()
  @Mutation(() => MentorshipObject, { description: 'Pauses a mentorship (either side).' })
  pauseMentorship(@Args('mentorshipId', id('The mentorship.')) mentorshipId: string, @CurrentViewer() viewer: Viewer): Promise<MentorshipObject> {
    return this.mentorships.pause(viewer, mentorshipId);
  }

  @SignedIn()
  @Mutation(() => MentorshipObject, { description: 'Resumes a paused mentorship (either side).' })
  resumeMentorship(@Args('mentorshipId', id('The mentorship.')) mentorshipId: string, @CurrentViewer() viewer: Viewer): Promise<MentorshipObject> {
    return this.mentorships.resume(viewer, mentorshipId);
  }

  @SignedIn()
  @Mutation(() => MentorshipObject, { description: 'Ends a mentorship (either side): its conversation is archived, and sharing with the mentor stops.' })
  endMentorship(
    @Args('mentorshipId', id('The mentorship.')) mentorshipId: string,
    @Args('reason', { type: () => String, nullable: true, description: 'Your reason, kept private to you.' }) reason: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MentorshipObject> {
    return this.mentorships.end(viewer, mentorshipId, reason ?? null);
  }

  @SignedIn()
  @Query(() => [MentorshipObject], { description: 'Your mentorships and requests, as member and as mentor, newest first.' })
  myMentorships(@CurrentViewer() viewer: Viewer): Promise<MentorshipObject[]> {
    return this.mentorships.mine(viewer);
  }

  @SignedIn()
  @Query(() => [MentorshipEventObject], { description: 'A mentorship’s history, oldest first.' })
  mentorshipHistory(@Args('mentorshipId', id('The mentorship.')) mentorshipId: string, @CurrentViewer() viewer: Viewer): Promise<MentorshipEventObject[]> {
    return this.mentorships.history(viewer, mentorshipId);
  }

  @RequireRoles(PlatformRole.PEER_MENTOR)
  @Mutation(() => Date, {
    nullable: true,
    description: 'Takes a break until a date (holiday, your own wellbeing), or ends it with no date: you are not suggested or asked meanwhile.',
  })
  setMentorAvailability(
    @Args('until', { type: () => Date, nullable: true, description: 'The end of your break; empty to be available again.' }) until: Date | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Date | null> {
    return this.availability.set(viewer.userId, until ?? null);
  }

  // Signed in rather than mentors only: someone still applying sees "available" instead of a refusal.
  @SignedIn()
  @Query(() => Date, { nullable: true, description: 'The end of your break from mentoring; empty while you are available.' })
  myMentorAvailability(@CurrentViewer() viewer: Viewer): Promise<Date | null> {
    return this.availability.until(viewer.userId);
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Asks the alliance’s coordinator for help with a mentorship (either side).' })
  async askCoordinatorForHelp(
    @Args('mentorshipId', id('The mentorship.')) mentorshipId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.support.askForHelp(viewer, mentorshipId);
    return acknowledged(MentorshipMessages.COORDINATOR_ASKED_TO_HELP());
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Tells your coordinator your mentor is inactive or not right for you.' })
  async reportMentor(
    @Args('mentorshipId', id('The mentorship.')) mentorshipId: string,
    @Args('reason', { type: () => MentorReportReason, description: 'Why.' }) reason: MentorReportReason,
    @Args('note', { type: () => String, nullable: true, description: 'Anything your coordinator should know.' }) note: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.support.reportMentor(viewer, mentorshipId, reason, note ?? null);
    return acknowledged(MentorshipMessages.MENTOR_REPORT_RECEIVED());
  }

  @SignedIn()
  @Query(() => [MentorshipHelpRequestObject], { description: 'For an alliance’s coordinators: mentorships where someone asked for help.' })
  mentorshipHelpRequests(@Args('allianceId', id('The alliance.')) allianceId: string, @CurrentViewer() viewer: Viewer): Promise<MentorshipHelpRequestObject[]> {
    return this.support.helpRequests(viewer, allianceId);
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'For an alliance’s coordinators: marks a request for help as handled.' })
  async resolveMentorshipHelp(
    @Args('mentorshipId', id('The mentorship.')) mentorshipId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.support.resolveHelp(viewer, mentorshipId);
    return acknowledged(MentorshipMessages.HELP_REQUEST_HANDLED());
  }

  @SignedIn()
  @Query(() => [MentorReportObject], { description: 'For an alliance’s coordinators: members’ reports about their mentors, newest first.' })
  mentorReports(@Args('allianceId', id('The alliance.')) allianceId: string, @CurrentViewer() viewer: Viewer): Promise<MentorReportObject[]> {
    return this.support.reports(viewer, allianceId);
  }
}
