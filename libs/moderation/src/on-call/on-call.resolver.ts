import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, UsePolicy, type GraphqlContext, type Viewer } from '@kindred/core';
import { CoordinatesOnCallAlliancePolicy } from './coordinates-on-call-alliance.policy';
import { OnCallRotaService } from './on-call-rota.service';
import { OnCallRotaObject } from './on-call.types';

@Resolver()
export class OnCallResolver {
  constructor(private readonly rotas: OnCallRotaService) {}

  @SignedIn()
  @Query(() => [OnCallRotaObject], { description: 'For coordinators: the on-call rotas of the alliances you coordinate (empty for anyone else).' })
  myOnCallRotas(@CurrentViewer() viewer: Viewer): Promise<OnCallRotaObject[]> {
    return this.rotas.mine(viewer);
  }

  @UsePolicy(CoordinatesOnCallAlliancePolicy)
  @Query(() => OnCallRotaObject, { description: 'For coordinators: the on-call rota of an alliance you coordinate.' })
  onCallRota(@Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string): Promise<OnCallRotaObject> {
    return this.rotas.rota(allianceId);
  }

  @UsePolicy(CoordinatesOnCallAlliancePolicy)
  @Mutation(() => OnCallRotaObject, { description: 'For coordinators: sets the time zone the alliance’s on-call shifts are read in.' })
  setOnCallTimeZone(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('timeZone', { description: 'An IANA time zone, e.g. Europe/London.' }) timeZone: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<OnCallRotaObject> {
    return this.rotas.setTimeZone(viewer, allianceId, timeZone, context.requestId);
  }

  @UsePolicy(CoordinatesOnCallAlliancePolicy)
  @Mutation(() => OnCallRotaObject, {
    description: 'For coordinators: puts a peer vetted in the alliance on call every week on a day, between two local times.',
  })
  addOnCallShift(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('peerId', { type: () => ID, description: 'A peer vetted in the alliance.' }) peerId: string,
    @Args('weekday', { type: () => Int, description: '0 is Monday, 6 is Sunday.' }) weekday: number,
    @Args('startsAt', { description: 'Local start time, HH:MM.' }) startsAt: string,
    @Args('endsAt', { description: 'Local end time, HH:MM; earlier than the start for a shift past midnight.' }) endsAt: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<OnCallRotaObject> {
    return this.rotas.addShift(viewer, { allianceId, peerId, weekday, startsAt, endsAt }, context.requestId);
  }

  @UsePolicy(CoordinatesOnCallAlliancePolicy)
  @Mutation(() => OnCallRotaObject, { description: 'For coordinators: removes a shift from your alliance’s on-call rota.' })
  removeOnCallShift(
    @Args('shiftId', { type: () => ID, description: 'The shift.' }) shiftId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<OnCallRotaObject> {
    return this.rotas.removeShift(viewer, shiftId, context.requestId);
  }
}
