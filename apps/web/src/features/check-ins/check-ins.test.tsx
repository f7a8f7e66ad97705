import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const noRhythm = { __typename: 'CheckinPreferences', cadence: null, days: [], localTime: null, nextReminderAt: null };
const checkin = { __typename: 'Checkin', id: 'c1', checkedInAt: '2026-12-04T10:00:00Z', mood: 4, cravings: 2, note: 'Walked by the river' };
const history = (nodes: Record<string, unknown>[]) => ({
  data: { myCheckins: { __typename: 'CheckinConnection', edges: nodes.map((node) => ({ __typename: 'CheckinEdge', node })) } },
});

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
        MyCheckinRhythm: () => ({ data: { myCheckinPreferences: noRhythm } }),
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

  it('deletes one check-in only after asking', async () => {
    let nodes: Record<string, unknown>[] = [checkin];
    const deleted: unknown[] = [];
    renderSignedIn({
      path: '/check-ins',
      graphql: {
        MyCheckins: () => history(nodes),
        MyCheckinRhythm: () => ({ data: { myCheckinPreferences: noRhythm } }),
        DeleteCheckin: ({ variables }) => {
          deleted.push(variables['checkinId']);
          nodes = [];
          return { data: { deleteCheckin: true } };
        },
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: /^Delete the check-in of/ }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete this check-in?' });
    expect(within(confirm).getByText(/Your other check-ins stay as they are/)).toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(deleted).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: /^Delete the check-in of/ }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByRole('heading', { name: 'No check-ins yet' })).toBeInTheDocument();
    expect(deleted).toEqual(['c1']);
  });

  it('shows the API refusal to delete as it is worded', async () => {
    renderSignedIn({
      path: '/check-ins',
      graphql: {
        MyCheckins: () => history([checkin]),
        MyCheckinRhythm: () => ({ data: { myCheckinPreferences: noRhythm } }),
        DeleteCheckin: () => ({ errors: [{ message: 'We could not find this check-in.', extensions: { code: 'NOT_FOUND' } }] }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /^Delete the check-in of/ }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes, delete it' }));
    expect(await within(screen.getByRole('alertdialog')).findByText('We could not find this check-in.')).toBeInTheDocument();
  });

  it('sets a reminder rhythm on chosen days, and stops it', async () => {
    const set: unknown[] = [];
    renderSignedIn({
      path: '/check-ins',
      // Away from home: the reminder is at 08:30 in Tokyo, the time zone of the person's profile, whatever this device's.
      me: { timeZone: 'Asia/Tokyo' },
      graphql: {
        MyCheckins: () => history([]),
        MyCheckinRhythm: () => ({ data: { myCheckinPreferences: noRhythm } }),
        SetCheckinRhythm: ({ variables }) => {
          set.push(variables['input']);
          return {
            data: {
              setCheckinRhythm: {
                ...noRhythm,
                cadence: 'FEW_TIMES_A_WEEK',
                days: ['TUESDAY', 'THURSDAY'],
                localTime: '08:30',
                nextReminderAt: '2026-12-07T23:30:00Z',
              },
            },
          };
        },
        StopCheckinReminders: () => ({ data: { stopCheckinReminders: noRhythm } }),
      },
    });

    expect(await screen.findByText(/You get no reminders to check in/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Choose reminders' }));
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'How often would you like a reminder?' })).getByRole('radio', { name: 'A few days a week' }),
    );
    const days = screen.getByRole('group', { name: 'Which days?' });
    await userEvent.click(within(days).getByRole('checkbox', { name: 'Tuesday' }));
    await userEvent.click(within(days).getByRole('checkbox', { name: 'Thursday' }));
    const time = screen.getByRole('textbox', { name: /What time/ });
    await userEvent.clear(time);
    await userEvent.type(time, '08:30');
    await userEvent.click(screen.getByRole('button', { name: 'Save my reminders' }));

    expect(await screen.findByText('We remind you on Tuesday and Thursday at 08:30.')).toBeInTheDocument();
    expect(screen.getByText(/^Next reminder: Tuesday, December 8, 2026 at 8:30/)).toBeInTheDocument();
    expect(screen.getByText(/^Times are in your time zone, Asia\/Tokyo\./)).toBeInTheDocument();
    expect(set).toEqual([{ cadence: 'FEW_TIMES_A_WEEK', days: ['TUESDAY', 'THURSDAY'], localTime: '08:30' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Stop reminders' }));
    expect(await screen.findByText(/Reminders are off/)).toBeInTheDocument();
  });

  it('speaks French about reminders', async () => {
    renderSignedIn({
      path: '/check-ins',
      language: 'fr',
      me: { locale: 'fr' },
      graphql: {
        MyCheckins: () => history([checkin]),
        MyCheckinRhythm: () => ({
          data: { myCheckinPreferences: { ...noRhythm, cadence: 'WEEKLY', days: ['SUNDAY'], localTime: '18:00' } },
        }),
      },
    });
    expect(await screen.findByText('Vous recevez un rappel le dimanche à 18:00.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Arrêter les rappels' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Supprimer le point du/ })).toBeInTheDocument();
  });
});
