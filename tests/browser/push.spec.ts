import { allianceWithMembers, must } from '@kindred/test-support/alliance-setup';
import { FakePushService, type FakeSubscription } from '@kindred/notifications/fake-push-service';
import { checkA11y, expect, newPerson, signIn, snap, test } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.21.2' };

/** The subject the run's worker signs with: the run's own, or the development default. */
const DEVELOPMENT_VAPID_SUBJECT = 'mailto:push@kindred.local';

/**
 * Chromium here has no route to a real push service (Debian's build carries no Google API keys,
 * and the machine has no network), so the page's PushManager is replaced before the app loads
 * by one that hands out a subscription of the local fake push service. Everything after the
 * browser's subscribe() is real: the app sends that subscription to the API, and the worker
 * signs, encrypts and posts the push to the fake service, which verifies and decrypts it.
 */
function pushManagerFor(device: FakeSubscription): string {
  const json = JSON.stringify({ endpoint: device.endpoint, expirationTime: null, keys: { p256dh: device.p256dh, auth: device.auth } });
  return `(() => {
    const json = ${json};
    let active = null;
    const subscription = () => active && { endpoint: json.endpoint, toJSON: () => json, unsubscribe: async () => { active = null; return true; } };
    PushManager.prototype.getSubscription = async function () { return subscription(); };
    PushManager.prototype.subscribe = async function (options) {
      window.__kindredSubscribedWith = { userVisibleOnly: options.userVisibleOnly, applicationServerKey: options.applicationServerKey };
      active = json;
      return subscription();
    };
  })();`;
}

