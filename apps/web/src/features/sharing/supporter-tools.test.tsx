import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answer } from '../../testing/app-harness';
import { renderSignedIn } from '../../testing/signed-in';

const NOTICE = 'Shared with you in confidence: please do not pass it on without their consent.';

function sharedWithMe(scope: string): Answer {
  return () => ({
    data: {
      sharingEndedWithMe: [],
      sharedWithMe: [
        {
          __typename: 'ConsentGrant',
          id: `g-${scope}`,
          ownerId: 'u9',
          ownerDisplayName: 'Sam',
          scope,
          purpose: 'So you know how I am doing',
          ends: 'ON_DATE',
          expiresAt: '2027-03-01T10:00:00.000Z',
          grantedAt: '2026-11-02T10:00:00.000Z',
        },
      ],
      circlesISupport: [],
      circleInvitationsForMe: [],
    },
  });
}

const notShared: Answer = () => ({ data: null, errors: [{ message: 'We could not find that.', extensions: { code: 'NOT_FOUND' } }] });

const nothingElse: Record<string, Answer> = {
  SharedCheckins: notShared,
  SharedMilestones: notShared,
  SharedPlan: notShared,
  SharedCapital: notShared,
  DiaryEntriesSharedWithMe: notShared,
};

function capital(takenAt: string, peerSupport: number) {
  return {
    __typename: 'RecoveryCapital',
    redisclosureNotice: NOTICE,
    latestDomainRatings: {
      __typename: 'DomainRatingSet',
      id: `r-${takenAt}`,
      takenAt,
      scores: [
        { __typename: 'DomainScore', domain: 'PEER_SUPPORT', score: peerSupport },
        { __typename: 'DomainScore', domain: 'MEANING_AND_PURPOSE', score: 5 },
      ],
    },
  };
}

function plan(suggestions: unknown[]) {
  return {
    data: {
      sharedRecoveryPlan: {
        __typename: 'RecoveryPlan',
        ownerId: 'u9',
        redisclosureNotice: NOTICE,
        goals: [],
        suggestions,
      },
    },
  };
}

const waiting = {
  __typename: 'PlanSuggestion',
  id: 'p1',
  title: 'Walk with me on Sunday',
  goalTitle: 'Walk more',
  state: 'PENDING',
  createdAt: '2026-12-05T10:00:00.000Z',
};

describe('supporting someone who shares with me', () => {
  it('updates the shared recovery capital live when they rate the areas again', async () => {
    renderSignedIn({
      path: '/shared-with-me/u9',
      graphql: {
        ...nothingElse,
        SharedWithMe: sharedWithMe('CAPITAL'),
        SharedCapital: () => ({ data: { sharedRecoveryCapital: capital('2026-11-01T10:00:00.000Z', 3) } }),
        SharedCapitalUpdates: () => ({ data: { sharedRecoveryCapitalUpdates: capital('2026-12-05T10:00:00.000Z', 8) } }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Latest scores, December 5, 2026' })).toBeInTheDocument();
  });

  it('says so in the API’s words when the sharing ends while watching', async () => {
    renderSignedIn({
      path: '/shared-with-me/u9',
      graphql: {
        ...nothingElse,
        SharedWithMe: sharedWithMe('CAPITAL'),
        SharedCapital: () => ({ data: { sharedRecoveryCapital: capital('2026-11-01T10:00:00.000Z', 3) } }),
        SharedCapitalUpdates: () => ({
          data: null,
          errors: [{ message: 'Sam stopped sharing this with you. That is their choice.', extensions: { code: 'SHARING_ENDED' } }],
        }),
      },
    });
    expect(await screen.findByText('Sam stopped sharing this with you. That is their choice.')).toBeInTheDocument();
    expect(screen.queryByText(/Latest scores/)).not.toBeInTheDocument();
  });

  it('suggests a goal for a shared plan, and takes back a suggestion still waiting', async () => {
    const calls: unknown[] = [];
    let suggestions: unknown[] = [waiting];
    renderSignedIn({
      path: '/shared-with-me/u9',
      graphql: {
        ...nothingElse,
        SharedWithMe: sharedWithMe('PLAN'),
        SharedPlan: () => plan(suggestions),
        SuggestRecoveryGoal: ({ variables }) => {
          calls.push(variables);
          const goal = { ...waiting, id: 'p2', title: 'Join the Tuesday group', goalTitle: null };
          suggestions = [waiting, goal];
          return { data: { suggestRecoveryGoal: goal } };
        },
        WithdrawPlanSuggestion: ({ variables }) => {
          calls.push(variables);
          return { data: { withdrawPlanSuggestion: { __typename: 'PlanSuggestion', id: 'p1', state: 'WITHDRAWN', answeredAt: '2026-12-05T11:00:00.000Z' } } };
        },
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Suggest a goal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suggest a goal for Sam' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /The goal you suggest/ }), 'Join the Tuesday group');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the suggestion' }));
    expect(await within(dialog).findByText('Choose an area of life.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: /Area of life/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Peer support' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the suggestion' }));
    expect(await screen.findByText(/Join the Tuesday group/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Take it back: your suggestion “Walk with me on Sunday”' }));
    expect(await screen.findByText('Walk with me on Sunday · You took it back')).toBeInTheDocument();
    expect(calls).toEqual([{ ownerId: 'u9', input: { domain: 'PEER_SUPPORT', title: 'Join the Tuesday group', why: null } }, { suggestionId: 'p1' }]);
  });

  it('shows a refusal to take back as the API words it (in French)', async () => {
    renderSignedIn({
      path: '/shared-with-me/u9',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        ...nothingElse,
        SharedWithMe: sharedWithMe('PLAN'),
        SharedPlan: () => plan([waiting]),
        WithdrawPlanSuggestion: () => ({
          data: null,
          errors: [{ message: 'Sam a déjà répondu à cette suggestion.', extensions: { code: 'CONFLICT' } }],
        }),
      },
    });
    expect(await screen.findByRole('button', { name: 'Suggérer un objectif' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'La reprendre : votre suggestion « Walk with me on Sunday »' }));
    expect(await screen.findByText('Sam a déjà répondu à cette suggestion.')).toBeInTheDocument();
  });
});
