import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../testing/app-harness';
import { renderSignedIn } from '../../testing/signed-in';

const ack = (message: string) => ({ __typename: 'Acknowledgement', ok: true, message });

describe('account pages', () => {
  it('confirms the email address from the link, once, and shows the API message', async () => {
    const tokens: unknown[] = [];
    renderApp({
      path: '/verify-email?token=abc123',
      graphql: { VerifyEmail: ({ variables }) => (tokens.push(variables['token']), { data: { verifyEmail: ack('Your email address is confirmed.') } }) },
    });
    expect(await screen.findByText('Your email address is confirmed.')).toBeInTheDocument();
    expect(tokens).toEqual(['abc123']);
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=%2Fwelcome');
  });

  it('shows the API refusal for a used link as it is', async () => {
    renderApp({
      path: '/verify-email?token=old',
      graphql: { VerifyEmail: () => ({ errors: [{ message: 'Ce lien a déjà servi.', extensions: { code: 'BAD_USER_INPUT' } }], data: null }) },
      language: 'fr',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien a déjà servi.');
  });

  it('resets a password with the token from the link, after checking both fields match', async () => {
    const calls: Record<string, unknown>[] = [];
    renderApp({
      path: '/reset-password?token=t1',
      graphql: { ResetPassword: ({ variables }) => (calls.push(variables), { data: { resetPassword: ack('Your password is changed.') } }) },
    });
    await userEvent.type(await screen.findByLabelText('New password'), 'a new long passphrase');
    await userEvent.type(screen.getByLabelText('New password, once more'), 'a new long passphrasX');
    await userEvent.click(screen.getByRole('button', { name: 'Save my new password' }));
    expect(calls).toEqual([]);
    expect(screen.getByText('The two passwords are not the same yet.')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('New password, once more'));
    await userEvent.type(screen.getByLabelText('New password, once more'), 'a new long passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Save my new password' }));
    expect(await screen.findByText('Your password is changed.')).toBeInTheDocument();
    expect(calls).toEqual([{ token: 't1', newPassword: 'a new long passphrase' }]);
  });

  it('registers with the chosen language and time zone, and says to check the email', async () => {
    const inputs: unknown[] = [];
    renderApp({
      path: '/register',
      graphql: { Register: ({ variables }) => (inputs.push(variables['input']), { data: { register: ack('Almost there.') } }) },
    });
    await userEvent.type(await screen.findByRole('textbox', { name: /Display name/ }), 'Sam');
    await userEvent.type(screen.getByRole('textbox', { name: /Email address/ }), 'sam@example.org');
    await userEvent.type(screen.getByLabelText(/^Password/), 'a long passphrase here');
    await userEvent.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toBeInTheDocument();
    expect(inputs[0]).toMatchObject({ displayName: 'Sam', email: 'sam@example.org', locale: 'en', roles: ['MEMBER'], pronouns: null });
  });

  it('asks a visitor to sign in before answering a circle invitation, and brings them back to it', async () => {
    renderApp({ path: '/circles/join?token=inv1', graphql: {} });
    expect(await screen.findByRole('link', { name: 'Sign in to answer' })).toHaveAttribute('href', '/sign-in?next=%2Fcircles%2Fjoin%3Ftoken%3Dinv1');
  });

  it('accepts a circle invitation when signed in', async () => {
    renderSignedIn({
      path: '/circles/join?token=inv1',
      graphql: {
        AcceptCircleInvitation: ({ variables }) => ({
          data: {
            acceptCircleInvitation: {
              __typename: 'CircleInvitation',
              id: String(variables['token']),
              circleName: "Alex's circle",
              inviterDisplayName: 'Alex',
              state: 'ACCEPTED',
            },
          },
        }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, I will join' }));
    expect(await screen.findByText("You are now in Alex's circle, Alex's circle.")).toBeInTheDocument();
  });
});

describe('public door', () => {
  it('lets a visitor find an alliance by postcode, without an account', async () => {
    const searches: unknown[] = [];
    renderApp({
      path: '/',
      graphql: {
        CrisisSupport: () => ({
          data: { crisisSupport: { __typename: 'CrisisSupport', message: 'You are not alone.', platformLines: [], allianceLines: [] } },
        }),
        FindAlliances: ({ variables }) => {
          searches.push(variables);
          return {
            data: {
              alliances: {
                __typename: 'AllianceConnection',
                edges: [
                  {
                    __typename: 'AllianceEdge',
                    node: { __typename: 'Alliance', id: 'a1', name: 'Lyon Recovery Alliance', city: 'Lyon', region: 'Rhône', description: 'Peers in Lyon.' },
                  },
                ],
              },
            },
          };
        },
      },
    });
    await userEvent.type(await screen.findByRole('textbox', { name: /Postcode or town/ }), '69003');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: 'Lyon Recovery Alliance' })).toBeInTheDocument();
    expect(searches).toEqual([{ postcode: '69003', city: null }]);
    expect(screen.queryByRole('button', { name: /Ask to join/ })).not.toBeInTheDocument();
  });
});
