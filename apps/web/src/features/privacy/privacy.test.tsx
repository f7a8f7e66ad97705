import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSignedIn } from '../../testing/signed-in';

const exportCopy = (status: string) => ({
  __typename: 'DataExport',
  id: 'x1',
  status,
  requestedAt: '2026-12-04T10:00:00.000Z',
  readyAt: status === 'READY' ? '2026-12-04T10:00:05.000Z' : null,
  expiresAt: status === 'READY' ? '2026-12-11T10:00:05.000Z' : null,
});

describe('privacy', () => {
  it('leads to My circle for what is shared and who saw it, so there is one place to change it', async () => {
    renderSignedIn({ path: '/privacy' });
    expect(await screen.findByRole('heading', { name: 'What you share, and with whom' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open My circle' })).toHaveAttribute('href', '/circle');
  });

  it('asks for a copy, shows when it is ready, and fetches it to download', async () => {
    let polls = 0;
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:copy';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const harness = renderSignedIn({
      path: '/privacy',
      graphql: {
        RequestDataExport: () => ({ data: { requestDataExport: exportCopy('REQUESTED') } }),
        DataExportStatus: () => ({ data: { myDataExport: exportCopy(++polls > 1 ? 'READY' : 'REQUESTED') } }),
        DataExportContent: () => ({
          data: { myDataExport: { __typename: 'DataExport', id: 'x1', status: 'READY', content: { account: { displayName: 'Sam' } } } },
        }),
      },
    });
    expect(await screen.findByRole('button', { name: 'Ask for a copy of my data' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ask for a copy of my data' }));
    expect(await screen.findByText(/We are preparing your copy/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Download my data' }, { timeout: 5000 }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(harness.operations).toContain('DataExportContent');
    expect(JSON.parse(await blobs[0]!.text())).toEqual({ account: { displayName: 'Sam' } });
  }, 10_000);

  it('explains what deletion does, asks for the password, then signs out', async () => {
    const deleted: unknown[] = [];
    const harness = renderSignedIn({
      path: '/privacy',
      language: 'fr',
      auth: { '/auth/logout': () => new Response(null, { status: 204 }) },
      me: { locale: 'fr' },
      graphql: {
        DeleteMyAccount: ({ variables }) => {
          deleted.push(variables);
          return { data: { deleteMyAccount: { __typename: 'Acknowledgement', message: 'ok' } } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Supprimer mon compte…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Ce choix est définitif.')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/Votre mot de passe/), 'secret words');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Oui, supprimer mon compte' }));
    await vi.waitFor(() => expect(harness.router.state.location.pathname).toBe('/'));
    expect(deleted).toEqual([{ password: 'secret words' }]);
    expect(harness.session.getSnapshot().status).toBe('signedOut');
  });
});
