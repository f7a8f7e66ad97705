import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const membership = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'AllianceMembership',
  id: 'm1',
  allianceId: 'a1',
  allianceName: 'Lyon Recovery Alliance',
  capacity: 'SUPPORTER',
  status: 'ACTIVE',
  requestedAt: '2026-11-01T10:00:00.000Z',
  declineReason: null,
  ...overrides,
});

describe('my alliances', () => {
  it('shows a supporter their alliance’s family groups and resources, and joins a group', async () => {
    let joined = false;
    renderSignedIn({
      path: '/alliances',
      graphql: {
        MyAlliances: () => ({ data: { myAllianceMemberships: [membership()] } }),
        SupporterCorner: () => ({
          data: {
            supporterGroups: [{ __typename: 'SupporterGroup', id: 'g1', title: 'Families on Thursdays', participantCount: 4, joined }],
            allianceResources: [
              {
                __typename: 'AllianceResource',
                id: 'r1',
                name: 'Family line',
                kind: 'HELPLINE',
                audience: 'SUPPORTERS',
                description: 'A line for families.',
                phone: '0800 000 000',
                url: null,
                hours: 'Every evening',
              },
            ],
          },
        }),
        JoinSupporterGroup: () => {
          joined = true;
          return { data: { joinSupporterGroup: { __typename: 'Conversation', id: 'g1' } } };
        },
      },
    });
    expect(await screen.findByText(/Family or friend \(supporter\)/)).toBeInTheDocument();
    const resources = await screen.findByRole('list', { name: 'Help and resources in Lyon Recovery Alliance' });
    expect(within(resources).getByText('For families')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Join “Families on Thursdays”' }));
    expect(await screen.findByRole('link', { name: 'Open the conversation' })).toHaveAttribute('href', '/messages/g1');
  });

  it('invites someone without an alliance to find one as family or a friend (in French)', async () => {
    renderSignedIn({
      path: '/alliances',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: { MyAlliances: () => ({ data: { myAllianceMemberships: [] } }) },
    });
    expect(await screen.findByRole('heading', { name: 'Vous ne faites pas encore partie d’une alliance' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Rejoindre une alliance en tant que proche' })).toBeInTheDocument();
  });

  it('offers to try again when the alliances did not load', async () => {
    let fail = true;
    renderSignedIn({
      path: '/alliances',
      graphql: {
        MyAlliances: () =>
          fail
            ? { data: null, errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
            : { data: { myAllianceMemberships: [membership({ capacity: 'MEMBER', status: 'REQUESTED' })] } },
      },
    });
    expect(await screen.findByText('Something went wrong on our side.')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/a coordinator will answer soon/)).toBeInTheDocument();
  });

  it('leaves an alliance after saying what leaving means, mentoring included', async () => {
    const sent: unknown[] = [];
    renderSignedIn({
      path: '/alliances',
      graphql: {
        MyAlliances: () => ({ data: { myAllianceMemberships: [membership({ capacity: 'MEMBER' }), membership({ id: 'm2', capacity: 'PEER_MENTOR' })] } }),
        LeaveAlliance: ({ variables }) => {
          sent.push(variables);
          return {
            data: { leaveAlliance: [membership({ capacity: 'MEMBER', status: 'LEFT' }), membership({ id: 'm2', capacity: 'PEER_MENTOR', status: 'LEFT' })] },
          };
        },
      },
    });
    const [leave] = await screen.findAllByRole('button', { name: 'Leave Lyon Recovery Alliance' });
    await userEvent.click(leave!);
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave Lyon Recovery Alliance?' });
    expect(within(dialog).getByText(/in every way you take part in it/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Your vetting as a peer mentor there ends/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, leave Lyon Recovery Alliance' }));
    expect(await screen.findByText(/You left Lyon Recovery Alliance\./)).toBeInTheDocument();
    expect(sent).toEqual([{ allianceId: 'a1' }]);
    expect(screen.queryByRole('button', { name: 'Leave Lyon Recovery Alliance' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'You are not in an alliance yet' })).toBeInTheDocument();
  });

  it('keeps the person in the alliance and shows the API’s words when leaving is refused (in French)', async () => {
    renderSignedIn({
      path: '/alliances',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        MyAlliances: () => ({ data: { myAllianceMemberships: [membership({ capacity: 'MEMBER', status: 'REQUESTED' })] } }),
        LeaveAlliance: () => ({
          data: null,
          errors: [{ message: 'Vous ne faites pas partie de cette alliance.', extensions: { code: 'NOT_FOUND' } }],
        }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Quitter Lyon Recovery Alliance' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Quitter Lyon Recovery Alliance ?' });
    expect(within(dialog).queryByText(/pair mentor y prend fin/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Oui, quitter Lyon Recovery Alliance' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Vous ne faites pas partie de cette alliance.');
  });
});
