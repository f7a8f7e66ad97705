import { SERVICE_WORKER_URL } from '../../app/pwa/service-worker';

/** The keys the API takes: PushSubscription.toJSON(), flattened. */
export interface DeviceSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** Whether this browser can get pushes, and whether the person blocked them for Kindred. */
export type PushAvailability = 'unsupported' | 'blocked' | 'available';

export function pushAvailability(): PushAvailability {
  if (typeof window === 'undefined' || !('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return 'unsupported';
  return Notification.permission === 'denied' ? 'blocked' : 'available';
}

function flatten(subscription: PushSubscription): DeviceSubscription {
  const json = subscription.toJSON();
  return { endpoint: json.endpoint ?? subscription.endpoint, p256dh: json.keys?.['p256dh'] ?? '', auth: json.keys?.['auth'] ?? '' };
}

async function registration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
  return navigator.serviceWorker.ready;
}

/** This device's current subscription, if it has one. */
export async function currentDeviceSubscription(): Promise<DeviceSubscription | null> {
  if (pushAvailability() === 'unsupported') return null;
  const existing = await (await registration()).pushManager.getSubscription();
  return existing ? flatten(existing) : null;
}

export class PushPermissionRefused extends Error {
  override readonly name = 'PushPermissionRefused';
}

/** Asks the browser's permission, then subscribes this device with the server's key. */
export async function subscribeThisDevice(applicationServerKey: string): Promise<DeviceSubscription> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushPermissionRefused(permission);
  const ready = await registration();
  const subscription = await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
  return flatten(subscription);
}

/** Unsubscribes this device in the browser; returns the endpoint the API should forget. */
export async function unsubscribeThisDevice(): Promise<string | null> {
  const existing = await (await registration()).pushManager.getSubscription();
  if (!existing) return null;
  await existing.unsubscribe();
  return existing.endpoint;
}
