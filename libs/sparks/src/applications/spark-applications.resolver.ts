import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  PageArgs,
  PlatformRole,
  RequestContext,
  RequireRoles,
  SignedIn,
  UsePolicy,
  type Connection,
  type GraphqlContext,
  type Viewer,
} from '@kindred/core';
import { CoordinatesSparkAlliancePolicy } from '../access/coordinates-spark-alliance.policy';
import { FollowUpOutcome } from './spark-enums';
import {
  SparkApplicationConnection,
  SparkApplicationInput,
  SparkApplicationObject,
  SparkApplicationsArgs,
  SparkTimelineEntryObject,
} from './spark-application.types';
import { SparkApplicationsService } from './spark-applications.service';

const id = (description: string) => ({ type: () => ID, description });

/** The member's side of an application, and reads of applications; the service checks each one against the viewer. */
@Resolver()
export class SparkApplicationsResolver {
  constructor(private readonly applications: SparkApplicationsService) {}

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => SparkApplicationObject, {
    description: 'Starts a draft application to a fund of an alliance you are a member of. Only you see it until you send it.',
  })
  draftSparkApplication(
    @Args('fundId', id('The fund.')) fundId: string,
    @Args('input', { type: () => SparkApplicationInput, description: 'What you ask for.' }) input: SparkApplicationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.applications.draft(viewer, fundId, input);
  }

  @SignedIn()
  @Mutation(() => SparkApplicationObject, { description: 'Changes your draft, or your application after the coordinators asked for more information.' })
  updateSparkApplication(
    @Args('applicationId', id('Your application.')) applicationId: string,
    @Args('input', { type: () => SparkApplicationInput, description: 'What you ask for.' }) input: SparkApplicationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.applications.update(viewer, applicationId, input);
  }

  @SignedIn()
  @Mutation(() => SparkApplicationObject, { description: 'Sends your application to the alliance’s coordinators (again, after answering their question).' })
  submitSparkApplication(
    @Args('applicationId', id('Your application.')) applicationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.applications.submit(viewer, applicationId);
  }

  @SignedIn()
  @Mutation(() => SparkApplicationObject, {
    description: 'Cancels an application not yet paid: yours, or, for coordinators, one sent to their alliance. Money set aside goes back to the fund.',
  })
  cancelSparkApplication(
    @Args('applicationId', id('The application.')) applicationId: string,
    @Args('idempotencyKey', {
      type: () => String,
      description: 'A key you choose for this request (8 to 100 characters); sending it again has no second effect.',
    })
    idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.applications.cancel(viewer, applicationId, idempotencyKey);
  }

  @SignedIn()
  @Mutation(() => SparkApplicationObject, { description: 'Confirms you received your grant.' })
  confirmSparkReceipt(@Args('applicationId', id('Your application.')) applicationId: string, @CurrentViewer() viewer: Viewer): Promise<SparkApplicationObject> {
    return this.applications.confirmReceipt(viewer, applicationId);
  }

  @SignedIn()
  @Mutation(() => SparkApplicationObject, { description: 'Says how your grant went, once received; you can change it later.' })
  shareSparkFollowUp(
    @Args('applicationId', id('Your application.')) applicationId: string,
    @Args('outcome', { type: () => FollowUpOutcome, description: 'How it went.' }) outcome: FollowUpOutcome,
    @Args('note', { type: () => String, nullable: true, description: 'A few words, if you like (up to 500 characters).' }) note: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkApplicationObject> {
    return this.applications.shareFollowUp(viewer, applicationId, outcome, note ?? null);
  }

  @SignedIn()
  @Query(() => SparkApplicationConnection, { description: 'Your small-spark applications, newest first.' })
  mySparkApplications(@Args() page: PageArgs, @CurrentViewer() viewer: Viewer): Promise<Connection<SparkApplicationObject>> {
    return this.applications.mine(viewer, page);
  }

  @SignedIn()
  @Query(() => SparkApplicationObject, { description: 'One application: yours, or, for coordinators, one sent to their alliance (each read is logged).' })
  sparkApplication(
    @Args('applicationId', id('The application.')) applicationId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<SparkApplicationObject> {
    return this.applications.get(viewer, applicationId, context.requestId);
  }

  @SignedIn()
  @Query(() => [SparkTimelineEntryObject], { description: 'An application’s timeline, oldest first: for its applicant and the alliance’s coordinators.' })
  sparkApplicationTimeline(
    @Args('applicationId', id('The application.')) applicationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SparkTimelineEntryObject[]> {
    return this.applications.timelineOf(viewer, applicationId);
  }

  @UsePolicy(CoordinatesSparkAlliancePolicy)
  @Query(() => SparkApplicationConnection, { description: 'For an alliance’s coordinators: applications sent to it, newest first (each read is logged).' })
  sparkApplications(
    @Args() args: SparkApplicationsArgs,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<Connection<SparkApplicationObject>> {
    return this.applications.forAlliance(viewer, args, context.requestId);
  }
}
