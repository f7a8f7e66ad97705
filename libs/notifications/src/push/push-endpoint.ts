import { createHash } from 'node:crypto';
import { BadUserInputError } from '@kindred/core';
import { NotificationMessages } from '../notifications.messages';

/** What a browser's PushSubscription.toJSON() gives: where to send, and the keys to encrypt for. */
export interface PushSubscriptionKeys {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * The push services browsers use. In production the worker posts only to these: an endpoint
 * is a URL a person hands us, and anything else would let them aim the worker at any server.
 */
const PUSH_SERVICE_HOSTS = ['fcm.googleapis.com', 'android.googleapis.com', 'push.services.mozilla.com', 'push.apple.com', 'notify.windows.com'];

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const MAX_ENDPOINT_LENGTH = 2048;

const isPushServiceHost = (hostname: string) => PUSH_SERVICE_HOSTS.some((host) => hostname === host || hostname.endsWith(`.${host}`));

const decodedLength = (value: string): number => (BASE64URL.test(value) ? Buffer.from(value, 'base64url').length : -1);

/**
 * Checks a subscription as the browser sent it. The public key must be an uncompressed P-256
 * point (65 bytes) and the auth secret 16 bytes (RFC 8291), or nothing we send could be read.
 * Outside production any http(s) endpoint is accepted, so tests can run a push service locally.
 */
export function checkPushSubscription(input: PushSubscriptionKeys, production: boolean): PushSubscriptionKeys {
  const endpoint = input.endpoint.trim();
  let url: URL | null = null;
  try {
    url = endpoint.length <= MAX_ENDPOINT_LENGTH ? new URL(endpoint) : null;
  } catch {
    url = null;
  }
  const allowed = url && (production ? url.protocol === 'https:' && isPushServiceHost(url.hostname) : url.protocol === 'https:' || url.protocol === 'http:');
  if (!allowed) throw new BadUserInputError(NotificationMessages.PUSH_ENDPOINT_INVALID(), { field: 'endpoint' });
  const p256dh = input.p256dh.trim();
  const auth = input.auth.trim();
  if (decodedLength(p256dh) !== 65 || Buffer.from(p256dh, 'base64url')[0] !== 0x04 || decodedLength(auth) !== 16) {
    throw new BadUserInputError(NotificationMessages.PUSH_KEYS_INVALID(), { field: 'keys' });
  }
  return { endpoint, p256dh, auth };
}

/** How a device is found again without storing its endpoint in clear. */
export function endpointDigest(endpoint: string): string {
  return createHash('sha256').update(endpoint.trim(), 'utf8').digest('hex');
}
