import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { generateRequestDetails } from 'web-push';
import { AppConfig, LOGGER } from '@kindred/core';
import type { PushSubscriptionKeys } from './push-endpoint';

/** How long a push service has to answer before the job tries again later. */
const PUSH_TIMEOUT_MS = 10_000;
/** A push nobody's device picked up within a day is stale: the app has said it by then. */
const PUSH_TTL_SECONDS = 24 * 3600;

/** What the push service said: delivered, or the subscription no longer exists. */
export type PushOutcome = 'sent' | 'gone' | 'refused';

/** A push service that could not take the push now (timeout, 429, 5xx): the job retries. */
export class PushServiceUnavailable extends Error {
  override readonly name = 'PushServiceUnavailable';
}

/**
 * Sends one Web Push message: encrypted for the device (RFC 8291, aes128gcm) and signed with
 * the VAPID key (RFC 8292) by the web-push library, posted by fetch so a timeout and the
 * answer are ours to handle.
 */
@Injectable()
export class WebPushSender {
  constructor(
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async send(subscription: PushSubscriptionKeys, payload: string, options: { urgent: boolean; subscriptionId: string }): Promise<PushOutcome> {
    const request = generateRequestDetails({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, payload, {
      vapidDetails: this.config.vapid,
      contentEncoding: 'aes128gcm',
      TTL: PUSH_TTL_SECONDS,
      urgency: options.urgent ? 'high' : 'normal',
    });
    let status: number;
    try {
      const response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (error) {
      throw new PushServiceUnavailable(`push service unreachable: ${error instanceof Error ? error.name : 'unknown'}`);
    }
    if (status >= 200 && status < 300) return 'sent';
    if (status === 404 || status === 410) return 'gone';
    if (status === 429 || status >= 500) throw new PushServiceUnavailable(`push service answered ${status}`);
    // Any other refusal (a malformed request, a payload too large) will not change on retry.
    this.logger.warn({ subscriptionId: options.subscriptionId, status }, 'push refused by the push service');
    return 'refused';
  }
}
