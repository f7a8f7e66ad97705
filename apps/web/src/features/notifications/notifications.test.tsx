import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../testing/app-harness';

const expiresAt = () => new Date(Date.now() + 15 * 60_000).toISOString();
const me = {
  __typename: 'Account',
  id: 'u1',
  displayName: 'Sam',
  pronouns: null,
  locale: 'fr',
  timeZone: 'Europe/Paris',
  emailVerified: true,
  roles: ['MEMBER'],
};
const auth = { '/auth/refresh': () => Response.json({ accessToken: 'a1', accessTokenExpiresAt: expiresAt() }) };

describe('notifications', () => {
  it('lists them and marks one read', async () => {
    let readAt: string | null = null;
    const marked: unknown[] = [];
    renderApp({
      path: '/notifications',
      language: 'fr',
      auth,
      graphql: {
        Viewer: () => ({ data: { me } }),
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
    await userEvent.click(screen.getByRole('button', { name: 'Marquer comme lu' }));
    expect(await screen.findByText(/· Lu/)).toBeInTheDocument();
    expect(marked).toEqual([{ ids: ['n1'] }]);
  });

  it('invites when there is nothing yet', async () => {
    renderApp({
      path: '/notifications',
      auth,
      graphql: {
        Viewer: () => ({ data: { me: { ...me, locale: 'en' } } }),
        NotificationArrived: () => ({ data: null }),
        Notifications: () => ({ data: { myNotifications: { __typename: 'NotificationConnection', edges: [] } } }),
      },
    });
    expect(await screen.findByText('Nothing new for now')).toBeInTheDocument();
  });
});
