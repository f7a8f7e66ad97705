import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

describe('notifications', () => {
  it('lists them and marks one read', async () => {
    let readAt: string | null = null;
    const marked: unknown[] = [];
    renderSignedIn({
      path: '/notifications',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        NotificationArrived: () => ({ data: null }),
        Notifications: () => ({
          data: {
            myNotifications: {
              __typename: 'NotificationConnection',
              edges: [
                {
                  __typename: 'NotificationEdge',
                  node: {
                    __typename: 'Notification',
                    id: 'n1',
                    kind: 'INVITATION',
                    subjectId: null,
                    text: 'Vous avez du nouveau sur Kindred',
                    createdAt: '2026-12-04T10:00:00.000Z',
                    readAt,
                  },
                },
              ],
            },
          },
        }),
        MarkNotificationsRead: ({ variables }) => {
          marked.push(variables);
          readAt = '2026-12-04T11:00:00.000Z';
          return { data: { markNotificationsRead: 1 } };
        },
      },
    });
    expect(await screen.findByText('Vous avez du nouveau sur Kindred')).toBeInTheDocument();
    expect(screen.getByText(/Nouveau/)).toBeInTheDocument();
    // An invitation leads to where it can be answered.
    expect(screen.getByRole('link', { name: "Voir l'invitation" })).toHaveAttribute('href', '/circles/join');
    await userEvent.click(screen.getByRole('button', { name: 'Marquer comme lu' }));
    expect(await screen.findByText(/· Lu/)).toBeInTheDocument();
    expect(marked).toEqual([{ ids: ['n1'] }]);
  });

  it('invites when there is nothing yet', async () => {
    renderSignedIn({
      path: '/notifications',
      graphql: {
        NotificationArrived: () => ({ data: null }),
        Notifications: () => ({ data: { myNotifications: { __typename: 'NotificationConnection', edges: [] } } }),
      },
    });
    expect(await screen.findByText('Nothing new for now')).toBeInTheDocument();
  });
});

const SERVER_KEY = 'BFsdE1gybVa-tonv-VofnLRMCpFQGbxoofzQ8GDXPrE_nb-HyXZ9my8W3cBA4Hku017DNmQUHzC6s1BM6oLMdk0';
const DEVICE = { endpoint: 'https://push.example.org/device-1', keys: { p256dh: 'BPublicKeyOfThisDevice', auth: 'secret16bytes' } };

/**
 * Just enough of a browser's push machinery for the settings page: a service worker
 * registration whose PushManager subscribes, and the Notification permission prompt.
 */
function fakeBrowserPush(answer: NotificationPermission) {
  const state = { permission: 'default' as NotificationPermission, subscription: null as null | typeof DEVICE, subscribedWith: [] as unknown[], prompts: 0 };
  const subscription = () =>
    state.subscription && {
      endpoint: state.subscription.endpoint,
      toJSON: () => state.subscription,
      unsubscribe: async () => {
        state.subscription = null;
        return true;
      },
    };
  const registration = {
    pushManager: {
      getSubscription: async () => subscription(),
      subscribe: async (options: unknown) => {
        state.subscribedWith.push(options);
        state.subscription = DEVICE;
        return subscription();
      },
    },
  };
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { register: async () => registration, ready: Promise.resolve(registration) },
  });
  Object.defineProperty(window, 'PushManager', { configurable: true, value: class {} });
  Object.defineProperty(window, 'Notification', {
    configurable: true,
    value: {
      get permission() {
        return state.permission;
      },
      requestPermission: async () => {
        state.prompts += 1;
        state.permission = answer;
        return answer;
      },
    },
  });
  return state;
}

afterEach(() => {
  for (const [target, name] of [
    [navigator, 'serviceWorker'],
    [window, 'PushManager'],
    [window, 'Notification'],
  ] as const) {
    Reflect.deleteProperty(target, name);
  }
});

