import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const alex = { __typename: 'CircleMember', userId: 'u2', displayName: 'Alex', relationship: 'FAMILY', joinedAt: '2026-11-01T10:00:00.000Z' };

function grant(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ConsentGrant',
    id: 'g1',
    scope: 'CHECKINS',
    granteeId: 'u2',
    granteeDisplayName: 'Alex',
    purpose: 'So Alex sees how my weeks go',
    ends: 'ON_DATE',
    expiresAt: '2027-03-01T10:00:00.000Z',
    grantedAt: '2026-11-02T10:00:00.000Z',
    active: true,
    ...overrides,
  };
}

function circle(options: { members?: unknown[]; grants?: unknown[]; invitations?: unknown[] } = {}) {
  return {
    data: {
      mySupportCircle: { __typename: 'SupportCircle', id: 'c1', name: 'My people', members: options.members ?? [alex] },
      myCircleInvitations: options.invitations ?? [],
      mySharingGrants: options.grants ?? [grant()],
    },
  };
}

const log = (entries: unknown[] = []) => ({
  MyDisclosureLog: () => ({
    data: {
      myDisclosureLog: {
        __typename: 'DisclosureEntryConnection',
        edges: entries.map((node) => ({ __typename: 'DisclosureEntryEdge', node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  }),
});

describe('my circle', () => {
  it('shows each person with what is shared, why and until when, and who saw what, day by day', async () => {
    renderSignedIn({
      path: '/circle',
      graphql: {
        MyCircle: () => circle(),
        ...log([
          { __typename: 'DisclosureEntry', id: 'd1', viewerDisplayName: 'Alex', what: 'check-ins', scope: 'CHECKINS', accessedAt: '2026-12-01T09:30:00.000Z' },
          { __typename: 'DisclosureEntry', id: 'd0', viewerDisplayName: 'Alex', what: 'check-ins', scope: 'CHECKINS', accessedAt: '2026-12-01T09:29:00.000Z' },
        ]),
      },
    });
    const people = await screen.findByRole('list', { name: 'People in your circle' });
    expect(within(people).getByRole('heading', { name: 'Alex' })).toBeInTheDocument();
    const shared = within(people).getByRole('list', { name: 'What you share with Alex' });
    expect(within(shared).getByText('Check-ins')).toBeInTheDocument();
    expect(within(shared).getByText('Why: So Alex sees how my weeks go')).toBeInTheDocument();
    expect(within(shared).getByText(/Until March 1, 2027/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'December 1, 2026' })).toBeInTheDocument();
    expect(screen.getByText(/Alex looked at your check-ins\./)).toBeInTheDocument();
    // Looking twice in a row reads as one line.
    expect(screen.getByText('(2 times in a row)')).toBeInTheDocument();
  });

  it('stops a sharing in one step and says so', async () => {
    let active = true;
    const revoked: unknown[] = [];
    renderSignedIn({
      path: '/circle',
      graphql: {
        MyCircle: () => circle({ grants: active ? [grant()] : [] }),
        ...log(),
        RevokeSharing: ({ variables }) => {
          revoked.push(variables);
          active = false;
          return { data: { revokeSharing: { ...grant(), active: false } } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Stop sharing check-ins with Alex' }));
    expect(await screen.findByText('You share nothing with Alex right now.')).toBeInTheDocument();
    expect(revoked).toEqual([{ grantId: 'g1' }]);
  });

  it('gives consent with what, why, until when and a signature', async () => {
    const given: unknown[] = [];
    renderSignedIn({
      path: '/circle',
      graphql: {
        MyCircle: () => circle({ grants: [] }),
        ...log(),
        GrantSharing: ({ variables }) => {
          given.push(variables);
          return { data: { grantSharing: { __typename: 'ConsentGrant', id: 'g2', scope: 'MILESTONES', granteeDisplayName: 'Alex', active: true } } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Share something with Alex' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Milestones/ }));
    await userEvent.type(within(dialog).getByLabelText(/Why you share it/), 'To celebrate together');
    await userEvent.type(within(dialog).getByLabelText(/End date/), '2027-06-30');
    await userEvent.type(within(dialog).getByLabelText(/Your signature/), 'Sam');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(given).toHaveLength(1));
    expect(given[0]).toEqual({
      input: {
        granteeId: 'u2',
        scope: 'MILESTONES',
        purpose: 'To celebrate together',
        ends: 'ON_DATE',
        expiresAt: new Date('2027-06-30T23:59:00').toISOString(),
        signature: 'Sam',
      },
    });
  });

  it('shows the API’s kind refusal when the signature does not match', async () => {
    renderSignedIn({
      path: '/circle',
      graphql: {
        MyCircle: () => circle({ grants: [] }),
        ...log(),
        GrantSharing: () => ({
          data: null,
          errors: [{ message: 'To sign, please type your display name as it shows on Kindred.', extensions: { code: 'BAD_USER_INPUT' } }],
        }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Share something with Alex' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: /Check-ins/ }));
    await userEvent.type(within(dialog).getByLabelText(/Why you share it/), 'So Alex knows');
    await userEvent.type(within(dialog).getByLabelText(/Your signature/), 'Someone');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Share' }));
    expect(await within(dialog).findByText('To sign, please type your display name as it shows on Kindred.')).toBeInTheDocument();
  });

  it('invites by email, lists the invitation waiting, and withdraws it', async () => {
    let invitations: unknown[] = [];
    const sent: unknown[] = [];
    const withdrawn: unknown[] = [];
    const invitation = {
      __typename: 'CircleInvitation',
      id: 'i1',
      email: 'robin@example.org',
      inviteeId: null,
      relationship: 'FRIEND',
      state: 'PENDING',
      createdAt: '2026-12-01T10:00:00.000Z',
      expiresAt: '2026-12-08T10:00:00.000Z',
    };
    renderSignedIn({
      path: '/circle',
      graphql: {
        MyCircle: () => circle({ members: [], grants: [], invitations }),
        ...log(),
        InviteToCircleByEmail: ({ variables }) => {
          sent.push(variables);
          invitations = [invitation];
          return { data: { inviteToCircleByEmail: { __typename: 'CircleInvitation', id: 'i1', state: 'PENDING' } } };
        },
        WithdrawCircleInvitation: ({ variables }) => {
          withdrawn.push(variables);
          invitations = [];
          return { data: { revokeCircleInvitation: { __typename: 'CircleInvitation', id: 'i1', state: 'REVOKED' } } };
        },
      },
    });
    expect(await screen.findByRole('heading', { name: 'Your circle is waiting for its first person' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Their email address/), 'robin@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect(await screen.findByText('Your invitation is on its way to robin@example.org.')).toBeInTheDocument();
    expect(sent).toEqual([{ email: 'robin@example.org', relationship: 'FAMILY' }]);
    const waiting = await screen.findByRole('list', { name: 'Invitations waiting for an answer' });
    expect(within(waiting).getByText('robin@example.org')).toBeInTheDocument();
    await userEvent.click(within(waiting).getByRole('button', { name: 'Withdraw the invitation' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Invitations waiting for an answer' })).not.toBeInTheDocument());
    expect(withdrawn).toEqual([{ invitationId: 'i1' }]);
  });

  it('takes someone out of the circle after a confirm', async () => {
    let members: unknown[] = [alex];
    renderSignedIn({
      path: '/circle',
      graphql: {
        MyCircle: () => circle({ members, grants: [] }),
        ...log(),
        RemoveFromCircle: () => {
          members = [];
          return { data: { removeFromCircle: { __typename: 'SupportCircle', id: 'c1', members: [] } } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Take Alex out of the circle' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/everything you share with them stops at once/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, take them out' }));
    expect(await screen.findByRole('heading', { name: 'Your circle is waiting for its first person' })).toBeInTheDocument();
  });

  it('offers to try again when the circle did not load (in French)', async () => {
    let fail = true;
    renderSignedIn({
      path: '/circle',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        MyCircle: () => (fail ? { data: null, errors: [{ message: 'Une erreur est survenue.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } : circle()),
        ...log(),
      },
    });
    expect(await screen.findByText('Une erreur est survenue.')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    const shared = await screen.findByRole('list', { name: 'Ce que vous partagez avec Alex' });
    expect(within(shared).getByText('Points du jour')).toBeInTheDocument();
  });
});
