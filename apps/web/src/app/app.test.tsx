import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../testing/app-harness';
import { inAQuarterHour, renderSignedIn, signedInPerson } from '../testing/signed-in';

const me = { ...signedInPerson, pronouns: 'they/them' };

const signedInAnswers = {
  Viewer: () => ({ data: { me } }),
  Home: () => ({ data: { me, myRecoveryPreferences: { __typename: 'RecoveryPreferences', updatedAt: null }, myAllianceMemberships: [] } }),
  MentorAlerts: () => ({ data: { myCrisisAlerts: [], myEarlyHelpAlerts: [] } }),
  CrisisSupport: () => ({ data: { crisisSupport: { __typename: 'CrisisSupport', message: 'You are not alone.', platformLines: [], allianceLines: [] } } }),
};

describe('the app shell', () => {
  it('sends a signed-out visitor from a member page to sign in, then back to where they were going', async () => {
    const app = renderApp({
      path: '/home',
      graphql: {
        ...signedInAnswers,
        SignIn: ({ variables }) => ({
          data: { login: { __typename: 'SessionTokens', accessToken: `token-for-${String(variables['email'])}`, accessTokenExpiresAt: inAQuarterHour() } },
        }),
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(app.router.state.location.search).toBe('?next=%2Fhome');

    await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), 'sam@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'a long passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' })).toBeInTheDocument();
    expect(app.session.accessToken).toBe('token-for-sam@example.org');
    expect(app.router.state.location.pathname).toBe('/home');
  });

  it('restores a session from the refresh cookie on start', async () => {
    renderSignedIn({ path: '/home', me, graphql: signedInAnswers });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' })).toBeInTheDocument();
    // First steps not saved yet: they are offered first.
    expect(screen.getByRole('link', { name: 'Set up your space' })).toHaveAttribute('href', '/welcome');
  });

  it('signs out: the server is told, the cookie call is made, and the visitor lands on the public door', async () => {
    const app = renderSignedIn({
      path: '/home',
      me,
      graphql: { ...signedInAnswers, Logout: () => ({ data: { logout: { __typename: 'Acknowledgement', ok: true } } }) },
      auth: { '/auth/logout': () => new Response(null, { status: 204 }) },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Sam' });

    await userEvent.click(screen.getByRole('button', { name: 'Menu' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(app.router.state.location.pathname).toBe('/'));
    expect(app.operations).toContain('Logout');
    expect(app.fetch.mock.calls.some(([url]) => String(url).endsWith('/auth/logout'))).toBe(true);
    expect(app.session.getSnapshot()).toEqual({ status: 'signedOut', accessToken: null });
  });

  it('offers crisis lines from the header on a public page, in French', async () => {
    renderApp({ path: '/', graphql: signedInAnswers, language: 'fr' });
    await userEvent.click(await screen.findByRole('button', { name: 'Aide urgente' }));
    const dialog = await screen.findByRole('dialog', { name: "De l'aide tout de suite" });
    expect(await within(dialog).findByText('You are not alone.')).toBeInTheDocument();
    expect(within(dialog).getByText(/numéro d'urgence/)).toBeInTheDocument();
  });
});
