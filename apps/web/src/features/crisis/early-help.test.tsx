import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const offer = {
  __typename: 'EarlyHelpOffer',
  id: 'e1',
  openedAt: '2026-12-03T09:00:00.000Z',
  reason: 'LOW_MOOD',
  message: 'It sounds like the last few days have been heavy. You do not have to carry it alone.',
  nextSteps: ['Send a message to someone you trust', 'Go to your Tuesday group'],
  mentorTold: false,
};

const home = {
  Home: () => ({
    data: {
      me: { __typename: 'Account', id: 'u1', displayName: 'Sam', pronouns: null },
      myRecoveryPreferences: { __typename: 'RecoveryPreferences', updatedAt: '2026-11-01T10:00:00.000Z' },
      myAllianceMemberships: [],
    },
  }),
};

describe('early help', () => {
  it('shows Kindred reaching out, and lets the person choose whether their mentor is told', async () => {
    const calls: unknown[] = [];
    renderSignedIn({
      path: '/early-help',
      graphql: {
        MyEarlyHelp: () => ({ data: { myEarlyHelp: [offer], myCrisisAlertConsent: false } }),
        SetCrisisAlertConsent: ({ variables }) => {
          calls.push(variables);
          return { data: { setCrisisAlertConsent: variables['consent'] } };
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'Your last few check-ins were low' })).toBeInTheDocument();
    expect(screen.getByText(offer.message)).toBeInTheDocument();
    expect(screen.getByText('Go to your Tuesday group')).toBeInTheDocument();
    expect(screen.getByText('Nobody was told: this is just for you.')).toBeInTheDocument();
    expect(screen.getByText(/They are never told what you wrote/)).toBeInTheDocument();
    expect(screen.getByText(/not your circle/)).toBeInTheDocument();

    const consent = screen.getByRole('switch', { name: 'Tell my mentor if I may be in crisis' });
    expect(consent).not.toBeChecked();
    await userEvent.click(consent);
    await waitFor(() => expect(consent).toBeChecked());
    expect(screen.getByText('On. You can turn it off at any time.')).toBeInTheDocument();
    expect(calls).toEqual([{ consent: true }]);
  });

  it('invites kindly when there is nothing, and shows a refusal as the API words it (in French)', async () => {
    renderSignedIn({
      path: '/early-help',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        MyEarlyHelp: () => ({ data: { myEarlyHelp: [], myCrisisAlertConsent: true } }),
        SetCrisisAlertConsent: () => ({ data: null, errors: [{ message: 'Merci de réessayer dans un instant.', extensions: { code: 'CONFLICT' } }] }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Rien pour le moment' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Prévenir mon mentor si je semble en crise' }));
    expect(await screen.findByText('Merci de réessayer dans un instant.')).toBeInTheDocument();
  });

  it('shows a mentor, on their home page, who may welcome contact, and marks an alert seen', async () => {
    const seen: unknown[] = [];
    renderSignedIn({
      path: '/home',
      graphql: {
        ...home,
        MentorAlerts: () => ({
          data: {
            myCrisisAlerts: [
              {
                __typename: 'CrisisAlert',
                id: 'c1',
                memberId: 'u7',
                memberDisplayName: 'Alex',
                createdAt: '2026-12-05T08:00:00.000Z',
                guidance: 'Reach out gently and share the crisis lines.',
              },
            ],
            myEarlyHelpAlerts: [
              {
                __typename: 'EarlyHelpAlert',
                id: 'a1',
                memberId: 'u8',
                memberDisplayName: 'Robin',
                createdAt: '2026-12-04T08:00:00.000Z',
                reason: 'MISSED_CHECKINS',
                guidance: 'A short hello is enough.',
                seen: false,
              },
            ],
          },
        }),
        MarkEarlyHelpAlertSeen: ({ variables }) => {
          seen.push(variables['alertId']);
          return { data: { markEarlyHelpAlertSeen: true } };
        },
      },
    });
    const section = await screen.findByRole('region', { name: 'People you mentor who may need you' });
    expect(within(section).getByRole('heading', { name: 'Alex may need support now' })).toBeInTheDocument();
    expect(within(section).getByText('Reach out gently and share the crisis lines.')).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'Robin may welcome contact' })).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Mark as seen: Robin' }));
    expect(await within(section).findByText('Seen')).toBeInTheDocument();
    expect(seen).toEqual(['a1']);
  });

  it('shows nothing about mentoring to someone with no alerts', async () => {
    renderSignedIn({ path: '/home', graphql: { ...home, MentorAlerts: () => ({ data: { myCrisisAlerts: [], myEarlyHelpAlerts: [] } }) } });
    expect(await screen.findByRole('heading', { level: 1, name: /Sam/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'People you mentor who may need you' })).not.toBeInTheDocument();
  });
});
