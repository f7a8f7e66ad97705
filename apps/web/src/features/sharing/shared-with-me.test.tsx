import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answer } from '../../testing/app-harness';
import { renderSignedIn } from '../../testing/signed-in';

const NOTICE = 'Shared with you in confidence: please do not pass it on without their consent.';

function grant(scope: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ConsentGrant',
    id: `g-${scope}`,
    ownerId: 'u9',
    ownerDisplayName: 'Sam',
    scope,
    purpose: 'So you know how I am doing',
    ends: 'ON_DATE',
    expiresAt: '2027-03-01T10:00:00.000Z',
    grantedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

function sharedWithMe(grants: unknown[], invitations: unknown[] = [], ended: unknown[] = []): Answer {
  return () => ({
    data: {
      sharingEndedWithMe: ended,
      sharedWithMe: grants,
      circlesISupport: [{ __typename: 'SupportCircle', id: 'c9', name: 'Sam’s people', ownerId: 'u9', ownerDisplayName: 'Sam', myRelationship: 'FAMILY' }],
      circleInvitationsForMe: invitations,
    },
  });
}

const notShared: Answer = () => ({ data: null, errors: [{ message: 'We could not find that.', extensions: { code: 'NOT_FOUND' } }] });

/** Every kind of sharing refused as never shared, unless the test answers it. */
const nothingElse: Record<string, Answer> = {
  SharedCheckins: notShared,
  SharedMilestones: notShared,
  SharedPlan: notShared,
  SharedCapital: notShared,
  DiaryEntriesSharedWithMe: notShared,
};

const checkins = {
  SharedCheckins: () => ({
    data: {
      sharedCheckins: {
        __typename: 'SharedCheckinSummary',
        ownerId: 'u9',
        days: 28,
        averageMood: 3.5,
        averageCravings: 2,
        checkins: [
          { __typename: 'SharedCheckin', checkedInAt: '2026-11-25T10:00:00.000Z', mood: 4, cravings: 1 },
          { __typename: 'SharedCheckin', checkedInAt: '2026-11-17T10:00:00.000Z', mood: 3, cravings: 3 },
        ],
        redisclosureNotice: NOTICE,
      },
    },
  }),
};

const milestones = {
  SharedMilestones: () => ({
    data: {
      sharedMilestones: {
        __typename: 'SharedMilestones',
        ownerId: 'u9',
        totalDays: 42,
        milestones: [
          { __typename: 'Milestone', days: 7, reachedOn: '2026-10-31' },
          { __typename: 'Milestone', days: 30, reachedOn: '2026-11-23' },
        ],
        redisclosureNotice: NOTICE,
      },
    },
  }),
};

describe('shared with me', () => {
  it('lists each person who shares, what, and the invitations waiting', async () => {
    renderSignedIn({
      path: '/shared-with-me',
      graphql: { SharedWithMe: sharedWithMe([grant('CHECKINS'), grant('MILESTONES')], [{ __typename: 'CircleInvitation', id: 'i1' }]) },
    });
    const list = await screen.findByRole('list', { name: 'Shared with me' });
    expect(within(list).getByRole('heading', { name: 'Sam' })).toBeInTheDocument();
    expect(within(list).getByText('Shares with you: check-ins, milestones.')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'See what Sam shares' })).toHaveAttribute('href', '/shared-with-me/u9');
    expect(screen.getByText('An invitation to a support circle is waiting for your answer.')).toBeInTheDocument();
  });

  it('says plainly what someone stopped sharing lately, and when', async () => {
    renderSignedIn({
      path: '/shared-with-me',
      graphql: {
        SharedWithMe: sharedWithMe([grant('MILESTONES')], [], [{ ...grant('CHECKINS'), id: 'old', revokedAt: '2026-12-04T10:00:00.000Z' }]),
      },
    });
    const list = await screen.findByRole('list', { name: 'Shared with me' });
    expect(within(list).getByText('Shares with you: milestones.')).toBeInTheDocument();
    expect(within(list).getByText('Stopped sharing check-ins with you on December 4, 2026. That is their choice, and it can change.')).toBeInTheDocument();
  });

  it('invites kindly when nothing is shared yet (in French)', async () => {
    renderSignedIn({
      path: '/shared-with-me',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: { SharedWithMe: () => ({ data: { sharedWithMe: [], circlesISupport: [], circleInvitationsForMe: [], sharingEndedWithMe: [] } }) },
    });
    expect(await screen.findByRole('heading', { name: 'Rien n’est encore partagé avec vous' })).toBeInTheDocument();
  });

  it('leaves a support circle after saying that sharing stops at once', async () => {
    let inCircle = true;
    const sent: unknown[] = [];
    renderSignedIn({
      path: '/shared-with-me',
      graphql: {
        SharedWithMe: (request) =>
          inCircle
            ? sharedWithMe([grant('CHECKINS')])(request)
            : { data: { sharedWithMe: [], circlesISupport: [], circleInvitationsForMe: [], sharingEndedWithMe: [] } },
        LeaveSupportCircle: ({ variables }) => {
          sent.push(variables);
          inCircle = false;
          return { data: { leaveSupportCircle: { __typename: 'Acknowledgement', ok: true } } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Leave “Sam’s people”' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave “Sam’s people”?' });
    expect(within(dialog).getByText('Everything Sam shares with you stops at once, and you leave the circle’s conversation.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, leave the circle' }));
    expect(await screen.findByText('You left “Sam’s people”. Nothing is shared with you from there any more.')).toBeInTheDocument();
    expect(sent).toEqual([{ circleId: 'c9' }]);
    expect(screen.getByRole('heading', { name: 'Nothing is shared with you yet' })).toBeInTheDocument();
  });

  it('shows the API’s words when leaving a circle is refused, and leaves nothing changed (in French)', async () => {
    renderSignedIn({
      path: '/shared-with-me',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        SharedWithMe: sharedWithMe([grant('CHECKINS')]),
        LeaveSupportCircle: () => ({ data: null, errors: [{ message: 'Vous ne faites pas partie de ce cercle.', extensions: { code: 'NOT_FOUND' } }] }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Quitter « Sam’s people »' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Quitter « Sam’s people » ?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Oui, quitter le cercle' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Vous ne faites pas partie de ce cercle.');
  });

  it('shows one person’s check-ins as a chart with words, milestones, why and until when, beside the notice', async () => {
    renderSignedIn({
      path: '/shared-with-me/u9',
      graphql: { ...nothingElse, ...checkins, ...milestones, SharedWithMe: sharedWithMe([grant('CHECKINS'), grant('MILESTONES')]) },
    });
    expect(await screen.findByRole('heading', { name: 'What Sam shares with you', level: 1 })).toBeInTheDocument();
    expect(screen.getAllByText(/Until March 1, 2027/)).toHaveLength(2);
    const mood = await screen.findByRole('region', { name: 'Mood, week by week' });
    expect(within(mood).getByText(/Sam checked in 2 times in the last 28 days/)).toBeInTheDocument();
    expect(within(mood).getAllByText('4 of 5').length).toBeGreaterThan(0);
    const shared = screen.getByRole('region', { name: 'Milestones' });
    expect(within(shared).getByText('Sam is 42 days along their road.')).toBeInTheDocument();
    expect(within(shared).getByText('30 days')).toBeInTheDocument();
    expect(screen.getAllByText(NOTICE).length).toBeGreaterThanOrEqual(2);
    // Never shared: not shown at all.
    expect(screen.queryByRole('region', { name: 'Recovery plan' })).not.toBeInTheDocument();
  });

  it('says kindly, in the API’s words, when sharing has stopped', async () => {
    const ended = 'Sam has stopped sharing their check-ins with you. That is their choice to make, and they can share again whenever they like.';
    renderSignedIn({
      path: '/shared-with-me/u9',
      graphql: {
        ...nothingElse,
        SharedWithMe: sharedWithMe([]),
        SharedCheckins: () => ({ data: null, errors: [{ message: ended, extensions: { code: 'SHARING_ENDED', endedBy: 'OWNER' } }] }),
      },
    });
    expect(await screen.findByText(/Sam shares nothing with you right now/)).toBeInTheDocument();
    const section = await screen.findByRole('region', { name: 'Check-ins' });
    expect(within(section).getByRole('status')).toHaveTextContent(ended);
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers to try again when a shared part did not load', async () => {
    let fail = true;
    renderSignedIn({
      path: '/shared-with-me/u9',
      graphql: {
        ...nothingElse,
        SharedWithMe: sharedWithMe([grant('MILESTONES')]),
        SharedMilestones: () =>
          fail
            ? { data: null, errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
            : milestones.SharedMilestones(),
      },
    });
    expect(await screen.findByText('Something went wrong on our side.')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Sam is 42 days along their road.')).toBeInTheDocument();
  });

  it('suggests a step on a goal of a shared plan; the person decides', async () => {
    const suggested: unknown[] = [];
    renderSignedIn({
      path: '/shared-with-me/u9',
      graphql: {
        ...nothingElse,
        SharedWithMe: sharedWithMe([grant('PLAN')]),
        SharedPlan: () => ({
          data: {
            sharedRecoveryPlan: {
              __typename: 'RecoveryPlan',
              ownerId: 'u9',
              redisclosureNotice: NOTICE,
              goals: [
                {
                  __typename: 'RecoveryGoal',
                  id: 'goal1',
                  title: 'Walk more',
                  domain: 'PHYSICAL_AND_MENTAL_HEALTH',
                  stepsDone: 1,
                  steps: [{ __typename: 'RecoveryStep', id: 's1', title: 'Walk to the park', done: true }],
                },
              ],
              suggestions: [],
            },
          },
        }),
        SuggestRecoveryStep: ({ variables }) => {
          suggested.push(variables);
          return {
            data: {
              suggestRecoveryStep: {
                __typename: 'PlanSuggestion',
                id: 'p1',
                title: 'Walk with me on Sunday',
                goalTitle: 'Walk more',
                state: 'PENDING',
                createdAt: '2026-12-05T10:00:00.000Z',
              },
            },
          };
        },
      },
    });
    expect(await screen.findByText('Walk to the park (done)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Suggest a step' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/The step you suggest/), 'Walk with me on Sunday');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the suggestion' }));
    await waitFor(() => expect(suggested).toEqual([{ goalId: 'goal1', input: { title: 'Walk with me on Sunday' }, why: null }]));
  });

  it('opens shared diary entries one by one', async () => {
    renderSignedIn({
      path: '/shared-with-me/u9',
      graphql: {
        ...nothingElse,
        SharedWithMe: sharedWithMe([grant('DIARY_SHARED')]),
        DiaryEntriesSharedWithMe: () => ({
          data: {
            diaryEntriesSharedWithMe: {
              __typename: 'SharedDiaryEntryConnection',
              edges: [
                {
                  __typename: 'SharedDiaryEntryEdge',
                  node: { __typename: 'SharedDiaryEntry', id: 'e1', entryDate: '2026-12-01', sharedAt: '2026-12-02T10:00:00.000Z' },
                },
              ],
            },
          },
        }),
        SharedDiaryEntry: () => ({
          data: {
            sharedDiaryEntry: {
              __typename: 'SharedDiaryEntry',
              id: 'e1',
              entryDate: '2026-12-01',
              body: 'A good day at the market.',
              mood: 4,
              redisclosureNotice: NOTICE,
            },
          },
        }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Read this entry' }));
    expect(await screen.findByText('A good day at the market.')).toBeInTheDocument();
  });
});
