import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { AllianceInsightsObject } from './alliance-insights.types';
import { AllianceInsightsService } from './alliance-insights.service';

@Resolver(() => AllianceInsightsObject)
export class AllianceInsightsResolver {
  constructor(private readonly insights: AllianceInsightsService) {}

  @SignedIn()
  @Query(() => AllianceInsightsObject, {
    description: 'For an alliance’s coordinators: anonymous, k-anonymised aggregates of its members’ check-ins and recovery capital.',
  })
  allianceInsights(
    @CurrentViewer() viewer: Viewer,
    @Args('allianceId', { type: () => ID, description: 'The alliance.' }) allianceId: string,
    @Args('months', { type: () => Int, defaultValue: 6, description: 'How many months back, 1 to 24.' }) months: number,
  ): Promise<AllianceInsightsObject> {
    return this.insights.forAlliance(viewer, allianceId, months);
  }
}
