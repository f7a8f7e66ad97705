import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type Answer } from '../../testing/app-harness';

const expiresAt = () => new Date(Date.now() + 15 * 60_000).toISOString();
const auth = { '/auth/refresh': () => Response.json({ accessToken: 'a1', accessTokenExpiresAt: expiresAt() }) };
const me = (locale: 'en' | 'fr') => ({
  __typename: 'Account',
  id: 'u1',
  displayName: 'Sam',
  pronouns: null,
  locale,
  timeZone: 'Europe/Paris',
  emailVerified: true,
  roles: ['MEMBER'],
});

interface Journey {
  startedOn: string | null;
  totalDays: number;
  longestStretchDays: number;
  nextMilestoneDays: number | null;
  milestones: { days: number; reachedOn: string }[];
  setbacks: { id: string; occurredOn: string; note: string | null }[];
}

const NONE: Journey = { startedOn: null, totalDays: 0, longestStretchDays: 0, nextMilestoneDays: null, milestones: [], setbacks: [] };
const FORTY_DAYS: Journey = {
  startedOn: '2026-10-01',
  totalDays: 40,
  longestStretchDays: 40,
  nextMilestoneDays: 60,
  milestones: [
    { days: 1, reachedOn: '2026-10-02' },
    { days: 7, reachedOn: '2026-10-08' },
    { days: 30, reachedOn: '2026-10-31' },
  ],
  setbacks: [],
};

const typed = (journey: Journey) => ({
  __typename: 'RecoveryJourney',
  ...journey,
  milestones: journey.milestones.map((milestone) => ({ __typename: 'Milestone', ...milestone })),
  setbacks: journey.setbacks.map((setback) => ({ __typename: 'Setback', ...setback })),
});

const SUPPORT = 'Thank you for noting it. A setback is part of many recoveries.';

function journeyApi(start: Journey, locale: 'en' | 'fr' = 'en') {
  let journey = start;
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const record =
    (operation: string, answer: Answer): Answer =>
    (request) => {
      calls.push({ operation, variables: request.variables });
      return answer(request);
    };
  const graphql: Record<string, Answer> = {
    Viewer: () => ({ data: { me: me(locale) } }),
    MyJourney: () => ({ data: { myRecoveryJourney: typed(journey) } }),
    SetRecoveryStart: record('SetRecoveryStart', () => {
      journey = FORTY_DAYS;
      return { data: { setRecoveryStartDate: typed(journey) } };
    }),
    RecordSetback: record('RecordSetback', ({ variables }) => {
      const input = variables['input'] as { occurredOn: string; note: string | null };
      journey = { ...journey, longestStretchDays: 38, setbacks: [{ id: 's1', occurredOn: input.occurredOn, note: input.note }] };
      return {
        data: {
          recordSetback: {
            __typename: 'SetbackSupport',
            message: SUPPORT,
            nextSteps: ['Send a message to your mentor or someone in your circle.', 'Do a short check-in when you feel ready.'],
            journey: typed(journey),
          },
        },
      };
    }),
    DeleteSetback: record('DeleteSetback', () => {
      journey = { ...journey, longestStretchDays: 40, setbacks: [] };
      return { data: { deleteSetback: typed(journey) } };
    }),
  };
  return { graphql, calls };
}

describe('journey', () => {
  it('asks for a start date, without pressing, then shows the days and the milestones reached and next', async () => {
    const api = journeyApi(NONE);
    renderApp({ path: '/journey', auth, graphql: api.graphql });
    expect(await screen.findByRole('heading', { name: 'When did your recovery start?' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/It is up to you/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText(/My recovery start date/), { target: { value: '2026-10-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save my start date' }));

    expect(await screen.findByRole('heading', { name: 'Your days on the road' })).toBeInTheDocument();
    expect(api.calls).toEqual([{ operation: 'SetRecoveryStart', variables: { startedOn: '2026-10-01' } }]);
    expect(screen.getByText('days on the road')).toBeInTheDocument();
    expect(screen.getByText('40')).toBeInTheDocument();
    expect(screen.getByText('Since October 1, 2026.')).toBeInTheDocument();
    const reached = screen.getByRole('list', { name: 'Milestones reached' });
    expect(
      within(reached)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('strong')?.textContent),
    ).toEqual(['1 day', 'One week', '30 days']);
    expect(screen.getByText('60 days, on November 30, 2026: 20 days to go.')).toBeInTheDocument();
  });

  it('meets a setback with support words and keeps the days and milestones; a setback noted by mistake can be removed', async () => {
    const api = journeyApi(FORTY_DAYS);
    renderApp({ path: '/journey', auth, graphql: api.graphql });
    expect(await screen.findByRole('heading', { name: 'A hard time?' }, { timeout: 5000 })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Note a setback' }));
    fireEvent.change(screen.getByLabelText(/When was it/), { target: { value: '2026-11-08' } });
    await userEvent.type(screen.getByRole('textbox', { name: /A note for yourself/ }), 'A party I should have left early.');
    await userEvent.click(screen.getByRole('button', { name: 'Note it privately' }));

    expect(await screen.findByText(SUPPORT)).toBeInTheDocument();
    expect(screen.getByText('Do a short check-in when you feel ready.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Do a check-in' })).toHaveAttribute('href', '/check-ins');
    expect(api.calls.find((call) => call.operation === 'RecordSetback')?.variables).toEqual({
      input: { occurredOn: '2026-11-08', note: 'A party I should have left early.' },
    });
    // Nothing resets: the same days and milestones, and the longest stretch kept.
    expect(screen.getByText('40')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Milestones reached' })).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('Your longest stretch: 38 days.')).toBeInTheDocument();
    expect(screen.queryByText(/relapse|reset|\b0 days/i)).not.toBeInTheDocument();
    expect(screen.getByText('A party I should have left early.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /^Remove the setback of/ }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove this setback?' });
    expect(within(confirm).getByText(/only if you noted it by mistake/)).toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove it' }));
    await expect.poll(() => screen.queryByText('A party I should have left early.')).toBeNull();
    expect(api.calls.at(-1)).toEqual({ operation: 'DeleteSetback', variables: { setbackId: 's1' } });
  });

  it('speaks French', async () => {
    renderApp({ path: '/journey', auth, language: 'fr', graphql: journeyApi(FORTY_DAYS, 'fr').graphql });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon parcours' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('jours de chemin')).toBeInTheDocument();
    expect(screen.getByText('Depuis le 1 octobre 2026.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Noter un moment difficile' })).toBeInTheDocument();
  });
});
