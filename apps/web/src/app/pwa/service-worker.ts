/** Where the service worker lives: at the root, so its scope is the whole app. */
export const SERVICE_WORKER_URL = '/sw.js';

/**
 * Registers the service worker that keeps the offline page (with crisis lines) and shows
 * pushes. Only in a built app: the dev server serves fresh modules, which a worker would hide.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => undefined);
  });
}
