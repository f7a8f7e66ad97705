import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppConfig, FieldCipher, type Viewer } from '@kindred/core';
import { checkPushSubscription, endpointDigest, type PushSubscriptionKeys } from './push-endpoint';
import { PushSubscription, pushSubscriptionContext } from './push-subscription.entity';
import type { WebPushSettingsObject } from './push.types';

/** A person's own push devices (API side), always scoped to the viewer. */
@Injectable()
export class PushSubscriptionsService {
  constructor(
    @InjectRepository(PushSubscription) private readonly subscriptions: Repository<PushSubscription>,
    private readonly cipher: FieldCipher,
    private readonly config: AppConfig,
  ) {}

  async settings(viewer: Viewer): Promise<WebPushSettingsObject> {
    return { applicationServerKey: this.config.vapid.publicKey, deviceCount: await this.subscriptions.countBy({ userId: viewer.userId }) };
  }

  /**
   * Subscribes this device for the viewer. A device belongs to whoever subscribed it last: on a
   * shared phone, the person who signed in before no longer gets pushes there. One statement,
   * so two taps at once leave one row. The row gets a new id each time because the sealed
   * subscription is bound to its row id.
   */
  async subscribe(viewer: Viewer, input: PushSubscriptionKeys): Promise<WebPushSettingsObject> {
    const checked = checkPushSubscription(input, this.config.isProduction);
    const id = randomUUID();
    const sealed = this.cipher.encrypt(JSON.stringify(checked), pushSubscriptionContext(id));
    await this.subscriptions
      .createQueryBuilder()
      .insert()
      .into(PushSubscription)
      .values({ id, userId: viewer.userId, endpointDigest: endpointDigest(checked.endpoint), subscription: sealed, subscriptionKeyId: this.cipher.activeKeyId })
      .orUpdate(['id', 'user_id', 'subscription', 'subscription_key_id', 'created_at'], ['endpoint_digest'])
      .execute();
    return this.settings(viewer);
  }

  /** Forgets this device for the viewer; another person's device with that endpoint is left alone. */
  async unsubscribe(viewer: Viewer, endpoint: string): Promise<WebPushSettingsObject> {
    await this.subscriptions.delete({ userId: viewer.userId, endpointDigest: endpointDigest(endpoint) });
    return this.settings(viewer);
  }
}
