import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
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
