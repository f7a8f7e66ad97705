import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, PlatformRole, RequestContext, RequireRoles, SignedIn, UsePolicy, type GraphqlContext, type Viewer } from '@kindred/core';
import { AllianceObject } from '../alliances/alliance.types';
import { AlliancesService } from '../alliances/alliances.service';
import { toAllianceObject } from '../alliances/alliances.resolver';
import { DecidesForAlliancePolicy } from '../policies/coordinates-alliance.policy';
import { CoordinatorsService } from './coordinators.service';
import { AllianceCoordinatorObject } from './coordinators.types';

@Resolver(() => AllianceObject)
export class CoordinatorsResolver {
  constructor(
    private readonly coordinators: CoordinatorsService,
    private readonly alliances: AlliancesService,
  ) {}

  @UsePolicy(DecidesForAlliancePolicy)
  @Query(() => [AllianceCoordinatorObject], { description: 'Who coordinates an alliance now, longest-serving first (its coordinators and administrators).' })
  allianceCoordinators(@Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string): Promise<AllianceCoordinatorObject[]> {
    return this.coordinators.list(allianceId);
  }

  @SignedIn()
  @Query(() => [AllianceObject], { description: 'The alliances you coordinate now, by name (empty when you coordinate none).' })
  async myCoordinatedAlliances(@CurrentViewer() viewer: Viewer): Promise<AllianceObject[]> {
    return (await this.coordinators.coordinatedBy(viewer.userId)).map(toAllianceObject);
  }

  @RequireRoles(PlatformRole.ADMIN)
  @Mutation(() => AllianceObject, {
    description: 'Appoints a person to coordinate an alliance (admins only; audited). Never yourself: another administrator does.',
  })
  async appointCoordinator(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('userId', { type: () => ID, description: 'The person to appoint.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<AllianceObject> {
    await this.coordinators.appoint(allianceId, userId, viewer.userId, context.requestId);
    return toAllianceObject(await this.alliances.get(allianceId));
  }

  @RequireRoles(PlatformRole.ADMIN)
  @Mutation(() => AllianceObject, {
    description: 'Ends a person’s appointment as coordinator of an alliance (admins only; audited). Never your own: another administrator does.',
  })
  async removeCoordinator(
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('userId', { type: () => ID, description: 'The coordinator to step down.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<AllianceObject> {
    await this.coordinators.remove(allianceId, userId, viewer.userId, context.requestId);
    return toAllianceObject(await this.alliances.get(allianceId));
  }
}
