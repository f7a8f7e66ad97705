import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, type GraphqlContext, type Viewer } from '@kindred/core';
import { CrisisSupportService } from './crisis-support.service';
import { CrisisAlertObject, CrisisSupportObject } from './crisis.types';

@Resolver()
export class CrisisResolver {
  constructor(private readonly crisis: CrisisSupportService) {}

  @SignedIn()
  @Query(() => CrisisSupportObject, { description: 'Crisis lines for you, from your alliances and Kindred. Private to you.' })
  crisisSupport(@CurrentViewer() viewer: Viewer): Promise<CrisisSupportObject> {
    return this.crisis.supportFor(viewer.userId);
  }

  @SignedIn()
  @Query(() => Boolean, { description: 'Whether you agreed that your mentor is alerted if you seem to be in crisis.' })
  myCrisisAlertConsent(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.crisis.consent(viewer.userId);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Agrees, or withdraws agreement, that your mentor is alerted (never told what you wrote) if something you write suggests you may be in crisis. Off unless you turn it on.',
  })
  setCrisisAlertConsent(
    @Args('consent', { description: 'True to agree, false to withdraw.' }) consent: boolean,
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
  ): Promise<boolean> {
    return this.crisis.setConsent(viewer.userId, consent, context.requestId);
  }

  @SignedIn()
  @Query(() => [CrisisAlertObject], { description: 'For mentors: alerts about people you mentor who may need support, newest first.' })
  myCrisisAlerts(@CurrentViewer() viewer: Viewer): Promise<CrisisAlertObject[]> {
    return this.crisis.alertsFor(viewer.userId);
  }
}
