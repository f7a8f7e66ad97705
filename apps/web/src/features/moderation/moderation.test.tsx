import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const moderator = { roles: ['MEMBER', 'MODERATOR'] };
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

function moderationCase(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ModerationCase',
    id: 'case1',
    subjectKind: 'MESSAGE',
    personDisplayName: 'Rosa',
    severity: 'HIGH',
    categories: ['HARASSMENT'],
    status: 'OPEN',
    reportCount: 2,
    openedAt: hoursAgo(50),
    escalatedAt: hoursAgo(2),
    ...overrides,
  };
}

const queue = (nodes: unknown[]) => ({
  data: {
    moderationQueue: {
      __typename: 'ModerationCaseConnection',
      edges: nodes.map((node) => ({ __typename: 'ModerationCaseEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

function decision(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ModerationDecision',
    id: 'd1',
    action: 'HIDE',
    subjectKind: 'MESSAGE',
    reason: 'Insults are not allowed here.',
    reversesId: null,
    suspendedUntil: null,
    createdAt: hoursAgo(1),
    ...overrides,
  };
}

function details(overrides: Record<string, unknown> = {}, decisions: unknown[] = [], personHistory: unknown[] = [], contextVisibility = 'VISIBLE') {
  return {
    data: {
      moderationCase: {
        __typename: 'ModerationCaseDetails',
        case: { ...moderationCase(), personId: 'u9', findings: [{ __typename: 'ModerationFinding', category: 'HARASSMENT', count: 1 }], ...overrides },
        contentText: 'You are useless and everyone here thinks so.',
        contentVisibility: 'HELD_FOR_REVIEW',
        context: [
          {
            __typename: 'ModerationContextEntry',
            id: 'm0',
            authorId: 'u8',
            authorDisplayName: 'Sam',
            text: 'Anyone coming on Thursday?',
            createdAt: hoursAgo(51),
            visibility: contextVisibility,
            isSubject: false,
          },
          {
            __typename: 'ModerationContextEntry',
            id: 'm1',
            authorId: 'u9',
            authorDisplayName: 'Rosa',
            text: 'You are useless and everyone here thinks so.',
            createdAt: hoursAgo(50),
            visibility: 'HELD_FOR_REVIEW',
            isSubject: true,
          },
          {
            __typename: 'ModerationContextEntry',
            id: 'm2',
            // The signed-in moderator's own words: nothing to decide about them here.
            authorId: 'u1',
            authorDisplayName: 'Sam',
            text: 'Let us keep this kind, everyone.',
            createdAt: hoursAgo(49),
            visibility: 'VISIBLE',
            isSubject: false,
          },
        ],
        reports: [{ __typename: 'ModerationCaseReport', reason: 'HARASSMENT', note: 'It hurt.', createdAt: hoursAgo(49) }],
        decisions,
        personHistory,
      },
    },
  };
}

describe('moderation pages', () => {
  it('tells a member kindly that the moderation pages are not theirs, without asking the api', async () => {
    const harness = renderSignedIn({ path: '/moderation' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keeping Kindred safe' })).toBeInTheDocument();
    expect(screen.getByText(/your alliance's coordinators can tell you how/)).toBeInTheDocument();
    expect(harness.operations).not.toContain('ModerationQueue');
  });

  it('lists waiting cases without their words, and filters them', async () => {
    const asked: Record<string, unknown>[] = [];
    renderSignedIn({
      path: '/moderation',
      me: moderator,
      graphql: {
        ModerationQueue: ({ variables }) => {
          asked.push(variables);
          return queue(variables['severity'] === 'LOW' ? [] : [moderationCase()]);
        },
      },
    });
    const link = await screen.findByRole('link', { name: 'A message by Rosa' });
    expect(link).toHaveAttribute('href', '/moderation/cases/case1');
    expect(screen.getByText('Waited more than 48 hours')).toBeInTheDocument();
    expect(screen.getByText(/Harassment or insults · 2 reports/)).toBeInTheDocument();
    expect(screen.queryByText(/useless/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /How urgent/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Reported, nothing held' }));
    expect(await screen.findByText('Nothing is waiting')).toBeInTheDocument();
    expect(asked.at(-1)).toMatchObject({ status: 'OPEN', severity: 'LOW', category: null, minAgeHours: null });
  });

  it('offers to try again when the queue does not load', async () => {
    let calls = 0;
    renderSignedIn({
      path: '/moderation',
      me: moderator,
      graphql: {
        ModerationQueue: () =>
          ++calls === 1 ? { errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL' } }], data: null } : queue([]),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Nothing is waiting')).toBeInTheDocument();
  });

  it('shows a case’s words only when asked, behind a gentle note, and decides it with a reason', async () => {
    const decided: Record<string, unknown>[] = [];
    let decisions: unknown[] = [];
    renderSignedIn({
      path: '/moderation/cases/case1',
      me: moderator,
      graphql: {
        ModerationCase: () => details(decisions.length ? { status: 'RESOLVED' } : {}, decisions),
        DecideModerationCase: ({ variables }) => {
          decided.push(variables);
          decisions = [decision()];
          return { data: { decideModerationCase: decision() } };
        },
      },
    });
    expect(await screen.findByText(/This may contain hurtful words/)).toBeInTheDocument();
    expect(screen.getByText('It hurt.')).toBeInTheDocument();
    expect(screen.queryByText('You are useless and everyone here thinks so.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show what was written' }));
    expect(screen.getAllByText('You are useless and everyone here thinks so.').length).toBeGreaterThan(0);
    expect(screen.getByText('Anyone coming on Thursday?')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: /Hide the content/ }));
    await userEvent.type(screen.getByRole('textbox', { name: /Your reason/ }), 'Insults are not allowed here.');
    await userEvent.click(screen.getByRole('button', { name: 'Decide' }));
    expect(await screen.findByRole('button', { name: 'Undo this decision' })).toBeInTheDocument();
    expect(decided).toEqual([{ caseId: 'case1', decision: { action: 'HIDE', reason: 'Insults are not allowed here.' } }]);
    expect(screen.queryByRole('form', { name: 'Your decision' })).not.toBeInTheDocument();
  });

  it('undoes a decision with a reason, and shows the refusal as the api words it', async () => {
    let undone = false;
    renderSignedIn({
      path: '/moderation/cases/case1',
      me: moderator,
      graphql: {
        ModerationCase: () =>
          details(
            { status: 'RESOLVED' },
            undone ? [decision(), decision({ id: 'd2', action: 'RESTORE', reason: 'A heated moment.', reversesId: 'd1' })] : [decision()],
          ),
        ReverseModerationDecision: ({ variables }) => {
          if (variables['reason'] === 'Too soon')
            return { errors: [{ message: 'This decision was already undone.', extensions: { code: 'CONFLICT' } }], data: null };
          undone = true;
          return { data: { reverseModerationDecision: decision({ id: 'd2', action: 'RESTORE', reversesId: 'd1' }) } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Undo this decision' }));
    const reason = screen.getByRole('textbox', { name: /Why you are undoing it/ });
    await userEvent.type(reason, 'Too soon');
    await userEvent.click(screen.getByRole('button', { name: 'Undo the decision' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This decision was already undone.');
    await userEvent.clear(reason);
    await userEvent.type(reason, 'A heated moment.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo the decision' }));
    expect(await screen.findByText('Show the content again')).toBeInTheDocument();
    expect(screen.getByText(/· undone$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo this decision' })).not.toBeInTheDocument();
  });

  it('hides a message around the reported one, and decides about the person with their history in view', async () => {
    const calls: { operation: string; variables: Record<string, unknown> }[] = [];
    let history: unknown[] = [decision({ id: 'd0', action: 'WARN', subjectKind: 'PERSON', reason: 'Please keep it kind.', createdAt: hoursAgo(400) })];
    let contextVisibility = 'VISIBLE';
    renderSignedIn({
      path: '/moderation/cases/case1',
      me: moderator,
      graphql: {
        ModerationCase: () => details({}, [], history, contextVisibility),
        ModerateContent: ({ variables }) => {
          calls.push({ operation: 'content', variables });
          contextVisibility = 'HIDDEN';
          return { data: { moderateContent: decision({ id: 'd5' }) } };
        },
        ModeratePerson: ({ variables }) => {
          calls.push({ operation: 'person', variables });
          const suspension = decision({ id: 'd6', action: 'SUSPEND', subjectKind: 'PERSON', reason: 'Three days away.', suspendedUntil: hoursAgo(-72) });
          history = [suspension, ...history];
          return { data: { moderatePerson: suspension } };
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'About Rosa' })).toBeInTheDocument();
    expect(screen.getByText('Please keep it kind.')).toBeInTheDocument();
    expect(screen.getByText(/· their account ·/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show what was written' }));
    await userEvent.click(screen.getByRole('button', { name: 'Hide this message' }));
    const hide = screen.getByRole('form', { name: 'Hide this message' });
    await userEvent.type(within(hide).getByRole('textbox', { name: /Your reason/ }), 'Not kind to anyone here.');
    await userEvent.click(within(hide).getByRole('button', { name: 'Hide the content' }));
    expect(await screen.findByRole('button', { name: 'Show this message again' })).toBeInTheDocument();
    expect(screen.getByText('Hidden by a moderator.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Make a decision about Rosa' }));
    const form = screen.getByRole('form', { name: 'Make a decision about Rosa' });
    await userEvent.click(within(form).getByRole('radio', { name: /Pause their posting/ }));
    const days = within(form).getByRole('spinbutton', { name: /how many days/ });
    await userEvent.clear(days);
    await userEvent.type(days, '3');
    await userEvent.type(within(form).getByRole('textbox', { name: /Your reason/ }), 'Three days away.');
    await userEvent.click(within(form).getByRole('button', { name: 'Decide' }));
    expect(await screen.findByText('Three days away.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Make a decision about Rosa' })).not.toBeInTheDocument();
    expect(calls).toEqual([
      { operation: 'content', variables: { kind: 'MESSAGE', contentId: 'm0', decision: { action: 'HIDE', reason: 'Not kind to anyone here.' } } },
      { operation: 'person', variables: { personId: 'u9', decision: { action: 'SUSPEND', reason: 'Three days away.', suspendDays: 3 } } },
    ]);
  });

  it('decides an appeal, and explains kindly when it is the moderator’s own case', async () => {
    const appeal = {
      __typename: 'ModerationAppeal',
      id: 'a1',
      statement: 'I was quoting a warning about dealers.',
      status: 'PENDING',
      createdAt: hoursAgo(3),
      decision: { ...decision({ action: 'BAN', reason: 'Dealing in the group.' }), subjectKind: 'PERSON' },
    };
    renderSignedIn({
      path: '/moderation/appeals',
      me: moderator,
      graphql: {
        ModerationAppeals: () => ({ data: { moderationAppeals: [appeal] } }),
        DecideModerationAppeal: () => ({
          errors: [{ message: 'Another moderator decides appeals against your own decisions.', extensions: { code: 'OWN_CASE' } }],
          data: null,
        }),
      },
    });
    const item = await screen.findByRole('article', { name: /Appeal from/ });
    expect(within(item).getByText('I was quoting a warning about dealers.')).toBeInTheDocument();
    expect(within(item).getByText('Reason given: Dealing in the group.')).toBeInTheDocument();
    await userEvent.click(within(item).getByRole('radio', { name: 'Undo the decision' }));
    await userEvent.type(within(item).getByRole('textbox', { name: /Your words to the person/ }), 'We looked again.');
    await userEvent.click(within(item).getByRole('button', { name: 'Send the decision' }));
    expect(await within(item).findByRole('alert')).toHaveTextContent('Another moderator decides appeals against your own decisions.');
  });

  it('says so when no appeal is waiting', async () => {
    renderSignedIn({ path: '/moderation/appeals', me: moderator, graphql: { ModerationAppeals: () => ({ data: { moderationAppeals: [] } }) } });
    expect(await screen.findByText('No appeals waiting')).toBeInTheDocument();
  });

  it('publishes a story waiting for review', async () => {
    let waiting = true;
    renderSignedIn({
      path: '/moderation/stories',
      me: moderator,
      graphql: {
        StoriesForReview: () => ({
          data: {
            storiesForReview: waiting
              ? [
                  {
                    __typename: 'Story',
                    id: 's1',
                    title: 'A year on',
                    body: 'Walking helped.',
                    authorDisplayName: 'Léa',
                    createdAt: hoursAgo(5),
                    heldForReview: false,
                  },
                ]
              : [],
          },
        }),
        ReviewStory: ({ variables }) => {
          expect(variables).toEqual({ storyId: 's1', approve: true, note: null });
          waiting = false;
          return { data: { reviewStory: { __typename: 'Story', id: 's1', status: 'PUBLISHED' } } };
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'A year on' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Publish it' }));
    expect(await screen.findByText('Published. Thank you.')).toBeInTheDocument();
    expect(await screen.findByText('No stories waiting')).toBeInTheDocument();
  });
});

describe('moderation and your account', () => {
  const mine = (appealStatus: string | null) => ({
    data: {
      myAccountStanding: { __typename: 'AccountStanding', mayPost: true, banned: false, suspendedUntil: null },
      myModerationDecisions: [
        {
          __typename: 'MyModerationDecision',
          id: 'd1',
          action: 'HIDE',
          reason: 'Insultes interdites ici.',
          subjectKind: 'MESSAGE',
          createdAt: hoursAgo(4),
          suspendedUntil: null,
          appealable: appealStatus === null,
          appealDeadline: appealStatus === null ? new Date(Date.now() + 19 * 86_400_000).toISOString() : null,
          appealStatus,
          reversed: false,
        },
      ],
      myModerationReports: [
        { __typename: 'ModerationReport', id: 'r1', reason: 'SPAM', createdAt: hoursAgo(30), outcome: 'NO_ACTION', outcomeAt: hoursAgo(20) },
      ],
    },
  });

  it('shows decisions about me, in French, and lets me appeal once', async () => {
    let appealed = false;
    renderSignedIn({
      path: '/standing',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        MyModeration: () => mine(appealed ? 'PENDING' : null),
        AppealModerationDecision: ({ variables }) => {
          expect(variables).toEqual({ decisionId: 'd1', statement: 'Je citais quelqu’un.' });
          appealed = true;
          return { data: { appealModerationDecision: { __typename: 'ModerationAppeal', id: 'a1', status: 'PENDING' } } };
        },
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'La modération et votre compte' })).toBeInTheDocument();
    expect(screen.getByText('Vous pouvez écrire et publier comme d’habitude.')).toBeInTheDocument();
    expect(screen.getByText('La modération a masqué votre message')).toBeInTheDocument();
    expect(screen.getByText('Sa raison : Insultes interdites ici.')).toBeInTheDocument();
    expect(screen.getByText('La modération a examiné et n’a trouvé aucune règle enfreinte.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Demander un second regard' }));
    await userEvent.type(screen.getByRole('textbox', { name: /Votre version/ }), 'Je citais quelqu’un.');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer mon appel' }));
    expect(await screen.findByText('Vous avez fait appel. Une autre personne de la modération va l’examiner.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Demander un second regard' })).not.toBeInTheDocument());
  });

  const levels = [
    { __typename: 'TrustLevelRule', level: 'NEW', fromAccountAgeDays: 0, mayPostLinks: false, mayMessageBeyondConnections: false },
    { __typename: 'TrustLevelRule', level: 'ESTABLISHED', fromAccountAgeDays: 3, mayPostLinks: true, mayMessageBeyondConnections: true },
  ];
  const trust = (level: 0 | 1, nextLevelAt: string | null) => () => ({
    data: { myTrust: { __typename: 'Trust', current: levels[level], nextLevelAt }, trustLevels: levels },
  });

  it('explains a new account’s limits plainly, and when they lift', async () => {
    renderSignedIn({
      path: '/standing',
      graphql: { MyModeration: () => mine('PENDING'), MyTrust: trust(0, '2026-12-09T10:00:00.000Z') },
    });
    const section = await screen.findByRole('region', { name: 'What you can do now' });
    expect(await within(section).findByText(/Your account is new\./)).toBeInTheDocument();
    expect(within(section).getByText('You cannot share links yet.')).toBeInTheDocument();
    expect(within(section).getByText('These limits lift on December 9, 2026.')).toBeInTheDocument();
    const rules = within(section).getByRole('list', { name: 'How it works for everyone' });
    expect(within(rules).getByText('From day 3')).toBeInTheDocument();
  });

  it('says the new-account limits have lifted (in French)', async () => {
    renderSignedIn({
      path: '/standing',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: { MyModeration: () => mine('PENDING'), MyTrust: trust(1, null) },
    });
    const section = await screen.findByRole('region', { name: 'Ce que vous pouvez faire aujourd’hui' });
    expect(await within(section).findByText('Les limites des nouveaux comptes sont levées.')).toBeInTheDocument();
    expect(within(section).getAllByText(/Vous pouvez partager des liens\./)).not.toHaveLength(0);
    expect(within(section).queryByText(/se lèvent le/)).not.toBeInTheDocument();
  });

  it('invites rather than blames when there is nothing, and offers to try again on an error', async () => {
    let calls = 0;
    renderSignedIn({
      path: '/standing',
      graphql: {
        MyModeration: () =>
          ++calls === 1
            ? { errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL' } }], data: null }
            : {
                data: {
                  myAccountStanding: { __typename: 'AccountStanding', mayPost: true, banned: false, suspendedUntil: null },
                  myModerationDecisions: [],
                  myModerationReports: [],
                },
              },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No moderator has made a decision about you or your words.')).toBeInTheDocument();
    expect(screen.getByText('You have not reported anything.')).toBeInTheDocument();
  });
});
