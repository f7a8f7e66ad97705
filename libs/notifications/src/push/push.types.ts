import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WebPushSettings', { description: 'What a device needs to subscribe to push notifications, and how many of yours are subscribed.' })
export class WebPushSettingsObject {
  @Field(() => String, { description: 'The application server key (VAPID public key, base64url) to pass to PushManager.subscribe.' })
  applicationServerKey!: string;

  @Field(() => Int, { description: 'How many of your devices receive push notifications.' })
  deviceCount!: number;
}

@InputType('PushSubscriptionInput', { description: 'A browser’s push subscription, as PushSubscription.toJSON() gives it.' })
export class PushSubscriptionInput {
  @Field(() => String, { description: 'Where the push service receives messages for this device.' })
  endpoint!: string;

  @Field(() => String, { description: 'The device’s P-256 public key (keys.p256dh), base64url.' })
  p256dh!: string;

  @Field(() => String, { description: 'The device’s authentication secret (keys.auth), base64url.' })
  auth!: string;
}
