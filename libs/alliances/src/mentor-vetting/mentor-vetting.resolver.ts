import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, UsePolicy, type Connection, type GraphqlContext, type Viewer } from '@kindred/core';
import { DecidesForAlliancePolicy } from '../policies/coordinates-alliance.policy';
import {
  MentorApplicationConnection,
  MentorApplicationDecision,
  MentorApplicationInput,
  MentorApplicationObject,
  MentorApplicationsArgs,
  VettingAction,
} from './mentor-vetting.types';
import { MentorVettingService } from './mentor-vetting.service';

@Resolver(() => MentorApplicationObject)
export class MentorVettingResolver {
  constructor(private readonly vetting: MentorVettingService) {}

  @SignedIn()
  @Mutation(() => MentorApplicationObject, { description: 'Applies to mentor in an alliance you belong to as a member.' })
  applyToMentor(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('input', { description: 'What coordinators need to know.' }) input: MentorApplicationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MentorApplicationObject> {
    return this.vetting.apply(viewer, allianceId, input);
  }

  @SignedIn()
  @Mutation(() => MentorApplicationObject, { description: 'Edits your application while it waits or after changes were asked for.' })
  updateMentorApplication(
    @Args('applicationId', { type: () => ID, description: 'Your application.' }) applicationId: string,
    @Args('input', { description: 'The whole application, as it should now read.' }) input: MentorApplicationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MentorApplicationObject> {
    return this.vetting.update(viewer, applicationId, input);
  }

  @SignedIn()
  @Query(() => [MentorApplicationObject], { description: 'Your applications to mentor, and your vetting in each alliance.' })
  myMentorApplications(@CurrentViewer() viewer: Viewer): Promise<MentorApplicationObject[]> {
    return this.vetting.mine(viewer);
  }

  @UsePolicy(DecidesForAlliancePolicy)
  @Query(() => MentorApplicationConnection, {
    description: 'Applications to mentor in an alliance, newest first (its coordinators and administrators; audited).',
  })
  mentorApplications(
    @Args() args: MentorApplicationsArgs,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<Connection<MentorApplicationObject>> {
    return this.vetting.listForAlliance(viewer.userId, args.allianceId, args.status, args, context.requestId);
  }

  @UsePolicy(DecidesForAlliancePolicy)
  @Mutation(() => MentorApplicationObject, {
    description: 'Approves, asks for changes to, or declines an application (the alliance’s coordinators or an administrator; never your own).',
  })
  decideMentorApplication(
    @Args('applicationId', { type: () => ID, description: 'The application.' }) applicationId: string,
    @Args('decision', { type: () => MentorApplicationDecision, description: 'The decision.' }) decision: MentorApplicationDecision,
    @Args('message', { type: () => String, nullable: true, description: 'Required to ask for changes or decline: kind words the applicant will read.' })
    message: string | null,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<MentorApplicationObject> {
    return this.vetting.act(viewer.userId, applicationId, decision, message, context.requestId);
  }

  @UsePolicy(DecidesForAlliancePolicy)
  @Mutation(() => MentorApplicationObject, {
    description: 'Pauses, resumes or withdraws a mentor’s vetting (the alliance’s coordinators or an administrator; never your own).',
  })
  changeMentorVetting(
    @Args('applicationId', { type: () => ID, description: 'The vetted application.' }) applicationId: string,
    @Args('action', { type: () => VettingAction, description: 'What to do.' }) action: VettingAction,
    @Args('reason', { type: () => String, nullable: true, description: 'Required to pause or withdraw.' }) reason: string | null,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<MentorApplicationObject> {
    return this.vetting.act(viewer.userId, applicationId, action, reason, context.requestId);
  }
}
