import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../testing/app-harness';
import { renderSignedIn } from '../../testing/signed-in';

const invitation = {
  __typename: 'CircleInvitation',
  id: 'i1',
  circleName: 'Sam’s people',
  inviterDisplayName: 'Sam',
  relationship: 'FAMILY',
  expiresAt: '2026-12-12T10:00:00.000Z',
};

describe('joining a circle', () => {
  it('explains in plain words what joining means before a visitor answers', async () => {
    renderApp({ path: '/circles/join?token=inv1', graphql: {} });
    const means = await screen.findByRole('region', { name: 'What joining a circle means' });
    expect(within(means).getByText(/You see only what they choose to share with you/)).toBeInTheDocument();
    expect(within(means).getByText(/Saying no is fine/)).toBeInTheDocument();
  });

  it('lists invitations received on Kindred and accepts one, then points to what is shared', async () => {
    const accepted: unknown[] = [];
    renderSignedIn({
      path: '/circles/join',
      graphql: {
        CircleInvitationsForMe: () => ({ data: { circleInvitationsForMe: [invitation] } }),
        AcceptCircleInvitation: ({ variables }) => {
          accepted.push(variables);
          return { data: { acceptCircleInvitation: { ...invitation, state: 'ACCEPTED' } } };
        },
      },
    });
    const list = await screen.findByRole('list', { name: 'Invitations to support circles' });
    expect(within(list).getByRole('heading', { name: 'From Sam' })).toBeInTheDocument();
    await userEvent.click(within(list).getByRole('button', { name: 'Yes, I will join' }));
    expect(await screen.findByText("You are now in Sam's circle, Sam’s people.")).toBeInTheDocument();
    expect(screen.getByRole('main').querySelector('a[href="/shared-with-me"]')).not.toBeNull();
    expect(accepted).toEqual([{ invitationId: 'i1' }]);
  });

  it('declines kindly (in French)', async () => {
    let waiting = [invitation];
    renderSignedIn({
      path: '/circles/join',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        CircleInvitationsForMe: () => ({ data: { circleInvitationsForMe: waiting } }),
        DeclineCircleInvitation: () => {
          waiting = [];
          return { data: { declineCircleInvitation: { ...invitation, state: 'DECLINED' } } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Non, merci' }));
    expect(await screen.findByText("Nous l'avons dit à Sam, avec tact.")).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Aucune invitation en attente' })).toBeInTheDocument();
  });

  it('shows the API’s refusal when an invitation can no longer be answered, with a way to try again when the list fails', async () => {
    let fail = true;
    renderSignedIn({
      path: '/circles/join',
      graphql: {
        CircleInvitationsForMe: () =>
          fail
            ? { data: null, errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
            : { data: { circleInvitationsForMe: [invitation] } },
        AcceptCircleInvitation: () => ({
          data: null,
          errors: [{ message: 'This invitation has expired. You could ask Sam to invite you again.', extensions: { code: 'CONFLICT' } }],
        }),
      },
    });
    expect(await screen.findByText('Something went wrong on our side.')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, I will join' }));
    expect(await screen.findByText('This invitation has expired. You could ask Sam to invite you again.')).toBeInTheDocument();
  });
});
