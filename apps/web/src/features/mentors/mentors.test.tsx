import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const suggestion = (mentorId: string, displayName: string) => ({
  __typename: 'MentorSuggestion',
  mentorId,
  allianceId: 'a1',
  displayName,
  reasons: ['speaks English', 'available on weekday evenings'],
});
const request = (id: string, mentorId: string, mentorDisplayName: string, state = 'REQUESTED') => ({
  __typename: 'Mentorship',
  id,
  role: 'MEMBER',
  state,
  allianceId: 'a1',
  memberId: 'u1',
  memberDisplayName: 'Sam',
  mentorId,
  mentorDisplayName,
  intro: null,
  requestedAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  startedAt: null as string | null,
  endedAt: null,
  endedByMe: false,
  helpRequested: false,
  conversationId: null,
});
const noAlerts = () => ({ data: { myCheckinPreferences: { __typename: 'CheckinPreferences', mentorAlerts: false } } });

describe('find a mentor', () => {
  it('shows why a mentor is suggested and sends a request with a few words', async () => {
    const sent: unknown[] = [];
    let mentorships: ReturnType<typeof request>[] = [];
    renderSignedIn({
      path: '/mentors',
      graphql: {
        Mentors: () => ({ data: { mentorSuggestions: [suggestion('m1', 'Rosa')], myMentorships: mentorships } }),
        RequestMentorship: ({ variables }) => {
          sent.push(variables);
          mentorships = [request('r1', 'm1', 'Rosa')];
          return { data: { requestMentorship: mentorships[0] } };
        },
      },
    });

    const card = await screen.findByRole('article', { name: 'Rosa' });
    expect(within(card).getByText('available on weekday evenings')).toBeInTheDocument();
    expect(screen.getByText('0 of 3 requests waiting for an answer.')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Ask Rosa' }));
    await userEvent.type(await screen.findByRole('textbox', { name: /A few words to them/ }), 'I would like help with training.');
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));

    expect(await screen.findByText('1 of 3 requests waiting for an answer.')).toBeInTheDocument();
    expect(sent).toEqual([{ mentorId: 'm1', intro: 'I would like help with training.' }]);
    expect(within(screen.getByRole('article', { name: 'Rosa' })).getByText('You asked; they will answer soon.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Your requests' })).toHaveTextContent(/Rosa.*Waiting for an answer/);
  });

  it('explains kindly when three requests are already waiting, and shows the answers', async () => {
    renderSignedIn({
      path: '/mentors',
      graphql: {
        Mentors: () => ({
          data: {
            mentorSuggestions: [suggestion('m5', 'Tom')],
            myMentorships: [request('r1', 'm1', 'Rosa'), request('r2', 'm2', 'Dev'), request('r3', 'm3', 'Nadia'), request('r4', 'm4', 'Luc', 'NOT_AVAILABLE')],
          },
        }),
      },
    });

    expect(await screen.findByText('3 of 3 requests waiting for an answer.')).toBeInTheDocument();
    expect(screen.getByText(/which is the most at one time/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ask Tom' })).toBeDisabled();
    expect(screen.getByText(/not available right now\. It is not about you/)).toBeInTheDocument();
  });

  it('shows the current mentor instead of suggestions, and a kind word when there are none', async () => {
    renderSignedIn({
      path: '/mentors',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        Mentors: () => ({
          data: { mentorSuggestions: [], myMentorships: [{ ...request('r1', 'm1', 'Rosa', 'ACTIVE'), startedAt: new Date().toISOString() }] },
        }),
      },
    });

    expect(await screen.findByRole('heading', { name: 'Votre mentor : Rosa' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Des mentors qui pourraient vous convenir' })).not.toBeInTheDocument();
    expect(screen.getByText('Vous n’avez encore rien demandé.')).toBeInTheDocument();
  });

  it('invites to come back when no mentor is suggested yet', async () => {
    renderSignedIn({
      path: '/mentors',
      graphql: { Mentors: () => ({ data: { mentorSuggestions: [], myMentorships: [] } }) },
    });
    expect(await screen.findByRole('heading', { name: 'No suggestions just yet' })).toBeInTheDocument();
  });

  it('withdraws a request still waiting', async () => {
    const withdrawn: unknown[] = [];
    let mentorships = [request('r1', 'm1', 'Rosa')];
    renderSignedIn({
      path: '/mentors',
      graphql: {
        Mentors: () => ({ data: { mentorSuggestions: [], myMentorships: mentorships } }),
        WithdrawMentorshipRequest: ({ variables }) => {
          withdrawn.push(variables);
          mentorships = [request('r1', 'm1', 'Rosa', 'CANCELLED')];
          return { data: { withdrawMentorshipRequest: mentorships[0] } };
        },
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Withdraw my request to Rosa' }));
    expect(await screen.findByText('This request was withdrawn or is no longer needed.')).toBeInTheDocument();
    expect(withdrawn).toEqual([{ mentorshipId: 'r1' }]);
  });

  it('ends a mentorship only after saying what it means, with a private reason', async () => {
    const ended: unknown[] = [];
    const active = { ...request('r1', 'm1', 'Rosa', 'ACTIVE'), startedAt: new Date().toISOString() };
    let mentorships = [active];
    renderSignedIn({
      path: '/mentors',
      graphql: {
        Mentors: () => ({ data: { mentorSuggestions: [], myMentorships: mentorships } }),
        MentorAlertsConsent: noAlerts,
        EndMentorship: ({ variables }) => {
          ended.push(variables);
          mentorships = [{ ...active, state: 'ENDED' }];
          return { data: { endMentorship: mentorships[0] } };
        },
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'End the mentorship' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'End your mentorship with Rosa?' });
    expect(within(dialog).getByText(/closed for new messages/)).toBeInTheDocument();
    expect(ended).toEqual([]);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Why, for you only/ }), 'We moved on.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, end it' }));

    expect(await screen.findByRole('heading', { name: 'Mentors who may suit you' })).toBeInTheDocument();
    expect(ended).toEqual([{ mentorshipId: 'r1', reason: 'We moved on.' }]);
  });

  it('tells a coordinator about the mentor in plain words, and shows a refusal as the API words it', async () => {
    const reports: unknown[] = [];
    renderSignedIn({
      path: '/mentors',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        Mentors: () => ({
          data: { mentorSuggestions: [], myMentorships: [{ ...request('r1', 'm1', 'Rosa', 'ACTIVE'), startedAt: new Date().toISOString() }] },
        }),
        MentorAlertsConsent: noAlerts,
        ReportMentor: ({ variables }) => {
          reports.push(variables);
          return reports.length === 1
            ? { errors: [{ message: 'Nous n’avons pas trouvé ce mentorat.', extensions: { code: 'NOT_FOUND' } }] }
            : { data: { reportMentor: { __typename: 'Acknowledgement', ok: true } } };
        },
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Parler de Rosa à un coordinateur' }));
    const dialog = await screen.findByRole('dialog', { name: 'Parler de Rosa à un coordinateur' });
    expect(within(dialog).getByText('Seuls les coordinateurs de votre alliance le lisent. Rosa n’est pas prévenu·e.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Pas de nouvelles de sa part' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Ce qu’un coordinateur devrait savoir/ }), 'Trois semaines sans réponse.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer à un coordinateur' }));
    expect(await within(dialog).findByText('Nous n’avons pas trouvé ce mentorat.')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer à un coordinateur' }));
    expect(await screen.findByText('Merci de nous l’avoir dit. Un coordinateur va le lire.')).toBeInTheDocument();
    expect(reports[1]).toEqual({ mentorshipId: 'r1', reason: 'INACTIVE', note: 'Trois semaines sans réponse.' });
  });
});
