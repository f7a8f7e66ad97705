import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn, signedInPerson } from '../../testing/signed-in';

const profile = (locale = 'en') => ({
  MyProfile: () => ({ data: { me: { ...signedInPerson, locale } } }),
  MyIntro: () => ({
    data: { personProfile: { __typename: 'PersonProfile', id: 'u1', intro: null, introHeldForReview: false, introHeldReason: null } },
  }),
});

describe('changing my password', () => {
  it('changes it, says the other devices are signed out, and clears the fields', async () => {
    const sent: unknown[] = [];
    renderSignedIn({
      path: '/profile',
      graphql: {
        ...profile(),
        ChangePassword: ({ variables }) => {
          sent.push(variables);
          return { data: { changePassword: { __typename: 'Acknowledgement', ok: true, message: 'Your password is changed.' } } };
        },
      },
    });
    const current = await screen.findByLabelText('Your current password');
    expect(screen.getByText(/Not your name or email address, and not a password many people use/)).toBeInTheDocument();
    await userEvent.type(current, 'an old garden path');
    await userEvent.type(screen.getByLabelText('New password'), 'a new walk by the river');
    await userEvent.type(screen.getByLabelText('New password, once more'), 'a new walk by the river');
    await userEvent.click(screen.getByRole('button', { name: 'Change my password' }));
    expect(await screen.findByText('Your password is changed. Your other devices are signed out.')).toBeInTheDocument();
    expect(sent).toEqual([{ currentPassword: 'an old garden path', newPassword: 'a new walk by the river' }]);
    expect(current).toHaveValue('');
  });

  it('does not send two passwords that differ', async () => {
    let sent = 0;
    renderSignedIn({
      path: '/profile',
      graphql: {
        ...profile(),
        ChangePassword: () => {
          sent += 1;
          return { data: { changePassword: { __typename: 'Acknowledgement', ok: true, message: 'Changed.' } } };
        },
      },
    });
    await userEvent.type(await screen.findByLabelText('Your current password'), 'an old garden path');
    await userEvent.type(screen.getByLabelText('New password'), 'a new walk by the river');
    await userEvent.type(screen.getByLabelText('New password, once more'), 'a new walk by the sea');
    await userEvent.click(screen.getByRole('button', { name: 'Change my password' }));
    expect(await screen.findByText('The two passwords are not the same yet.')).toBeInTheDocument();
    expect(sent).toBe(0);
  });

  it('shows the API’s refusal as it words it (in French)', async () => {
    renderSignedIn({
      path: '/profile',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        ...profile('fr'),
        ChangePassword: () => ({
          data: null,
          errors: [{ message: 'Votre mot de passe actuel n’est pas le bon. Réessayez.', extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' } }],
        }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Votre mot de passe' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Votre mot de passe actuel'), 'pas le bon du tout');
    await userEvent.type(screen.getByLabelText('Nouveau mot de passe'), 'une promenade au bord de l’eau');
    await userEvent.type(screen.getByLabelText('Nouveau mot de passe, une seconde fois'), 'une promenade au bord de l’eau');
    await userEvent.click(screen.getByRole('button', { name: 'Changer mon mot de passe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Votre mot de passe actuel n’est pas le bon. Réessayez.');
  });
});
