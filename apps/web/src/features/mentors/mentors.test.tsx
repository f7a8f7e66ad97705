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
  mentorId,
  mentorDisplayName,
  requestedAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  startedAt: null,
  conversationId: null,
});

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
});
