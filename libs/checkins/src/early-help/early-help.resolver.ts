import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { EarlyHelpAlertObject, EarlyHelpOfferObject } from './early-help.types';
import { EarlyHelpViewsService } from './early-help-views.service';

@Resolver(() => EarlyHelpOfferObject)
export class EarlyHelpResolver {
  constructor(private readonly views: EarlyHelpViewsService) {}

  @SignedIn()
  @Query(() => [EarlyHelpOfferObject], { description: 'Kindred reaching out to you now, with ways to find support.' })
  myEarlyHelp(@CurrentViewer() viewer: Viewer): Promise<EarlyHelpOfferObject[]> {
    return this.views.myOffers(viewer);
  }

  @SignedIn()
  @Query(() => [EarlyHelpAlertObject], {
    description: 'For mentors: people you mentor who agreed that you be alerted, and might welcome contact. Newest first.',
  })
  myEarlyHelpAlerts(@CurrentViewer() viewer: Viewer): Promise<EarlyHelpAlertObject[]> {
    return this.views.myAlerts(viewer);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Marks an early-help alert as seen.' })
  markEarlyHelpAlertSeen(@CurrentViewer() viewer: Viewer, @Args('alertId', { type: () => ID, description: 'The alert.' }) alertId: string): Promise<boolean> {
    return this.views.markSeen(viewer, alertId);
  }
}
