import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AcknowledgementObject, acknowledged, BadUserInputError, CurrentViewer, PlatformRole, RequireRoles, SignedIn, type Viewer } from '@kindred/core';
import { CircleRelationship } from './circles/circle-relationship';
import { CirclesService } from './circles/circles.service';
import { SupportCircleObject } from './circles/circles.types';
import { InvitationsService, type InvitationAnswerKey } from './invitations/invitations.service';
import { CircleInvitationObject } from './invitations/invitations.types';
import { CircleMessages } from './circles.messages';

const answerKey = (token: string | null | undefined, invitationId: string | null | undefined): InvitationAnswerKey => {
  if (token) return { token };
  if (invitationId) return { invitationId };
  throw new BadUserInputError(CircleMessages.INVITATION_TOKEN_OR_ID(), { field: 'token' });
};

/** A member manages their own circle (the services take the viewer as its owner); anyone answers their own invitations. */
@Resolver()
export class CirclesResolver {
  constructor(
    private readonly circles: CirclesService,
    private readonly invitations: InvitationsService,
  ) {}

  @RequireRoles(PlatformRole.MEMBER)
  @Query(() => SupportCircleObject, { description: 'Your support circle and the people in it.' })
  mySupportCircle(@CurrentViewer() viewer: Viewer): Promise<SupportCircleObject> {
    return this.circles.mine(viewer);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => SupportCircleObject, { description: 'Names your support circle (up to 60 characters).' })
  renameSupportCircle(@Args('name', { description: 'The new name.' }) name: string, @CurrentViewer() viewer: Viewer): Promise<SupportCircleObject> {
    return this.circles.rename(viewer, name);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => CircleInvitationObject, { description: 'Invites someone into your circle by email: a single-use link, valid 7 days.' })
  inviteToCircleByEmail(
    @Args('email', { description: 'Their email address.' }) email: string,
    @Args('relationship', { type: () => CircleRelationship, description: 'Who they are to you.' }) relationship: CircleRelationship,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CircleInvitationObject> {
    return this.invitations.inviteByEmail(viewer, email, relationship);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => CircleInvitationObject, { description: 'Invites someone already on Kindred into your circle; valid 7 days.' })
  inviteToCircle(
    @Args('userId', { type: () => ID, description: 'The person.' }) userId: string,
    @Args('relationship', { type: () => CircleRelationship, description: 'Who they are to you.' }) relationship: CircleRelationship,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CircleInvitationObject> {
    return this.invitations.inviteByPerson(viewer, userId, relationship);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => CircleInvitationObject, { description: 'Withdraws an invitation that has not been answered; its link stops working.' })
  revokeCircleInvitation(
    @Args('invitationId', { type: () => ID, description: 'The invitation.' }) invitationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CircleInvitationObject> {
    return this.invitations.revoke(viewer, invitationId);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Query(() => [CircleInvitationObject], { description: 'The invitations you sent, newest first.' })
  myCircleInvitations(@CurrentViewer() viewer: Viewer): Promise<CircleInvitationObject[]> {
    return this.invitations.sent(viewer);
  }

  @RequireRoles(PlatformRole.MEMBER)
  @Mutation(() => SupportCircleObject, { description: 'Takes someone out of your circle. Everything you shared with them stops at once.' })
  removeFromCircle(
    @Args('userId', { type: () => ID, description: 'The supporter.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SupportCircleObject> {
    return this.circles.remove(viewer, userId);
  }

  @SignedIn()
  @Query(() => [CircleInvitationObject], { description: 'Invitations into circles waiting for your answer.' })
  circleInvitationsForMe(@CurrentViewer() viewer: Viewer): Promise<CircleInvitationObject[]> {
    return this.invitations.received(viewer);
  }

  @SignedIn()
  @Mutation(() => CircleInvitationObject, { description: 'Accepts an invitation: with the token from the email, or one you received on Kindred.' })
  acceptCircleInvitation(
    @Args('token', { type: () => String, nullable: true, description: 'The token from the email link.' }) token: string | null | undefined,
    @Args('invitationId', { type: () => ID, nullable: true, description: 'An invitation you received on Kindred.' }) invitationId: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CircleInvitationObject> {
    return this.invitations.accept(viewer, answerKey(token, invitationId));
  }

  @SignedIn()
  @Mutation(() => CircleInvitationObject, { description: 'Declines an invitation, kindly: the member sees it was declined.' })
  declineCircleInvitation(
    @Args('token', { type: () => String, nullable: true, description: 'The token from the email link.' }) token: string | null | undefined,
    @Args('invitationId', { type: () => ID, nullable: true, description: 'An invitation you received on Kindred.' }) invitationId: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CircleInvitationObject> {
    return this.invitations.decline(viewer, answerKey(token, invitationId));
  }

  @SignedIn()
  @Query(() => [SupportCircleObject], { description: 'The circles you support; only those.' })
  circlesISupport(@CurrentViewer() viewer: Viewer): Promise<SupportCircleObject[]> {
    return this.circles.supporting(viewer);
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Leaves a circle you support. What its member shared with you stops at once.' })
  async leaveSupportCircle(
    @Args('circleId', { type: () => ID, description: 'The circle.' }) circleId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AcknowledgementObject> {
    await this.circles.leave(viewer, circleId);
    return acknowledged(CircleMessages.CIRCLE_LEFT());
  }
}
