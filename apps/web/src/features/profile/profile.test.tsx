import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../testing/app-harness';

const expiresAt = () => new Date(Date.now() + 15 * 60_000).toISOString();
const auth = { '/auth/refresh': () => Response.json({ accessToken: 'a1', accessTokenExpiresAt: expiresAt() }) };
const me = {
  __typename: 'Account',
  id: 'u1',
  displayName: 'Sam',
  pronouns: null,
  locale: 'en',
  timeZone: 'Europe/Paris',
  emailVerified: true,
  roles: ['MEMBER'],
};
const intro = (fields: Record<string, unknown> = {}) => ({
  __typename: 'PersonProfile',
  id: 'u1',
  intro: null,
  introHeldForReview: false,
  introHeldReason: null,
  ...fields,
});

describe('my profile', () => {
  it('changes name, pronouns and language, and speaks the new language at once', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/profile',
      auth,
      graphql: {
        Viewer: () => ({ data: { me } }),
        MyProfile: () => ({ data: { me } }),
        MyIntro: () => ({ data: { personProfile: intro() } }),
        UpdateMyProfile: ({ variables }) => {
          sent.push(variables['input']);
          return { data: { updateMyProfile: { ...me, ...(variables['input'] as object) } } };
        },
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Display name' });
    expect(name).toHaveValue('Sam');
    await userEvent.type(screen.getByRole('textbox', { name: 'Pronouns (optional)' }), 'they/them');
    await userEvent.click(screen.getByRole('button', { name: /Language/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Français' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save my profile' }));

    expect(await screen.findByText('Votre profil est enregistré.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeInTheDocument();
    expect(sent).toEqual([{ displayName: 'Sam', pronouns: 'they/them', locale: 'fr', timeZone: 'Europe/Paris' }]);
  });

  it('says kindly why a name was not kept, and keeps what was typed', async () => {
    renderApp({
      path: '/profile',
      auth,
      graphql: {
        Viewer: () => ({ data: { me } }),
        MyProfile: () => ({ data: { me } }),
        MyIntro: () => ({ data: { personProfile: intro() } }),
        UpdateMyProfile: () => ({
          data: null,
          errors: [
            {
              message: 'These words might upset someone, so your profile was not changed. You could choose other words.',
              extensions: { code: 'BAD_USER_INPUT', field: 'displayName' },
            },
          ],
        }),
      },
    });
    const name = await screen.findByRole('textbox', { name: 'Display name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Some words');
    await userEvent.click(screen.getByRole('button', { name: 'Save my profile' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('These words might upset someone, so your profile was not changed.');
    expect(name).toHaveValue('Some words');
  });

  it('tells the person why their introduction is held, and is reached from the account menu', async () => {
    renderApp({
      path: '/profile',
      auth,
      graphql: {
        Viewer: () => ({ data: { me } }),
        MyProfile: () => ({ data: { me } }),
        MyIntro: () => ({
          data: {
            personProfile: intro({
              intro: 'Hello, I garden.',
              introHeldForReview: true,
              introHeldReason: 'A moderator will look at it soon. It will be back shortly if all is well.',
            }),
          },
        }),
      },
    });
    expect(await screen.findByRole('textbox', { name: 'A few words about you (optional)' })).toHaveValue('Hello, I garden.');
    expect(screen.getByText('A moderator will look at it soon. It will be back shortly if all is well.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { hidden: true });
    expect(within(nav).getByRole('link', { name: 'My profile', hidden: true })).toHaveAttribute('href', '/profile');
  });
});
