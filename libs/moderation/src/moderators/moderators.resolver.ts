import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, type GraphqlContext, type Viewer } from '@kindred/core';
import { ModeratorsService } from './moderators.service';
import { AllianceModeratorObject } from './moderators.types';

/** Appointments are checked in the service: administrators, or coordinators of that alliance. */
@Resolver()
export class ModeratorsResolver {
  constructor(private readonly moderators: ModeratorsService) {}

  @SignedIn()
  @Query(() => [AllianceModeratorObject], { description: 'Who moderates an alliance; for its coordinators, moderators and administrators.' })
  allianceModerators(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AllianceModeratorObject[]> {
    return this.moderators.list(viewer, allianceId);
  }

  @SignedIn()
  @Mutation(() => [AllianceModeratorObject], { description: 'Appoints an active member of the alliance as its moderator.' })
  appointModerator(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('userId', { type: () => ID, description: 'The member to appoint.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<AllianceModeratorObject[]> {
    return this.moderators.appoint(viewer, allianceId, userId, context.requestId);
  }

  @SignedIn()
  @Mutation(() => [AllianceModeratorObject], { description: 'Ends someone’s role as a moderator of the alliance.' })
  removeModerator(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('userId', { type: () => ID, description: 'The moderator.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<AllianceModeratorObject[]> {
    return this.moderators.remove(viewer, allianceId, userId, context.requestId);
  }
}
