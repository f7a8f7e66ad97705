import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const call = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'SupportRequest',
  id: 'c1',
  status: 'OPEN',
  mine: true,
  memberDisplayName: 'Sam',
  alertedCount: 2,
  answeredByMe: false,
  showCrisisLinesAgain: false,
  answers: [] as unknown[],
  ...overrides,
});
const rosa = { __typename: 'SupportAnswer', userId: 'u2', displayName: 'Rosa', answeredAt: '2026-12-05T12:00:00.000Z' };
const quiet = {
  SupportRequestsForMe: () => ({ data: { supportRequestsForMe: [] } }),
  SupportNoticeArrived: () => ({ data: null }),
  SupportRequestChanged: () => ({ data: null }),
  CrisisSupport: () => ({ data: { crisisSupport: { __typename: 'CrisisSupport', message: 'You are not alone.', platformLines: [], allianceLines: [] } } }),
};

describe('a call for support', () => {
  it('shows the person who is coming and closes with “I’m OK now”', async () => {
    const closed: unknown[] = [];
    renderSignedIn({
      path: '/support-now/c1',
      graphql: {
        ...quiet,
        SupportRequest: () => ({ data: { supportRequest: call({ answers: [rosa] }) } }),
        CloseSupportRequest: ({ variables }) => {
          closed.push(variables);
          return { data: { closeSupportRequest: call({ status: 'CLOSED', answers: [rosa] }) } };
        },
      },
    });
    expect(await screen.findByText('Coming to you: Rosa')).toBeInTheDocument();
    expect(screen.getByText('You are not alone.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'I’m OK now' }));
    expect(await screen.findByText(/You said you are OK now/)).toBeInTheDocument();
    expect(closed).toEqual([{ id: 'c1' }]);
  });

  it('shows the crisis lines prompt again when nobody answered in time', async () => {
    renderSignedIn({
      path: '/support-now/c1',
      graphql: { ...quiet, SupportRequest: () => ({ data: { supportRequest: call({ showCrisisLinesAgain: true }) } }) },
    });
    expect(await screen.findByText(/Nobody has answered yet. Please reach one of these lines now/)).toBeInTheDocument();
  });

  it('lets a responder say “I’m here”, in French, and shows the first answer to the others', async () => {
    renderSignedIn({
      path: '/support-now/c1',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: { ...quiet, SupportRequest: () => ({ data: { supportRequest: call({ mine: false, answers: [rosa] }) } }) },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam a besoin de soutien maintenant' })).toBeInTheDocument();
    expect(screen.getByText('Rosa a répondu : cette personne est en route.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Je suis là' })).toBeInTheDocument();
  });

  it('says kindly when the call is not theirs to see, and offers to try again', async () => {
    renderSignedIn({
      path: '/support-now/c1',
      graphql: {
        ...quiet,
        SupportRequest: () => ({ errors: [{ message: 'We could not find that call for support.', extensions: { code: 'NOT_FOUND' } }] }),
      },
    });
    expect(await screen.findByText('We could not find that call for support.')).toBeInTheDocument();
  });
});

describe('who I reach', () => {
  it('lists the people chosen and those who chose me, and chooses a candidate', async () => {
    const chosen: unknown[] = [];
    const setup = (responders: unknown[]) => ({
      __typename: 'SupportNowSetup',
      reachOnCall: false,
      responders,
      candidates: [{ __typename: 'SupportCandidate', userId: 'u3', displayName: 'Kai', relationship: 'SUPPORTER' }],
      askedOfMe: [{ __typename: 'SupportAsk', memberId: 'u4', memberDisplayName: 'Noor', consented: false, throughQuietHours: false }],
    });
    renderSignedIn({
      path: '/support-now',
      graphql: {
        ...quiet,
        SupportNowSetup: () => ({
          data: {
            mySupportNowSetup: setup(
              chosen.length > 0 ? [{ __typename: 'SupportResponder', userId: 'u3', displayName: 'Kai', relationship: 'SUPPORTER', consented: false }] : [],
            ),
          },
        }),
        ChooseSupportResponder: ({ variables }) => {
          chosen.push(variables);
          return {
            data: {
              chooseSupportResponder: setup([
                { __typename: 'SupportResponder', userId: 'u3', displayName: 'Kai', relationship: 'SUPPORTER', consented: false },
              ]),
            },
          };
        },
      },
    });
    expect(await screen.findByText('You have not chosen anyone yet')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Alert me when Noor needs support now' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Choose Kai' }));
    expect(await screen.findByText(/has not agreed yet/)).toBeInTheDocument();
    expect(chosen).toEqual([{ userId: 'u3' }]);
  });
});
