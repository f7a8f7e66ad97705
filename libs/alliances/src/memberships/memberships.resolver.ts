import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, UsePolicy, type Connection, type GraphqlContext, type Viewer } from '@kindred/core';
import { DecidesForAlliancePolicy } from '../policies/coordinates-alliance.policy';
import { AllianceCapacity } from './alliance-membership.entity';
import { AllianceMembersArgs, AllianceMembershipConnection, AllianceMembershipObject, MembershipDecision } from './membership.types';
import { LeavingService } from './leaving.service';
import { MembershipsService } from './memberships.service';

@Resolver(() => AllianceMembershipObject)
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly leaving: LeavingService,
  ) {}

  @SignedIn()
  @Mutation(() => AllianceMembershipObject, { description: 'Asks to join an alliance as a member or a supporter.' })
  requestToJoinAlliance(
    @Args('allianceId', { type: () => ID, description: 'The alliance to join.' }) allianceId: string,
    @Args('capacity', { type: () => AllianceCapacity, description: 'MEMBER or SUPPORTER.' }) capacity: AllianceCapacity,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AllianceMembershipObject> {
    return this.memberships.request(viewer, allianceId, capacity);
  }

  @UsePolicy(DecidesForAlliancePolicy)
  @Mutation(() => AllianceMembershipObject, {
    description: 'Approves or declines a request to join (the alliance’s coordinators or an administrator; never your own).',
  })
  decideMembership(
    @Args('membershipId', { type: () => ID, description: 'The request.' }) membershipId: string,
    @Args('decision', { type: () => MembershipDecision, description: 'Approve or decline.' }) decision: MembershipDecision,
    @Args('reason', { type: () => String, nullable: true, description: 'Required when declining: a kind reason the person will read.' }) reason: string | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AllianceMembershipObject> {
    return this.memberships.decide(viewer.userId, membershipId, decision, reason);
  }

  @SignedIn()
  @Mutation(() => [AllianceMembershipObject], {
    description: 'Leaves an alliance in every capacity; a mentor’s vetting there is withdrawn. Returns your memberships.',
  })
  leaveAlliance(
    @Args('allianceId', { type: () => ID, description: 'The alliance to leave.' }) allianceId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<AllianceMembershipObject[]> {
    return this.leaving.leave(viewer, allianceId, context.requestId);
  }

  @SignedIn()
  @Query(() => [AllianceMembershipObject], { description: 'The alliances you belong to or asked to join.' })
  myAllianceMemberships(@CurrentViewer() viewer: Viewer): Promise<AllianceMembershipObject[]> {
    return this.memberships.mine(viewer);
  }

  @UsePolicy(DecidesForAlliancePolicy)
  @Query(() => AllianceMembershipConnection, { description: 'An alliance’s people and requests, newest first (its coordinators and administrators; audited).' })
  allianceMembers(
    @Args() args: AllianceMembersArgs,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<Connection<AllianceMembershipObject>> {
    return this.memberships.members(viewer.userId, args.allianceId, args.status, args, context.requestId);
  }
}
