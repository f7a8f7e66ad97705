import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AcknowledgementObject, acknowledged, CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { NotificationKind } from '../notifications/notification-kind';
import { NotificationPreferenceObject, QuietHoursObject } from './preferences.types';
import { PreferencesService } from './preferences.service';
import { NotificationMessages } from '../notifications.messages';

@Resolver(() => NotificationPreferenceObject)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @SignedIn()
  @Query(() => [NotificationPreferenceObject], { description: 'How you want to hear about each kind of notification.' })
  myNotificationPreferences(@CurrentViewer() viewer: Viewer): Promise<NotificationPreferenceObject[]> {
    return this.preferences.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferenceObject, { description: 'Chooses how you hear about one kind of notification.' })
  updateNotificationPreference(
    @Args('kind', { type: () => NotificationKind, description: 'The kind of notification.' }) kind: NotificationKind,
    @Args('inApp', { type: () => Boolean, description: 'Show it in the app.' }) inApp: boolean,
    @Args('email', { type: () => Boolean, description: 'Mention it in an email digest (which never says what it is).' }) email: boolean,
    @CurrentViewer() viewer: Viewer,
    @Args('push', { type: () => Boolean, nullable: true, description: 'Push it to your subscribed devices; left out, your earlier choice stays.' })
    push?: boolean | null,
    @Args('breakQuietHours', {
      type: () => Boolean,
      nullable: true,
      description: 'Let it reach you by push during quiet hours (only where mayBreakQuietHours); left out, your earlier choice stays.',
    })
    breakQuietHours?: boolean | null,
  ): Promise<NotificationPreferenceObject> {
    return this.preferences.update(viewer, kind, inApp, email, { push, breakQuietHours });
  }

  @SignedIn()
  @Query(() => QuietHoursObject, { nullable: true, description: 'Your quiet hours, or null when you have none.' })
  myQuietHours(@CurrentViewer() viewer: Viewer): Promise<QuietHoursObject | null> {
    return this.preferences.quietHoursOf(viewer);
  }

  @SignedIn()
  @Mutation(() => QuietHoursObject, {
    description: 'Sets when Kindred sends you no email and no push, in your own time zone; digests wait until after, pushes are skipped.',
  })
  setQuietHours(
    @Args('start', { type: () => String, description: 'Start, as a 24-hour local time such as 22:00.' }) start: string,
    @Args('end', { type: () => String, description: 'End, as a 24-hour local time such as 07:00 (it may be past midnight).' }) end: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<QuietHoursObject> {
    return this.preferences.setQuietHours(viewer, start, end);
  }

  @SignedIn()
  @Mutation(() => AcknowledgementObject, { description: 'Removes your quiet hours.' })
  async clearQuietHours(@CurrentViewer() viewer: Viewer): Promise<AcknowledgementObject> {
    await this.preferences.clearQuietHours(viewer);
    return acknowledged(NotificationMessages.QUIET_HOURS_CLEARED());
  }
}
