import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequestContext, SignedIn, type GraphqlContext, type Viewer } from '@kindred/core';
import { CheckinPreferencesObject, CheckinRhythmInput } from './checkin-preferences.types';
import { CheckinPreferencesService } from './checkin-preferences.service';

@Resolver(() => CheckinPreferencesObject)
export class CheckinPreferencesResolver {
  constructor(private readonly preferences: CheckinPreferencesService) {}

  @SignedIn()
  @Query(() => CheckinPreferencesObject, { description: 'Your check-in rhythm, early-help alerts and re-assessment offers.' })
  myCheckinPreferences(@CurrentViewer() viewer: Viewer): Promise<CheckinPreferencesObject> {
    return this.preferences.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => CheckinPreferencesObject, {
    description: 'Sets when you are reminded to check in, in your own time zone; reminders keep out of your quiet hours.',
  })
  setCheckinRhythm(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'How often, which days, and what time.' }) input: CheckinRhythmInput,
  ): Promise<CheckinPreferencesObject> {
    return this.preferences.setRhythm(viewer, { cadence: input.cadence, localTime: input.localTime, days: input.days ?? null });
  }

  @SignedIn()
  @Mutation(() => CheckinPreferencesObject, { description: 'Stops check-in reminders.' })
  stopCheckinReminders(@CurrentViewer() viewer: Viewer): Promise<CheckinPreferencesObject> {
    return this.preferences.stopReminders(viewer);
  }

  @SignedIn()
  @Mutation(() => CheckinPreferencesObject, {
    description: 'Whether your mentor is alerted when Kindred offers you early help (never anyone else). Off until you turn it on; recorded either way.',
  })
  setEarlyHelpMentorAlerts(
    @CurrentViewer() viewer: Viewer,
    @RequestContext() context: GraphqlContext,
    @Args('enabled', { description: 'True to agree, false to withdraw.' }) enabled: boolean,
  ): Promise<CheckinPreferencesObject> {
    return this.preferences.setMentorAlerts(viewer, enabled, context.requestId);
  }

  @SignedIn()
  @Mutation(() => CheckinPreferencesObject, { description: 'How often Kindred offers to look again at your recovery capital (30 days unless you choose).' })
  setReassessmentInterval(
    @CurrentViewer() viewer: Viewer,
    @Args('days', { type: () => Int, description: '7 to 365 days, or 0 for no offers.' }) days: number,
  ): Promise<CheckinPreferencesObject> {
    return this.preferences.setReassessEvery(viewer, days);
  }
}
