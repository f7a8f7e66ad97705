import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '@kindred/core';
import { PushSubscriptionsService } from './push-subscriptions.service';
import { PushSubscriptionInput, WebPushSettingsObject } from './push.types';

@Resolver(() => WebPushSettingsObject)
export class PushResolver {
  constructor(private readonly subscriptions: PushSubscriptionsService) {}

  @SignedIn()
  @Query(() => WebPushSettingsObject, { description: 'What your device needs to subscribe to push notifications, and how many of yours are.' })
  myWebPushSettings(@CurrentViewer() viewer: Viewer): Promise<WebPushSettingsObject> {
    return this.subscriptions.settings(viewer);
  }

  @SignedIn()
  @Mutation(() => WebPushSettingsObject, { description: 'Sends your notifications to this device too. They only ever say there is something new.' })
  subscribeToPush(
    @Args('subscription', { type: () => PushSubscriptionInput, description: 'The browser’s push subscription.' }) subscription: PushSubscriptionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<WebPushSettingsObject> {
    return this.subscriptions.subscribe(viewer, subscription);
  }

  @SignedIn()
  @Mutation(() => WebPushSettingsObject, { description: 'Stops push notifications to this device.' })
  unsubscribeFromPush(
    @Args('endpoint', { type: () => String, description: 'The endpoint of the device’s push subscription.' }) endpoint: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<WebPushSettingsObject> {
    return this.subscriptions.unsubscribe(viewer, endpoint);
  }
}
