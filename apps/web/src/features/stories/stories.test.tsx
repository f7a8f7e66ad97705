import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../testing/app-harness';

const expiresAt = () => new Date(Date.now() + 15 * 60_000).toISOString();
const auth = { '/auth/refresh': () => Response.json({ accessToken: 'a1', accessTokenExpiresAt: expiresAt() }) };
const me = (locale = 'en') => ({
  __typename: 'Account',
  id: 'u1',
  displayName: 'Sam',
  pronouns: null,
  locale,
  timeZone: 'Europe/Paris',
  emailVerified: true,
  roles: ['MEMBER'],
});
const published = '2026-11-20T10:00:00.000Z';

const communityStory = (fields: Record<string, unknown> = {}) => ({
  __typename: 'Story',
  id: 's1',
  title: 'Mornings',
  body: 'Mornings were the hardest part. Today I walk to work and say hello to the baker.',
  authorId: 'u2',
  authorDisplayName: 'Rosa',
  publishedAt: published,
  encouragements: [],
  myEncouragements: [],
  ...fields,
});

const myStory = (fields: Record<string, unknown> = {}) => ({
  __typename: 'Story',
  id: 'm1',
  title: 'My first year',
  body: 'A year ago I could not imagine writing this down.',
  status: 'PENDING_REVIEW',
  allianceId: null,
  isPublic: false,
  showNamePublicly: false,
  heldForReview: false,
  heldReason: null,
  reviewNote: null,
  publishedAt: null,
  createdAt: published,
  encouragements: [],
  ...fields,
});