test.describe('push notifications and the installable app', () => {
  let pushService: FakePushService;

  test.beforeAll(async () => {
    pushService = await FakePushService.start();
  });

  test.afterAll(async () => {
    await pushService.stop();
  });

  test('a member turns on notifications on this device, and a new message reaches it signed and encrypted, saying only that', async ({ page, context }) => {
    test.slow();
    const api = stackValue('baseUrl');
    const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
    const { members } = await allianceWithMembers(api, env, 2, options);
    const [member, friend] = members as [(typeof members)[number], (typeof members)[number]];
    const { myWebPushSettings } = await must<{ myWebPushSettings: { applicationServerKey: string } }>(
      api,
      '{ myWebPushSettings { applicationServerKey } }',
      {},
      member.accessToken,
      options,
    );

    await context.grantPermissions(['notifications']);
    const device = pushService.newSubscription();
    await context.addInitScript(pushManagerFor(device));
    await signIn(context, member);
    await page.goto('/notifications/settings');

    const section = page.getByRole('region', { name: 'Notifications on this device' });
    await expect(section.getByText(/only says, for example, “You have a new message on Kindred”/)).toBeVisible();
    await expect(section.getByText('This device does not get notifications from Kindred.')).toBeVisible();
    await checkA11y(page);
    await snap(page, 'push-settings-off');

    await section.getByRole('button', { name: 'Get notifications on this device' }).click();
    await expect(section.getByText('Done. This device will get notifications from Kindred.')).toBeVisible();
    await expect(section.getByText('1 of your devices gets notifications.')).toBeVisible();
    // The app asked the browser with the server's own key, as a Uint8Array-compatible value.
    const asked = await page.evaluate(() => {
      const used = (window as unknown as { __kindredSubscribedWith: { userVisibleOnly: boolean; applicationServerKey: string } }).__kindredSubscribedWith;
      return { userVisibleOnly: used.userVisibleOnly, applicationServerKey: String(used.applicationServerKey) };
    });
    expect(asked).toEqual({ userVisibleOnly: true, applicationServerKey: myWebPushSettings.applicationServerKey });
    await checkA11y(page);
    await snap(page, 'push-settings-on');

    const { startDirectConversation } = await must<{ startDirectConversation: { id: string } }>(
      api,
      'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }',
      { u: member.userId },
      friend.accessToken,
      options,
    );
    await must(
      api,
      'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }',
      { c: startDirectConversation.id, b: 'Coffee after the Tuesday group?' },
      friend.accessToken,
      options,
    );
    const [push] = await pushService.waitForPushes(device);
    expect(push?.json).toMatchObject({ title: 'Kindred', body: 'You have a new message on Kindred', url: '/notifications' });
    expect(push?.text).not.toContain('Coffee');
    expect(push?.vapid).toMatchObject({ subject: env['VAPID_SUBJECT'] ?? DEVELOPMENT_VAPID_SUBJECT, publicKey: myWebPushSettings.applicationServerKey });

    await section.getByRole('button', { name: 'Stop notifications on this device' }).click();
    await expect(section.getByText('Done. This device will not get notifications from Kindred any more.')).toBeVisible();
    const after = await must<{ myWebPushSettings: { deviceCount: number } }>(api, '{ myWebPushSettings { deviceCount } }', {}, member.accessToken, options);
    expect(after.myWebPushSettings.deviceCount).toBe(0);
  });

  test('en français : chaque type se choisit aussi sur les appareils', async ({ page, context }) => {
    const api = stackValue('baseUrl');
    const member = await newPerson({ locale: 'fr' });
    await context.grantPermissions(['notifications']);
    await context.addInitScript(pushManagerFor(pushService.newSubscription()));
    await signIn(context, member);
    await page.goto('/notifications/settings');
    const messages = page.getByRole('group', { name: 'Nouveaux messages' });
    await expect(messages).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Notifications sur cet appareil' })).toBeVisible();
    await messages.getByRole('switch', { name: 'Sur vos appareils' }).uncheck({ force: true });
    await expect(messages.getByRole('switch', { name: 'Sur vos appareils' })).not.toBeChecked();
    await checkA11y(page);
    await snap(page, 'push-settings-fr');
    const { myNotificationPreferences } = await must<{ myNotificationPreferences: { kind: string; push: boolean }[] }>(
      api,
      '{ myNotificationPreferences { kind push } }',
      {},
      member.accessToken,
      options,
    );
    expect(myNotificationPreferences.find((preference) => preference.kind === 'NEW_MESSAGE')?.push).toBe(false);
  });

  test('the installed app shows an offline page with crisis lines when the network is gone', async ({ page, context }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit installs the worker; from the next navigation it answers for the page.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.goto('/messages');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Vous êtes hors ligne' })).toBeVisible();
    await expect(page.getByText(/call your local emergency number \(999 or 112 in the UK, 112 in Europe/)).toBeVisible();
    for (const [name, number] of [
      ['Call 988 Suicide & Crisis Lifeline on 988', 'tel:988'],
      ['Appeler le 3114 — Numéro national de prévention du suicide', 'tel:3114'],
    ] as const) {
      await expect(page.getByRole('link', { name })).toHaveAttribute('href', number);
    }
    await checkA11y(page);
    await snap(page, 'offline-shell');
    await context.setOffline(false);
  });

  test('the manifest is valid and installable, and the service worker is served for the whole app', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const response = await request.get(href!);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Kindred', short_name: 'Kindred', start_url: '/', scope: '/', display: 'standalone' });
    // What Chromium asks of an installable app: 192 and 512 pixel PNG icons, one maskable.
    for (const icon of manifest.icons.filter((entry) => entry.type === 'image/png')) {
      const image = await request.get(icon.src);
      expect(image.status()).toBe(200);
      const bytes = await image.body();
      const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

    const worker = await request.get('/sw.js', { headers: { accept: 'text/html', 'service-worker': 'script' } });
    expect(worker.headers()['content-type']).toMatch(/javascript/);
    expect(worker.headers()['service-worker-allowed']).toBe('/');
    expect(await worker.text()).toContain("addEventListener('push'");
    const registration = await page.evaluate(async () => {
      const ready = await navigator.serviceWorker.ready;
      return { scope: ready.scope, script: ready.active?.scriptURL ?? '' };
    });
    expect(registration).toEqual({ scope: `${stackValue('baseUrl')}/`, script: `${stackValue('baseUrl')}/sw.js` });
  });
});
