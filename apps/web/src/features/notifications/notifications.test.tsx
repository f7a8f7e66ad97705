import { describe, expect, it } from 'vitest';
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

describe('notification settings', () => {
  const settings = (quiet: { start: string; end: string } | null) => ({
    data: {
      myNotificationPreferences: [
        { __typename: 'NotificationPreference', kind: 'NEW_MESSAGE', inApp: true, email: false },
        { __typename: 'NotificationPreference', kind: 'MILESTONE', inApp: true, email: false },
      ],
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
    expect(updates).toEqual([{ kind: 'NEW_MESSAGE', inApp: true, email: true }]);
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
});
