import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

describe('check-ins', () => {
  it('invites a first check-in, asks for mood and cravings, saves it and lists it', async () => {
    const saved: unknown[] = [];
    let history: Record<string, unknown>[] = [];
    renderSignedIn({
      path: '/check-ins',
      graphql: {
        MyCheckins: () => ({
          data: { myCheckins: { __typename: 'CheckinConnection', edges: history.map((node) => ({ __typename: 'CheckinEdge', node })) } },
        }),
        CheckIn: ({ variables }) => {
          saved.push(variables['input']);
          const node = { __typename: 'Checkin', id: 'c1', checkedInAt: '2026-12-04T10:00:00Z', mood: 4, cravings: 2, note: 'Walked by the river' };
          history = [node];
          return { data: { checkIn: node } };
        },
      },
    });

    expect(await screen.findByRole('heading', { name: 'No check-ins yet' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save my check-in' }));
    expect(await screen.findByText('Choose how you feel.')).toBeInTheDocument();
    expect(saved).toEqual([]);

    await userEvent.click(within(screen.getByRole('radiogroup', { name: 'How do you feel?' })).getByRole('radio', { name: 'Good' }));
    await userEvent.click(within(screen.getByRole('radiogroup', { name: /How strong are cravings/ })).getByRole('radio', { name: '2' }));
    await userEvent.type(screen.getByRole('textbox', { name: /A note for yourself/ }), 'Walked by the river');
    await userEvent.click(screen.getByRole('button', { name: 'Save my check-in' }));

    expect(await screen.findByText('Thank you for checking in.')).toBeInTheDocument();
    expect(saved).toEqual([{ mood: 4, cravings: 2, note: 'Walked by the river' }]);
    expect(await screen.findByText('Feeling: Good. Cravings: 2 of 10.')).toBeInTheDocument();
  });
});
