import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn, signedInPerson } from '../../testing/signed-in';

const me = { ...signedInPerson, pronouns: 'they/them' };
const preferences = { __typename: 'RecoveryPreferences', pathways: [], languages: [], preferredMentorGender: null, availability: [] };

describe('onboarding', () => {
  it('walks through the steps and saves pathway, languages and a weekly time', async () => {
    const saved: unknown[] = [];
    renderSignedIn({
      path: '/welcome',
      me,
      graphql: {
        Onboarding: () => ({ data: { me, myRecoveryPreferences: preferences } }),
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
    expect(screen.getByText('they/them')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText('Step 2 of 3')).toBeInTheDocument();
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
});
