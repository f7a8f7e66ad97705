import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn, signedInPerson } from '../../testing/signed-in';

const me = { ...signedInPerson, pronouns: 'they/them' };
const preferences = { __typename: 'RecoveryPreferences', pathways: [], languages: [], preferredMentorGender: null, availability: [] };

describe('onboarding', () => {
  it('walks through the steps and saves the profile, pathway, languages and a weekly time', async () => {
    const saved: unknown[] = [];
    const profiles: unknown[] = [];
    renderSignedIn({
      path: '/welcome',
      me,
      graphql: {
        Onboarding: () => ({ data: { me, myRecoveryPreferences: preferences } }),
        UpdateMyProfile: ({ variables }) => {
          profiles.push(variables['input']);
          return { data: { updateMyProfile: { ...me, ...(variables['input'] as object) } } };
        },
        SaveIntro: () => ({
          data: {
            updateProfileIntro: { __typename: 'ProfileIntroUpdate', profile: { __typename: 'PersonProfile', id: 'u1', intro: null }, languageSuggestions: [] },
          },
        }),
        SaveRecoveryPreferences: ({ variables }) => {
          saved.push(variables['input']);
          return {
            data: {
              updateRecoveryPreferences: {
                ...preferences,
                ...(variables['input'] as object),
                __typename: 'RecoveryPreferences',
                updatedAt: new Date().toISOString(),
              },
            },
          };
        },
      },
    });

    expect(await screen.findByText('Step 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Pronouns (optional)' })).toHaveValue('they/them');
    const name = screen.getByRole('textbox', { name: 'Display name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Sam R');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText('Step 2 of 3')).toBeInTheDocument();
    expect(profiles).toEqual([{ displayName: 'Sam R', pronouns: 'they/them', locale: 'en', timeZone: 'Europe/Paris' }]);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Making use safer, at my own pace' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a time' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText('Step 3 of 3')).toBeInTheDocument();
    expect(saved).toEqual([
      { pathways: ['HARM_REDUCTION'], languages: ['en'], preferredMentorGender: null, availability: [{ day: 'MONDAY', start: '18:00', end: '20:00' }] },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'You are all set' })).toBeInTheDocument();
  });

  it('speaks French at once when French is chosen, and keeps what was typed when a name is refused', async () => {
    let refuse = true;
    renderSignedIn({
      path: '/welcome',
      me,
      graphql: {
        Onboarding: () => ({ data: { me, myRecoveryPreferences: preferences } }),
        UpdateMyProfile: ({ variables }) => {
          if (refuse) {
            refuse = false;
            return {
              data: null,
              errors: [
                {
                  message: 'These words might upset someone, so your profile was not changed. You could choose other words.',
                  extensions: { code: 'BAD_USER_INPUT', field: 'displayName' },
                },
              ],
            };
          }
          return { data: { updateMyProfile: { ...me, ...(variables['input'] as object) } } };
        },
      },
    });

    expect(await screen.findByText('Step 1 of 3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Language/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Français' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('These words might upset someone, so your profile was not changed. You could choose other words.')).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Display name' })).toHaveValue('Sam');

    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Étape 2 sur 3')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
  });
});
