import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answer } from '../../testing/app-harness';
import { renderSignedIn } from '../../testing/signed-in';

const person = (personId: string, displayName: string) => ({ __typename: 'ConversationParticipant', personId, displayName });

function conversation(id: string, kind: string, title: string, participants: unknown[]) {
  return {
    __typename: 'Conversation',
    id,
    kind,
    title,
    archived: false,
    muted: false,
    unreadCount: 0,
    lastActivityAt: new Date().toISOString(),
    participants,
    lastMessage: null,
  };
}

const group = conversation('g1', 'GROUP', 'Families on Thursdays', [person('u1', 'Sam'), person('u2', 'Rosa'), person('u3', 'Alex')]);
const direct = conversation('d1', 'DIRECT', 'Alex', [person('u1', 'Sam'), person('u3', 'Alex')]);
const byId: Record<string, unknown> = { g1: group, d1: direct };

/** A conversation page over a fake API: each conversation by id, no messages, nobody blocked. */
function open(path: string, answers: Record<string, Answer>, language: 'en' | 'fr' = 'en') {
  return renderSignedIn({
    path,
    language,
    me: { locale: language },
    graphql: {
      Conversation: ({ variables }) => ({ data: { conversation: byId[String(variables['id'])], me: { __typename: 'Account', id: 'u1' } } }),
      ConversationMessages: () => ({
        data: { messages: { __typename: 'MessageConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
      }),
      MessageEvents: () => ({ data: null }),
      MyBlockedPeople: () => ({ data: { myBlockedPeople: [] } }),
      MyConversations: () => ({
        data: {
          myConversations: {
            __typename: 'ConversationConnection',
            edges: [],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      }),
      ...answers,
    },
  });
}

describe('the people in a conversation', () => {
  it('opens a private conversation with someone from a group', async () => {
    const started: unknown[] = [];
    const harness = open('/messages/g1', {
      StartDirectConversation: ({ variables }) => {
        started.push(variables);
        return { data: { startDirectConversation: { __typename: 'Conversation', id: 'd1' } } };
      },
    });
    const people = await screen.findByRole('list', { name: 'People here' });
    expect(within(people).queryByText('Sam')).not.toBeInTheDocument();
    await userEvent.click(within(people).getByRole('button', { name: 'Write to Alex' }));
    expect(await screen.findByText('Only you and Alex can read this conversation.')).toBeInTheDocument();
    expect(started).toEqual([{ withUserId: 'u3' }]);
    expect(harness.router.state.location.pathname).toBe('/messages/d1');
  });

  it('says, in the API’s words, why a new account cannot write to someone yet (in French)', async () => {
    const refusal = 'Les nouveaux comptes peuvent écrire à leur mentor et aux personnes de leurs groupes.';
    open('/messages/g1', { StartDirectConversation: () => ({ data: null, errors: [{ message: refusal, extensions: { code: 'TRUST_LIMIT' } }] }) }, 'fr');
    const people = await screen.findByRole('list', { name: 'Les personnes ici' });
    await userEvent.click(within(people).getByRole('button', { name: 'Écrire à Rosa' }));
    expect(await within(people).findByRole('alert')).toHaveTextContent(refusal);
  });

  it('leaves a group after saying what leaving means', async () => {
    const left: unknown[] = [];
    open('/messages/g1', {
      LeaveConversation: ({ variables }) => {
        left.push(variables);
        return { data: { leaveConversation: { __typename: 'Acknowledgement', ok: true } } };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Leave this group' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave “Families on Thursdays”?' });
    expect(within(dialog).getByText('You will stop getting its messages, and you will no longer be able to read it.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, leave the group' }));
    expect(await screen.findByText('You left “Families on Thursdays”. You will not get its messages any more.')).toBeInTheDocument();
    expect(screen.queryByRole('log')).not.toBeInTheDocument();
    expect(left).toEqual([{ conversationId: 'g1' }]);
  });

  it('offers no leaving in a two-person conversation, and reports the other person with a reason', async () => {
    const reports: unknown[] = [];
    open('/messages/d1', {
      ReportPerson: ({ variables }) => {
        reports.push(variables);
        return { data: { reportPerson: { __typename: 'ModerationReport', id: 'r1' } } };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Report Alex' }));
    expect(screen.queryByRole('button', { name: 'Leave this group' })).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Report Alex' });
    expect(within(dialog).getByText(/Alex is not told who reported them/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'They offer to buy or sell drugs' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Anything the moderator should know/ }), 'In several messages this week.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send the report' }));
    expect(await within(dialog).findByText(/Thank you for telling us/)).toBeInTheDocument();
    expect(reports).toEqual([{ personId: 'u3', reason: 'DRUG_SELLING', note: 'In several messages this week.' }]);
  });
});
