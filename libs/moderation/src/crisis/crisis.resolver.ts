import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public, RequestContext, SignedIn, type GraphqlContext, type Viewer } from '@kindred/core';
import { CrisisSupportService } from './crisis-support.service';
import { CrisisAlertObject, CrisisSupportObject } from './crisis.types';

@Resolver()
export class CrisisResolver {
  constructor(private readonly crisis: CrisisSupportService) {}

  @Public('crisis lines are the one thing a person who cannot sign in must always reach; they are published, and say nothing about anyone', {
    knowsSignedIn: true,
  })
  @Query(() => CrisisSupportObject, {
    description:
      'Where to turn right now: Kindred’s crisis lines, an alliance’s own by its id, and, when you are signed in, your alliances’ lines too. No sign-in needed.',
  })
  crisisSupport(
    // A String, not an ID: the edge check refuses malformed ids, and crisis lines are never refused.
    @Args('allianceId', {
      type: () => String,
      nullable: true,
      description: 'The id of an alliance whose published crisis lines to include. Anything that is not one is ignored: crisis lines are never refused.',
    })
    allianceId: string | null | undefined,
    @Args('locale', { type: () => String, nullable: true, description: 'en or fr; your own language when signed in, else English.' })
    locale: string | null | undefined,
    @Args('timeZone', {
      type: () => String,
      nullable: true,
      description: 'Your device’s time zone (e.g. Europe/Lisbon), so your country’s lines come first when you are signed out.',
    })
    timeZone: string | null | undefined,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<CrisisSupportObject> {
    return this.crisis.supportFor(viewer?.userId ?? null, { allianceId: allianceId ?? null, locale: locale ?? null, timeZone: timeZone ?? null });
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