describe('notification settings', () => {
  const settings = (quiet: { start: string; end: string } | null) => ({
    data: {
      myNotificationPreferences: [
        { __typename: 'NotificationPreference', kind: 'NEW_MESSAGE', inApp: true, email: false, push: true, mayBreakQuietHours: false, breakQuietHours: false },
        { __typename: 'NotificationPreference', kind: 'MILESTONE', inApp: true, email: false, push: true, mayBreakQuietHours: false, breakQuietHours: false },
        { __typename: 'NotificationPreference', kind: 'SAFETY_ALERT', inApp: true, email: false, push: true, mayBreakQuietHours: true, breakQuietHours: false },
      ],
      myWebPushSettings: { __typename: 'WebPushSettings', applicationServerKey: SERVER_KEY, deviceCount: 0 },
      myQuietHours: quiet ? { __typename: 'QuietHours', ...quiet, timeZone: 'Europe/Paris' } : null,
    },
  });

  it('changes how one kind is heard about, and sets quiet hours', async () => {
    const updates: unknown[] = [];
    const quiet: unknown[] = [];
    renderSignedIn({
      path: '/notifications/settings',
      graphql: {
        NotificationSettings: () => settings(null),
        UpdateNotificationPreference: ({ variables }) => {
          updates.push(variables);
          return { data: { updateNotificationPreference: { __typename: 'NotificationPreference', ...variables } } };
        },
        SetQuietHours: ({ variables }) => {
          quiet.push(variables);
          return { data: { setQuietHours: { __typename: 'QuietHours', ...variables, timeZone: 'Europe/Paris' } } };
        },
      },
    });
    const messages = await screen.findByRole('group', { name: 'New messages' });
    await userEvent.click(within(messages).getByRole('switch', { name: 'By email' }));
    expect(updates).toEqual([{ kind: 'NEW_MESSAGE', inApp: true, email: true, push: true, breakQuietHours: null }]);
    expect(within(messages).getByRole('switch', { name: 'By email' })).toBeChecked();

    expect(screen.getByText(/You have no quiet hours/)).toBeInTheDocument();
    const from = screen.getByLabelText('From');
    await userEvent.clear(from);
    await userEvent.type(from, '21:30');
    await userEvent.click(screen.getByRole('button', { name: 'Save quiet hours' }));
    expect(await screen.findByText('Your quiet hours are saved.')).toBeInTheDocument();
    expect(quiet).toEqual([{ start: '21:30', end: '07:00' }]);
    expect(screen.getByText('Now: from 21:30 to 07:00, in your time zone (Europe/Paris).')).toBeInTheDocument();
  });

  it('removes quiet hours (in French)', async () => {
    let cleared = false;
    renderSignedIn({
      path: '/notifications/settings',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 2 } }),
        NotificationSettings: () => settings({ start: '22:00', end: '07:00' }),
        ClearQuietHours: () => {
          cleared = true;
          return { data: { clearQuietHours: { __typename: 'Acknowledgement', ok: true } } };
        },
      },
    });
    expect(await screen.findByText('En ce moment : de 22:00 à 07:00, à votre heure (Europe/Paris).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications, 2 non lues' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer mes heures calmes' }));
    expect(await screen.findByText('Vos heures calmes sont supprimées.')).toBeInTheDocument();
    expect(cleared).toBe(true);
  });

  it('says when this browser cannot show notifications', async () => {
    renderSignedIn({ path: '/notifications/settings', graphql: { NotificationSettings: () => settings(null) } });
    expect(await screen.findByText(/This browser cannot show notifications from Kindred/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Get notifications on this device' })).not.toBeInTheDocument();
  });

  it('turns notifications on for this device after saying what they show, then off again', async () => {
    const browser = fakeBrowserPush('granted');
    const subscribed: unknown[] = [];
    const unsubscribed: unknown[] = [];
    renderSignedIn({
      path: '/notifications/settings',
      graphql: {
        NotificationSettings: () => settings(null),
        SubscribeToPush: ({ variables }) => {
          subscribed.push(variables);
          return { data: { subscribeToPush: { __typename: 'WebPushSettings', applicationServerKey: SERVER_KEY, deviceCount: 1 } } };
        },
        UnsubscribeFromPush: ({ variables }) => {
          unsubscribed.push(variables);
          return { data: { unsubscribeFromPush: { __typename: 'WebPushSettings', applicationServerKey: SERVER_KEY, deviceCount: 0 } } };
        },
      },
    });
    const device = await screen.findByRole('region', { name: 'Notifications on this device' });
    expect(within(device).getByText(/only says, for example, “You have a new message on Kindred”/)).toBeInTheDocument();
    expect(await within(device).findByText('This device does not get notifications from Kindred.')).toBeInTheDocument();

    await userEvent.click(within(device).getByRole('button', { name: 'Get notifications on this device' }));
    expect(await within(device).findByText('Done. This device will get notifications from Kindred.')).toBeInTheDocument();
    expect(browser.prompts).toBe(1);
    expect(browser.subscribedWith).toEqual([{ userVisibleOnly: true, applicationServerKey: SERVER_KEY }]);
    expect(subscribed).toEqual([{ subscription: { endpoint: DEVICE.endpoint, p256dh: DEVICE.keys.p256dh, auth: DEVICE.keys.auth } }]);
    expect(within(device).getByText('1 of your devices gets notifications.')).toBeInTheDocument();

    await userEvent.click(within(device).getByRole('button', { name: 'Stop notifications on this device' }));
    expect(await within(device).findByText('Done. This device will not get notifications from Kindred any more.')).toBeInTheDocument();
    expect(unsubscribed).toEqual([{ endpoint: DEVICE.endpoint }]);
    expect(browser.subscription).toBeNull();
  });

  it('respects a refused permission: nothing is sent to Kindred (in French)', async () => {
    const browser = fakeBrowserPush('denied');
    const subscribed: unknown[] = [];
    renderSignedIn({
      path: '/notifications/settings',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        NotificationSettings: () => settings(null),
        SubscribeToPush: ({ variables }) => {
          subscribed.push(variables);
          return { data: null };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Activer les notifications ici' }));
    expect(await screen.findByText(/Kindred n’a pas reçu l’autorisation/)).toBeInTheDocument();
    expect(screen.getByText(/bloquées dans les réglages de ce navigateur/)).toBeInTheDocument();
    expect(subscribed).toEqual([]);
    expect(browser.subscription).toBeNull();
  });

  it('shows the API’s refusal and undoes the browser’s subscription', async () => {
    const browser = fakeBrowserPush('granted');
    renderSignedIn({
      path: '/notifications/settings',
      graphql: {
        NotificationSettings: () => settings(null),
        SubscribeToPush: () => ({
          errors: [{ message: 'This device’s browser gave keys we cannot use to protect notifications.', extensions: { code: 'BAD_USER_INPUT' } }],
          data: null,
        }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Get notifications on this device' }));
    expect(await screen.findByText(/gave keys we cannot use to protect notifications/)).toBeInTheDocument();
    expect(browser.subscription).toBeNull();
    expect(screen.getByRole('button', { name: 'Get notifications on this device' })).toBeInTheDocument();
  });

  it('chooses push per kind, and lets only an urgent kind break quiet hours (in French)', async () => {
    const updates: unknown[] = [];
    renderSignedIn({
      path: '/notifications/settings',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        NotificationSettings: () => settings({ start: '22:00', end: '07:00' }),
        UpdateNotificationPreference: ({ variables }) => {
          updates.push(variables);
          return {
            data: {
              updateNotificationPreference: { __typename: 'NotificationPreference', mayBreakQuietHours: variables.kind === 'SAFETY_ALERT', ...variables },
            },
          };
        },
      },
    });
    const messages = await screen.findByRole('group', { name: /nouveaux messages/i });
    expect(within(messages).queryByRole('switch', { name: 'Même pendant les heures calmes' })).not.toBeInTheDocument();
    await userEvent.click(within(messages).getByRole('switch', { name: 'Sur vos appareils' }));
    expect(screen.getAllByRole('switch', { name: 'Même pendant les heures calmes' })).toHaveLength(1);
    const alerts = screen.getByRole('group', { name: 'Pour les mentors : quelqu’un a peut-être besoin de soutien' });
    const urgent = within(alerts).getByRole('switch', { name: 'Même pendant les heures calmes' });
    await userEvent.click(urgent);
    expect(updates).toEqual([
      { kind: 'NEW_MESSAGE', inApp: true, email: false, push: false, breakQuietHours: null },
      { kind: 'SAFETY_ALERT', inApp: true, email: false, push: true, breakQuietHours: true },
    ]);
    expect(urgent).toBeChecked();
  });
});