const page = (locale: string, mine: unknown[], community: unknown[]) => ({
  data: {
    me: me(locale),
    myAllianceMemberships: [{ __typename: 'AllianceMembership', id: 'ms1', allianceId: 'a1', allianceName: 'Lyon Recovery Alliance', status: 'ACTIVE' }],
    myStories: mine,
    stories: {
      __typename: 'StoryConnection',
      edges: community.map((node) => ({ __typename: 'StoryEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false },
    },
  },
});

describe('stories', () => {
  it('reads a story and sends encouragement, and can take it back', async () => {
    const sent: unknown[] = [];
    renderApp({
      path: '/stories',
      auth,
      graphql: {
        Viewer: () => ({ data: { me: me() } }),
        StoriesPage: () => page('en', [], [communityStory(), communityStory({ id: 's2', title: 'Evenings', authorId: 'u1', authorDisplayName: 'Sam' })]),
        EncourageStory: ({ variables }) => {
          sent.push(variables);
          const on = variables['on'] === true;
          return {
            data: {
              encourageStory: {
                __typename: 'Story',
                id: 's1',
                encouragements: on ? [{ __typename: 'EncouragementCount', kind: 'HOPE', count: 1 }] : [],
                myEncouragements: on ? ['HOPE'] : [],
              },
            },
          };
        },
      },
    });

    const story = await screen.findByRole('article', { name: 'Mornings' });
    expect(within(story).getByText('By Rosa, November 20, 2026')).toBeInTheDocument();
    const hope = within(story).getByRole('button', { name: 'This gives me hope' });
    expect(hope).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(hope);
    const pressed = await within(story).findByRole('button', { name: '✓ This gives me hope (1)' });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(pressed);
    expect(await within(story).findByRole('button', { name: 'This gives me hope' })).toBeInTheDocument();
    expect(sent).toEqual([
      { storyId: 's1', kind: 'HOPE', on: true },
      { storyId: 's1', kind: 'HOPE', on: false },
    ]);
    // The person's own published story gets thanks, not buttons to encourage themself.
    const own = screen.getByRole('article', { name: 'Evenings' });
    expect(within(own).getByText('Your story. Thank you for sharing it.')).toBeInTheDocument();
    expect(within(own).queryByRole('group')).not.toBeInTheDocument();
  });

  it('writes a story, shared on the public page with the author’s name, and shows it waiting for a moderator', async () => {
    const written: unknown[] = [];
    let mine: unknown[] = [];
    renderApp({
      path: '/stories',
      auth,
      graphql: {
        Viewer: () => ({ data: { me: me() } }),
        StoriesPage: () => page('en', mine, []),
        WriteStory: ({ variables }) => {
          written.push(variables['input']);
          mine = [myStory({ title: 'Small steps', isPublic: true, showNamePublicly: true })];
          return {
            data: {
              writeStory: {
                __typename: 'StoryWritten',
                story: { __typename: 'Story', id: 'm1', status: 'PENDING_REVIEW' },
                languageSuggestions: [{ __typename: 'LanguageSuggestion', matchedText: 'addict', message: 'You could say “a person who used drugs”.' }],
              },
            },
          };
        },
      },
    });

    expect(await screen.findByRole('heading', { name: 'No stories here yet' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Write a story' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Small steps');
    await userEvent.type(screen.getByRole('textbox', { name: /Your story/ }), 'One day at a time, then one week, then a year.');
    expect(screen.getByRole('radio', { name: 'People in Lyon Recovery Alliance' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Also share it on Kindred’s public page/ }));
    expect(screen.getByText('On the public page it will say “By a member of Kindred”, without your name.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show my display name there (Sam)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send for review' }));

    expect(await screen.findByText('Thank you. Your story is waiting for a moderator; we will let you know when it is published.')).toBeInTheDocument();
    expect(screen.getByText('You could say “a person who used drugs”.')).toBeInTheDocument();
    const story = await screen.findByRole('article', { name: 'Small steps' });
    expect(within(story).getByText('Waiting for a moderator')).toBeInTheDocument();
    expect(within(story).getByText('For everyone on Kindred. Also on the public page, with your name.')).toBeInTheDocument();
    expect(written).toEqual([
      { title: 'Small steps', body: 'One day at a time, then one week, then a year.', allianceId: null, isPublic: true, showNamePublicly: true },
    ]);
  });

  it('keeps a story to one alliance off the public page', async () => {
    const written: unknown[] = [];
    renderApp({
      path: '/stories',
      auth,
      graphql: {
        Viewer: () => ({ data: { me: me() } }),
        StoriesPage: () => page('en', [], []),
        WriteStory: ({ variables }) => {
          written.push(variables['input']);
          return {
            data: { writeStory: { __typename: 'StoryWritten', story: { __typename: 'Story', id: 'm1', status: 'PENDING_REVIEW' }, languageSuggestions: [] } },
          };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Write a story' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'For us');
    await userEvent.type(screen.getByRole('textbox', { name: /Your story/ }), 'For the people of Lyon, who walked with me.');
    await userEvent.click(screen.getByRole('checkbox', { name: /Also share it on Kindred’s public page/ }));
    await userEvent.click(screen.getByRole('radio', { name: 'People in Lyon Recovery Alliance' }));
    expect(screen.queryByRole('checkbox', { name: /Also share it/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send for review' }));
    await waitFor(() =>
      expect(written).toEqual([
        { title: 'For us', body: 'For the people of Lyon, who walked with me.', allianceId: 'a1', isPublic: false, showNamePublicly: false },
      ]),
    );
  });

  it('shows a moderator’s kind note on a story not published, and withdraws a story after asking', async () => {
    const withdrawn: unknown[] = [];
    renderApp({
      path: '/stories',
      auth,
      graphql: {
        Viewer: () => ({ data: { me: me() } }),
        StoriesPage: () =>
          page(
            'en',
            [
              myStory({ id: 'm1', title: 'Names', status: 'DECLINED', reviewNote: 'Could you leave out the names of other people?' }),
              myStory({
                id: 'm2',
                title: 'Spring',
                status: 'PUBLISHED',
                publishedAt: published,
                encouragements: [{ __typename: 'EncouragementCount', kind: 'HEART', count: 2 }],
              }),
            ],
            [],
          ),
        WithdrawStory: ({ variables }) => {
          withdrawn.push(variables);
          return { data: { withdrawStory: { __typename: 'Story', id: 'm2', status: 'WITHDRAWN', publishedAt: null } } };
        },
      },
    });
    const declined = await screen.findByRole('article', { name: 'Names' });
    expect(within(declined).getByText('Not published')).toBeInTheDocument();
    expect(within(declined).getByText('The moderator’s words: “Could you leave out the names of other people?”')).toBeInTheDocument();

    const spring = screen.getByRole('article', { name: 'Spring' });
    expect(within(spring).getByText('Published on November 20, 2026')).toBeInTheDocument();
    expect(within(spring).getByText('2 encouragements so far.')).toBeInTheDocument();
    await userEvent.click(within(spring).getByRole('button', { name: 'Take it back' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Take this story back?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, take it back' }));
    expect(await within(spring).findByText('Taken back: nobody reads it any more')).toBeInTheDocument();
    expect(within(spring).queryByRole('button', { name: 'Change it' })).not.toBeInTheDocument();
    expect(withdrawn).toEqual([{ storyId: 'm2' }]);
  });

  it('speaks French', async () => {
    renderApp({
      path: '/stories',
      auth,
      language: 'fr',
      graphql: {
        Viewer: () => ({ data: { me: me('fr') } }),
        StoriesPage: () => page('fr', [myStory()], [communityStory()]),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Histoires d’espoir' })).toBeInTheDocument();
    expect(screen.getByText('En attente de relecture')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ça me donne espoir' })).toBeInTheDocument();
  });
});

describe('stories on the public door', () => {
  it('shows stories shared with everyone, without a name unless the author chose to show it, and invites a visitor in', async () => {
    renderApp({
      path: '/',
      graphql: {
        CrisisSupport: () => ({
          data: { crisisSupport: { __typename: 'CrisisSupport', message: 'You are not alone.', platformLines: [], allianceLines: [] } },
        }),
        PublicStories: () => ({
          data: {
            publicStories: {
              __typename: 'PublicStoryConnection',
              edges: [
                {
                  __typename: 'PublicStoryEdge',
                  node: { __typename: 'PublicStory', id: 'p1', title: 'Spring', body: 'Spring came back.', authorDisplayName: null, publishedAt: published },
                },
                {
                  __typename: 'PublicStoryEdge',
                  node: { __typename: 'PublicStory', id: 'p2', title: 'Work', body: 'I found work.', authorDisplayName: 'Rosa', publishedAt: published },
                },
              ],
            },
          },
        }),
      },
    });
    expect(within(await screen.findByRole('article', { name: 'Spring' })).getByText('By a member of Kindred')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Work' })).getByText('By Rosa')).toBeInTheDocument();
    expect(screen.getByText(/Join to read more and to encourage the people who wrote them/)).toBeInTheDocument();
  });
});
