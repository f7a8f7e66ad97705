import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answer } from '../../testing/app-harness';
import { renderSignedIn } from '../../testing/signed-in';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const minutesAhead = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

function message(overrides: Record<string, unknown>) {
  return {
    __typename: 'Message',
    id: 'm1',
    conversationId: 'c1',
    authorId: 'u2',
    authorDisplayName: 'Rosa',
    sentByMe: false,
    body: 'Hello Sam, how was your week?',
    deleted: false,
    heldForReview: false,
    heldReason: null,
    createdAt: minutesAgo(30),
    editedAt: null,
    editableUntil: null,
    ...overrides,
  };
}

function conversation(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Conversation',
    id: 'c1',
    kind: 'MENTORSHIP',
    title: 'Rosa',
    archived: false,
    muted: false,
    unreadCount: 2,
    lastActivityAt: minutesAgo(5),
    participants: [
      { __typename: 'ConversationParticipant', personId: 'u1', displayName: 'Sam' },
      { __typename: 'ConversationParticipant', personId: 'u2', displayName: 'Rosa' },
    ],
    lastMessage: message({ id: 'm2', body: 'See you on Tuesday' }),
    ...overrides,
  };
}

const page = (nodes: unknown[]) => ({
  __typename: 'MessageConnection',
  edges: nodes.map((node) => ({ __typename: 'MessageEdge', node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
});

/** The header's badge: how many notifications are unread. */
const badge = (unread = 0): Record<string, Answer> => ({
  UnreadNotificationCount: () => ({ data: { unreadNotificationCount: unread } }),
});

describe('messages list', () => {
  it('shows each conversation with what is unread and the newest words, and the people I blocked', async () => {
    renderSignedIn({
      path: '/messages',
      graphql: {
        ...badge(3),
        MyConversations: () => ({
          data: {
            myConversations: {
              __typename: 'ConversationConnection',
              edges: [
                { __typename: 'ConversationEdge', node: conversation() },
                {
                  __typename: 'ConversationEdge',
                  node: conversation({
                    id: 'c2',
                    kind: 'DIRECT',
                    title: 'Alex',
                    unreadCount: 0,
                    muted: true,
                    lastMessage: message({ id: 'm9', conversationId: 'c2', sentByMe: true, authorId: 'u1', body: 'Thanks for today' }),
                  }),
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        }),
        MyBlockedPeople: () => ({
          data: { myBlockedPeople: [{ __typename: 'BlockedPerson', personId: 'u9', displayName: 'Jo', blockedAt: '2026-11-02T10:00:00.000Z' }] },
        }),
      },
    });
    const list = await screen.findByRole('list', { name: 'Your conversations' });
    const rosa = within(list).getAllByRole('listitem')[0]!;
    expect(within(rosa).getByRole('link', { name: 'Rosa' })).toHaveAttribute('href', '/messages/c1');
    expect(within(rosa).getByText('2 unread')).toBeInTheDocument();
    expect(within(rosa).getByText('See you on Tuesday')).toBeInTheDocument();
    const alex = within(list).getAllByRole('listitem')[1]!;
    expect(within(alex).getByText(/You: Thanks for today/)).toBeInTheDocument();
    expect(within(alex).getByText(/Muted/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Unblock Jo' })).toBeInTheDocument();
    // The header's badge says how many notifications wait, in words.
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
  });

  it('invites kindly when there is no conversation yet (in French)', async () => {
    renderSignedIn({
      path: '/messages',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        ...badge(),
        MyConversations: () => ({
          data: {
            myConversations: {
              __typename: 'ConversationConnection',
              edges: [],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        }),
        MyBlockedPeople: () => ({ data: { myBlockedPeople: [] } }),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Pas encore de conversation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trouver un mentor' })).toHaveAttribute('href', '/mentors');
    expect(await screen.findByText('Vous n’avez bloqué personne.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Notifications, rien de nouveau' })).toBeInTheDocument();
  });
});

interface Scene {
  sent: unknown[];
  edits: unknown[];
  reports: unknown[];
  blocks: unknown[];
  mutes: unknown[];
  reads: unknown[];
  checks: string[];
}

function openConversation(locale: 'en' | 'fr', options: { suggestions?: boolean; live?: unknown } = {}) {
  const scene: Scene = { sent: [], edits: [], reports: [], blocks: [], mutes: [], reads: [], checks: [] };
  let blocked: unknown[] = [];
  let muted = false;
  const mine = message({
    id: 'm3',
    authorId: 'u1',
    authorDisplayName: 'Sam',
    sentByMe: true,
    body: 'Good, thank you',
    createdAt: minutesAgo(2),
    editableUntil: minutesAhead(13),
  });
  const old = message({
    id: 'm0',
    authorId: 'u1',
    authorDisplayName: 'Sam',
    sentByMe: true,
    body: 'Hi Rosa',
    createdAt: minutesAgo(60),
    editableUntil: minutesAgo(45),
  });
  const harness = renderSignedIn({
    path: '/messages/c1',
    language: locale,
    me: { locale },
    graphql: {
      ...badge(),
      Conversation: () => ({ data: { conversation: conversation({ muted }), me: { __typename: 'Account', id: 'u1' } } }),
      ConversationMessages: () => ({ data: { messages: page([mine, message({}), old]) } }),
      MessageEvents: () => ({ data: options.live ?? null }),
      MyBlockedPeople: () => ({ data: { myBlockedPeople: blocked } }),
      MarkConversationRead: ({ variables }) => {
        scene.reads.push(variables);
        return { data: { markConversationRead: { __typename: 'Conversation', id: 'c1', unreadCount: 0 } } };
      },
      LanguageCheck: ({ variables }) => {
        scene.checks.push(String(variables['text']));
        const text = String(variables['text']);
        const at = text.indexOf('addict');
        return {
          data: {
            languageCheck:
              options.suggestions && at >= 0
                ? [
                    {
                      __typename: 'LanguageSuggestion',
                      matchedText: 'addict',
                      start: at,
                      end: at + 'addict'.length,
                      alternatives: ['person with a substance use disorder'],
                      message: '“addict” can land as a label. Consider “person with a substance use disorder”.',
                    },
                  ]
                : [],
          },
        };
      },
      SendMessage: ({ variables }) => {
        scene.sent.push(variables);
        const body = String(variables['body']);
        const held = body.includes('menu');
        return {
          data: {
            sendMessage: message({
              id: `new-${scene.sent.length}`,
              authorId: 'u1',
              authorDisplayName: 'Sam',
              sentByMe: true,
              body,
              createdAt: new Date().toISOString(),
              editableUntil: minutesAhead(15),
              heldForReview: held,
              heldReason: held ? 'It may look like buying or selling drugs, so a moderator will look at it soon.' : null,
            }),
          },
        };
      },
      EditMessage: ({ variables }) => {
        scene.edits.push(variables);
        return { data: { editMessage: { ...mine, body: variables['body'], editedAt: new Date().toISOString() } } };
      },
      ReportMessage: ({ variables }) => {
        scene.reports.push(variables);
        return { data: { reportContent: { __typename: 'ModerationReport', id: 'r1' } } };
      },
      BlockPerson: ({ variables }) => {
        scene.blocks.push(variables);
        blocked = [{ __typename: 'BlockedPerson', personId: 'u2', displayName: 'Rosa', blockedAt: new Date().toISOString() }];
        return { data: { blockPerson: { __typename: 'Acknowledgement', ok: true } } };
      },
      MuteConversation: ({ variables }) => {
        scene.mutes.push(variables);
        muted = Boolean(variables['muted']);
        return { data: { muteConversation: { __typename: 'Conversation', id: 'c1', muted } } };
      },
    },
  });
  return { harness, scene };
}

const thread = () => screen.findByRole('log', { name: /^Messages (in this conversation|de cette conversation)$/ });
const bubble = async (text: string | RegExp) => (await within(await thread()).findByText(text)).closest('li')!;

describe('a conversation', () => {
  it('shows the history oldest first, adds what arrives live, and marks it read', async () => {
    const live = {
      messageEvents: {
        __typename: 'MessageEvent',
        kind: 'ADDED',
        message: message({ id: 'm4', body: 'Shall we meet on Tuesday?', createdAt: new Date().toISOString() }),
      },
    };
    const { scene } = openConversation('en', { live });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rosa' })).toBeInTheDocument();
    expect(screen.getByText('Your mentorship conversation. Only you and Rosa can read it.')).toBeInTheDocument();
    expect(await within(await thread()).findByText('Shall we meet on Tuesday?')).toBeInTheDocument();
    const order = within(await thread())
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.k-bubble__body')?.textContent);
    expect(order).toEqual(['Hi Rosa', 'Hello Sam, how was your week?', 'Good, thank you', 'Shall we meet on Tuesday?']);
    await waitFor(() => expect(scene.reads).toContainEqual({ conversationId: 'c1' }));
  });

  it('suggests gentler words before sending, and lets the person send as written', async () => {
    const { scene } = openConversation('en', { suggestions: true });
    const field = await screen.findByRole('textbox', { name: 'Your message' });
    await userEvent.type(field, 'My cousin is an addict');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('heading', { name: 'A thought before you send' })).toHaveFocus();
    expect(screen.getByText(/can land as a label/)).toBeInTheDocument();
    expect(scene.sent).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Send as it is' }));
    await waitFor(() => expect(scene.sent).toEqual([{ conversationId: 'c1', body: 'My cousin is an addict' }]));
    expect(await bubble('My cousin is an addict')).toHaveAttribute('data-own');
    expect(screen.getByRole('textbox', { name: 'Your message' })).toHaveValue('');
  });

  it('lets the person take the suggested words instead, then send', async () => {
    const { scene } = openConversation('en', { suggestions: true });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your message' }), 'Every addict deserves care');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Use “person with a substance use disorder”' }));
    const field = screen.getByRole('textbox', { name: 'Your message' });
    expect(field).toHaveValue('Every person with a substance use disorder deserves care');
    expect(field).toHaveFocus();
    expect(scene.sent).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(scene.sent).toEqual([{ conversationId: 'c1', body: 'Every person with a substance use disorder deserves care' }]));
  });

  it('shows my held message as held, with the kind reason', async () => {
    openConversation('en');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Your message' }), 'dm me for the menu');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    const held = await bubble('dm me for the menu');
    expect(within(held).getByText('Held for review: only you can see it for now.')).toBeInTheDocument();
    expect(within(held).getByText(/a moderator will look at it soon/)).toBeInTheDocument();
  });

  it('corrects my message within the window, and says when the window has closed', async () => {
    const { scene } = openConversation('en');
    const recent = await bubble('Good, thank you');
    await userEvent.click(within(recent).getByRole('button', { name: 'Options' }));
    expect(within(recent).getByText(/You can change it until/)).toBeInTheDocument();
    await userEvent.click(within(recent).getByRole('button', { name: 'Edit' }));
    const field = within(recent).getByRole('textbox', { name: 'Your corrected message' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Good, thank you so much');
    await userEvent.click(within(recent).getByRole('button', { name: 'Save the change' }));
    await waitFor(() => expect(scene.edits).toEqual([{ messageId: 'm3', body: 'Good, thank you so much' }]));
    expect(await bubble('Good, thank you so much')).toHaveTextContent('edited');

    const old = await bubble('Hi Rosa');
    await userEvent.click(within(old).getByRole('button', { name: 'Options' }));
    expect(within(old).getByText(/It could be changed until .*\. You can still delete it\./)).toBeInTheDocument();
    expect(within(old).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(old).getByRole('button', { name: 'Delete' })).toBeInTheDocument();
  });

  it('reports a message with a reason (in French)', async () => {
    const { scene } = openConversation('fr');
    const theirs = await bubble('Hello Sam, how was your week?');
    await userEvent.click(within(theirs).getByRole('button', { name: 'Options' }));
    await userEvent.click(within(theirs).getByRole('button', { name: 'Signaler' }));
    const dialog = await screen.findByRole('dialog', { name: 'Signaler ce message' });
    expect(within(dialog).getByText(/Ni cette personne ni Rosa ne sauront qui l’a signalé/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Il fait honte ou colle des étiquettes' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));
    expect(await within(dialog).findByText(/Merci de nous l’avoir dit/)).toBeInTheDocument();
    expect(scene.reports).toEqual([{ messageId: 'm1', reason: 'STIGMATIZING_LANGUAGE', note: null }]);
  });

  it('blocks the other person after saying what blocking does, and mutes the conversation', async () => {
    const { scene } = openConversation('en');
    await userEvent.click(await screen.findByRole('switch', { name: 'Mute this conversation' }));
    await waitFor(() => expect(scene.mutes).toEqual([{ conversationId: 'c1', muted: true }]));
    expect(await screen.findByText(/^Muted: messages still arrive here/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Block Rosa' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Block Rosa?' });
    expect(within(dialog).getByText('You and Rosa will not be able to send each other messages.')).toBeInTheDocument();
    expect(within(dialog).getByText('Rosa is not told that you blocked them.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Block Rosa' }));
    await waitFor(() => expect(scene.blocks).toEqual([{ userId: 'u2' }]));
    expect(await screen.findByText(/You blocked Rosa\./)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your message' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Unblock Rosa' })).toBeInTheDocument();
  });
});

describe('the mentor page', () => {
  it('links an active mentorship to its conversation', async () => {
    renderSignedIn({
      path: '/mentors',
      graphql: {
        ...badge(),
        Mentors: () => ({
          data: {
            mentorSuggestions: [],
            myMentorships: [
              {
                __typename: 'Mentorship',
                id: 'ms1',
                role: 'MEMBER',
                state: 'ACTIVE',
                mentorId: 'u2',
                mentorDisplayName: 'Rosa',
                requestedAt: '2026-11-01T10:00:00.000Z',
                expiresAt: '2026-11-08T10:00:00.000Z',
                startedAt: '2026-11-02T10:00:00.000Z',
                conversationId: 'c1',
              },
            ],
          },
        }),
      },
    });
    expect(await screen.findByRole('link', { name: 'Message Rosa' })).toHaveAttribute('href', '/messages/c1');
  });
});
