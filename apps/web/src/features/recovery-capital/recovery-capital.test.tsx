import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const text = (value: string) => ({ __typename: 'InstrumentTranslation', locale: 'fr', official: false, text: `fr ${value}` });
const questionnaire = {
  __typename: 'Barc10Questionnaire',
  version: 'v1',
  minimumTotal: 10,
  maximumTotal: 60,
  statements: Array.from({ length: 10 }, (_, index) => ({
    __typename: 'Barc10Statement',
    number: index + 1,
    text: `Statement ${index + 1}`,
    translations: [text(`s${index + 1}`)],
  })),
  scale: Array.from({ length: 6 }, (_, index) => ({
    __typename: 'RatingScaleLabel',
    value: index + 1,
    label: `Level ${index + 1}`,
    translations: [text(`l${index + 1}`)],
  })),
  referencePoint: { __typename: 'Barc10ReferencePoint', total: 47, explanation: 'A study named 47.', translations: [text('47')] },
};
const assessment = { __typename: 'Barc10Assessment', id: 'b1', total: 40, takenAt: '2026-12-01T10:00:00Z', changeSincePrevious: null };

const DOMAINS = [
  'PHYSICAL_AND_MENTAL_HEALTH',
  'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
  'SAFE_HOUSING_AND_ENVIRONMENT',
  'PEER_SUPPORT',
  'EMPLOYMENT_AND_LEGAL',
  'SKILLS_AND_EDUCATION',
  'COMMUNITY_AND_CULTURE',
  'MEANING_AND_PURPOSE',
] as const;
const DIMENSIONS = {
  SOCIAL: ['FAMILY_SOCIAL_SUPPORT_AND_LEISURE', 'PEER_SUPPORT', 'COMMUNITY_AND_CULTURE'],
  PHYSICAL: ['SAFE_HOUSING_AND_ENVIRONMENT', 'EMPLOYMENT_AND_LEGAL'],
  HUMAN: ['PHYSICAL_AND_MENTAL_HEALTH', 'SKILLS_AND_EDUCATION', 'MEANING_AND_PURPOSE'],
  CULTURAL: ['COMMUNITY_AND_CULTURE', 'MEANING_AND_PURPOSE'],
} as const;
const guide = {
  __typename: 'RecoveryCapitalGuide',
  domains: DOMAINS.map((domain, index) => ({
    __typename: 'RecoveryDomainInfo',
    domain,
    number: index + 1,
    dimensions: Object.entries(DIMENSIONS)
      .filter(([, domains]) => (domains as readonly string[]).includes(domain))
      .map(([dimension]) => dimension),
  })),
  dimensions: Object.entries(DIMENSIONS).map(([dimension, domains]) => ({ __typename: 'CapitalDimensionInfo', dimension, domains })),
  scale: {
    __typename: 'DomainRatingScale',
    minimum: 0,
    maximum: 10,
    noteMaxLength: 500,
    anchors: [
      { __typename: 'RatingScaleLabel', value: 0, label: 'Nothing here supports my recovery right now' },
      { __typename: 'RatingScaleLabel', value: 5, label: 'Some things help, some are missing' },
      { __typename: 'RatingScaleLabel', value: 10, label: 'A real strength I can draw on' },
    ],
  },
};

/** A snapshot as the API derives it: dimensions are means, strengths the top three, needs the bottom three. */
function snapshot(id: string, takenAt: string, scores: readonly number[], notes: Record<string, string> = {}) {
  const byDomain = new Map(DOMAINS.map((domain, index) => [domain as string, scores[index] ?? 0]));
  const ordered = [...DOMAINS].sort((a, b) => (byDomain.get(b) ?? 0) - (byDomain.get(a) ?? 0));
  return {
    __typename: 'DomainRatingSnapshot',
    id,
    takenAt,
    scores: DOMAINS.map((domain) => ({
      __typename: 'DomainScore',
      domain,
      score: byDomain.get(domain),
      note: notes[domain] ?? null,
      changeSincePrevious: null,
    })),
    dimensions: Object.entries(DIMENSIONS).map(([dimension, domains]) => ({
      __typename: 'DimensionScore',
      dimension,
      score: Math.round((domains.reduce((sum, domain) => sum + (byDomain.get(domain) ?? 0), 0) / domains.length) * 10) / 10,
      changeSincePrevious: null,
    })),
    strengths: ordered.slice(0, 3),
    needs: ordered.slice(-3).reverse(),
  };
}

function domainRatings(history: ReturnType<typeof snapshot>[], grants: { granteeDisplayName: string; scope: string }[] = []) {
  return () => ({
    data: {
      recoveryCapitalGuide: guide,
      myRecoveryCapital: {
        __typename: 'RecoveryCapital',
        latestDomainRatings: history[0] ?? null,
        domainRatingsHistory: {
          __typename: 'DomainRatingSnapshotConnection',
          edges: history.map((node) => ({ __typename: 'DomainRatingSnapshotEdge', node })),
        },
      },
      mySharingGrants: grants.map((grant, index) => ({ __typename: 'ConsentGrant', id: `g${index}`, active: true, ...grant })),
    },
  });
}

const noBarc10 = () => ({
  data: {
    barc10Statements: questionnaire,
    myRecoveryCapital: {
      __typename: 'RecoveryCapital',
      barc10History: { __typename: 'Barc10AssessmentConnection', edges: [] },
    },
  },
});

function choices(reassessEveryDays: number, nudges: boolean) {
  return () => ({
    data: { myCheckinPreferences: { __typename: 'CheckinPreferences', reassessEveryDays }, mySelfDescriptionNudges: nudges },
  });
}

describe('recovery capital', () => {
  it('invites a first BARC-10, asks for every answer, saves them and shows the chart', async () => {
    const recorded: unknown[] = [];
    let history: (typeof assessment)[] = [];
    renderSignedIn({
      path: '/recovery-capital',
      graphql: {
        CapitalChoices: choices(30, true),
        DomainRatings: domainRatings([]),
        RecoveryCapital: () => ({
          data: {
            barc10Statements: questionnaire,
            myRecoveryCapital: {
              __typename: 'RecoveryCapital',
              barc10History: { __typename: 'Barc10AssessmentConnection', edges: history.map((node) => ({ __typename: 'Barc10AssessmentEdge', node })) },
            },
          },
        }),
        RecordBarc10: ({ variables }) => {
          recorded.push(variables['answers']);
          history = [assessment];
          return { data: { recordBarc10: assessment } };
        },
      },
    });

    // The first render loads the page's code: give a busy machine time.
    expect(await screen.findByRole('heading', { name: 'No answers yet' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/It is not a pass mark/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByText('A few statements still need an answer.')).toBeInTheDocument();
    expect(recorded).toEqual([]);

    for (let number = 1; number <= 10; number += 1) {
      const group = await screen.findByRole('radiogroup', { name: `${number}. Statement ${number}` });
      await userEvent.click(within(group).getByRole('radio', { name: number % 2 ? '4 · Level 4' : '5 · Level 5' }));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Save my answers' }));

    expect(await screen.findByText('Thank you. Your answers are saved.')).toBeInTheDocument();
    expect(recorded).toEqual([[4, 5, 4, 5, 4, 5, 4, 5, 4, 5]]);
    expect(await screen.findByRole('heading', { name: 'Your BARC-10 totals over time' })).toBeInTheDocument();
    expect(screen.getByText('1 answer so far. The latest total is 40 of 60.')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '40 of 60' })).toBeInTheDocument();
  }, 60_000);

  it('rates the eight areas with notes, asking for every rating first', async () => {
    const recorded: unknown[] = [];
    let history: ReturnType<typeof snapshot>[] = [];
    renderSignedIn({
      path: '/recovery-capital',
      graphql: {
        CapitalChoices: choices(30, true),
        RecoveryCapital: noBarc10,
        DomainRatings: () => domainRatings(history)(),
        RecordDomainRatings: ({ variables }) => {
          recorded.push(variables['input']);
          history = [snapshot('d1', '2026-12-02T10:00:00Z', [6, 7, 3, 8, 2, 5, 4, 9], { PEER_SUPPORT: 'Tuesday group helps' })];
          return { data: { recordDomainRatings: { __typename: 'DomainRatingSnapshot', id: 'd1', takenAt: '2026-12-02T10:00:00Z' } } };
        },
      },
    });

    expect(await screen.findByRole('heading', { name: 'No ratings yet' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rate your areas' })).toHaveAttribute('href', '#rate');
    const peer = screen.getByRole('radiogroup', { name: '4. Peer support' });
    expect(peer).toHaveAccessibleDescription(/People with lived experience of recovery.*Counts towards: Social capital\./);
    expect(within(peer).getByRole('radio', { name: '10 · A real strength I can draw on' })).toBeInTheDocument();

    await userEvent.click(within(peer).getByRole('radio', { name: '8' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save my ratings' }));
    expect(await screen.findByText('A few areas still need a rating.')).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: '1. Physical and mental health' })).getByText('Choose a number from 0 to 10.')).toBeInTheDocument();
    expect(recorded).toEqual([]);

    const scores = [6, 7, 3, 8, 2, 5, 4, 9];
    for (const [index, name] of [
      'Physical and mental health',
      'Family, social support and leisure',
      'Safe housing and healthy surroundings',
      'Peer support',
      'Work and legal matters',
      'Skills, training and education',
      'Community and culture',
      'Meaning and purpose',
    ].entries()) {
      await userEvent.click(
        within(screen.getByRole('radiogroup', { name: `${index + 1}. ${name}` })).getByRole('radio', { name: new RegExp(`^${scores[index]}\\b`) }),
      );
    }
    await userEvent.type(screen.getByRole('textbox', { name: 'Note on Peer support (optional)' }), '  Tuesday group helps ');
    await userEvent.click(screen.getByRole('button', { name: 'Save my ratings' }));

    expect(await screen.findByText('Thank you. Your ratings are saved.')).toBeInTheDocument();
    expect(recorded).toEqual([
      {
        ratings: DOMAINS.map((domain, index) => ({ domain, score: scores[index], note: domain === 'PEER_SUPPORT' ? 'Tuesday group helps' : null })),
      },
    ]);
    // The new rating shows at once, and the form starts again from it.
    expect(await screen.findByRole('heading', { name: 'Strengths to build on' })).toBeInTheDocument();
    expect(screen.getByText(/first rating/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note on Peer support (optional)' })).toHaveValue('Tuesday group helps');
    // Eighty-odd clicks and keystrokes through the whole app.
  }, 60_000);

  it('shows the four capitals and the eight areas as charts with tables, strengths and needs, and change against an earlier rating', async () => {
    renderSignedIn({
      path: '/recovery-capital',
      graphql: {
        CapitalChoices: choices(30, true),
        RecoveryCapital: noBarc10,
        DomainRatings: domainRatings(
          [
            snapshot('d3', '2026-12-02T10:00:00Z', [6, 7, 3, 8, 2, 5, 4, 9]),
            snapshot('d2', '2026-10-01T10:00:00Z', [6, 5, 5, 4, 2, 5, 4, 8]),
            snapshot('d1', '2026-08-01T10:00:00Z', [1, 1, 1, 1, 1, 1, 1, 1]),
          ],
          [{ granteeDisplayName: 'Rosa', scope: 'CAPITAL' }],
        ),
      },
    });

    expect(await screen.findByText('Your latest ratings are from December 2, 2026.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/You share your scores with Rosa\. Your notes stay private\./)).toBeInTheDocument();
    const strengths = screen.getByRole('region', { name: 'Strengths to build on' });
    expect(
      within(strengths)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Meaning and purpose', 'Peer support', 'Family, social support and leisure']);
    const needs = screen.getByRole('region', { name: 'Where support could help' });
    expect(
      within(needs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Work and legal matters', 'Safe housing and healthy surroundings', 'Community and culture']);
    expect(within(needs).getByRole('link', { name: 'Add a goal to my plan' })).toHaveAttribute('href', '/plan');

    expect(
      screen.getByText('Higher than on October 1, 2026: Peer support (+4), Family, social support and leisure (+2), and Meaning and purpose (+1).'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Lower than on October 1, 2026: Safe housing and healthy surroundings \(−2\)\. Things move up and down/)).toBeInTheDocument();
    expect(screen.getByText('4 areas are the same as on October 1, 2026.')).toBeInTheDocument();

    const capitals = screen.getByRole('region', { name: 'Your four kinds of recovery capital' });
    expect(within(capitals).getByRole('img', { name: /Highest: Human capital, 6\.7 of 10\. Lowest: Physical capital, 2\.5 of 10\./ })).toBeInTheDocument();
    await userEvent.click(within(capitals).getByText('Show as a table'));
    expect(within(capitals).getByRole('columnheader', { name: 'On October 1, 2026' })).toBeInTheDocument();
    expect(within(capitals).getByRole('row', { name: 'Social capital 6.3 of 10 4.3 of 10' })).toBeInTheDocument();
    const areas = screen.getByRole('region', { name: 'Your eight areas' });
    await userEvent.click(within(areas).getByText('Show as a table'));
    expect(within(areas).getByRole('row', { name: 'Peer support (strength) 8 of 10 4 of 10' })).toBeInTheDocument();
    expect(within(areas).getByRole('row', { name: 'Work and legal matters (support could help) 2 of 10 2 of 10' })).toBeInTheDocument();

    // Comparing with the first rating instead.
    await userEvent.click(screen.getByRole('button', { name: /Compare with/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Your ratings from August 1, 2026' }));
    expect(await screen.findByText(/^Higher than on August 1, 2026: Meaning and purpose \(\+8\)/)).toBeInTheDocument();
    expect(within(areas).getByRole('row', { name: 'Peer support (strength) 8 of 10 1 of 10' })).toBeInTheDocument();
  });

  it('speaks French', async () => {
    renderSignedIn({
      path: '/recovery-capital',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        CapitalChoices: choices(30, true),
        RecoveryCapital: noBarc10,
        DomainRatings: domainRatings([snapshot('d1', '2026-12-02T10:00:00Z', [6, 7, 3, 8, 2, 5, 4, 9])]),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Vos points d’appui' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: '4. Soutien par les pairs' })).toBeInTheDocument();
    const capitals = screen.getByRole('region', { name: 'Vos quatre formes de capital de rétablissement' });
    expect(within(capitals).getByRole('img', { name: /Le plus haut : Capital humain, 6,7 sur 10\./ })).toBeInTheDocument();
    expect(screen.getByText(/Vous seul·e voyez vos notes et vos remarques\./)).toBeInTheDocument();
  });

  it('lets the person choose how often a new look is offered, and turn off nudges about words for themself', async () => {
    const calls: unknown[] = [];
    renderSignedIn({
      path: '/recovery-capital',
      graphql: {
        RecoveryCapital: noBarc10,
        DomainRatings: domainRatings([]),
        CapitalChoices: choices(45, true),
        SetReassessmentInterval: ({ variables }) => {
          calls.push(variables);
          return { data: { setReassessmentInterval: { __typename: 'CheckinPreferences', reassessEveryDays: variables['days'] } } };
        },
        SetSelfDescriptionNudges: ({ variables }) => {
          calls.push(variables);
          return { data: { setSelfDescriptionNudges: { __typename: 'Acknowledgement', ok: true } } };
        },
      },
    });
    const section = await screen.findByRole('region', { name: 'Your choices' }, { timeout: 10_000 });
    const interval = await within(section).findByRole('button', { name: /How often would you like Kindred to offer/ });
    expect(interval).toHaveTextContent('Every 45 days');
    await userEvent.click(interval);
    await userEvent.click(await screen.findByRole('option', { name: 'Never: no offers' }));
    await waitFor(() => expect(interval).toHaveTextContent('Never: no offers'));

    const nudges = within(section).getByRole('switch', { name: 'Suggest other words when I describe myself' });
    expect(nudges).toBeChecked();
    await userEvent.click(nudges);
    await waitFor(() => expect(nudges).not.toBeChecked());
    expect(calls).toEqual([{ days: 0 }, { enabled: false }]);
  });

  it('shows a refusal as the API words it (in French)', async () => {
    renderSignedIn({
      path: '/recovery-capital',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        RecoveryCapital: noBarc10,
        DomainRatings: domainRatings([]),
        CapitalChoices: choices(30, false),
        SetSelfDescriptionNudges: () => ({ data: null, errors: [{ message: 'Veuillez réessayer dans un instant.', extensions: { code: 'CONFLICT' } }] }),
      },
    });
    const section = await screen.findByRole('region', { name: 'Vos choix' }, { timeout: 10_000 });
    expect(await within(section).findByRole('button', { name: /Tous les combien/ })).toHaveTextContent('Tous les 30 jours');
    await userEvent.click(within(section).getByRole('switch', { name: 'Me proposer d’autres mots quand je parle de moi' }));
    expect(await within(section).findByText('Veuillez réessayer dans un instant.')).toBeInTheDocument();
  });
});
