import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, type Answer } from '../../testing/app-harness';
import { today } from '../../i18n/days';

const expiresAt = () => new Date(Date.now() + 15 * 60_000).toISOString();
const auth = { '/auth/refresh': () => Response.json({ accessToken: 'a1', accessTokenExpiresAt: expiresAt() }) };
const me = (locale: 'en' | 'fr') => ({
  __typename: 'Account',
  id: 'u1',
  displayName: 'Sam',
  pronouns: null,
  locale,
  timeZone: 'Europe/Paris',
  emailVerified: true,
  roles: ['MEMBER'],
});

const tags = [
  { __typename: 'RecoveryTag', id: 'health.slept-well', kind: 'FACILITATOR', label: 'Slept well' },
  { __typename: 'RecoveryTag', id: 'meaning.nature', kind: 'FACILITATOR', label: 'Time outdoors' },
  { __typename: 'RecoveryTag', id: 'family.loneliness', kind: 'OBSTACLE', label: 'Feeling lonely' },
];

interface Share {
  personId: string;
  displayName: string;
  sharedAt: string;
  visibleNow: boolean;
}
interface Entry {
  id: string;
  entryDate: string;
  body: string;
  tags: string[];
  sharedWith: Share[];
}

const node = (entry: Entry) => ({
  __typename: 'DiaryEntry',
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...entry,
  sharedWith: entry.sharedWith.map((share) => ({ __typename: 'DiaryEntryShare', ...share })),
});
const page = (entries: Entry[]) => ({
  data: {
    myDiaryEntries: {
      __typename: 'DiaryEntryConnection',
      edges: entries.map((entry) => ({ __typename: 'DiaryEntryEdge', node: node(entry) })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});
const grant = (granteeId: string, granteeDisplayName: string, scope = 'DIARY_SHARED') => ({
  __typename: 'ConsentGrant',
  id: `g-${granteeId}`,
  scope,
  active: true,
  granteeId,
  granteeDisplayName,
});

/** A diary over a fake API that keeps its entries, so the page shows what the person did. */
function diaryApi(options: { entries?: Entry[]; grants?: ReturnType<typeof grant>[]; locale?: 'en' | 'fr' } = {}) {
  // Copies: each test changes its own diary.
  const entries = (options.entries ?? []).map((entry) => ({ ...entry, tags: [...entry.tags], sharedWith: [...entry.sharedWith] }));
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const record =
    (operation: string, answer: Answer): Answer =>
    (request) => {
      calls.push({ operation, variables: request.variables });
      return answer(request);
    };
  const find = (id: unknown) => entries.find((entry) => entry.id === id)!;
  const graphql: Record<string, Answer> = {
    Viewer: () => ({ data: { me: me(options.locale ?? 'en') } }),
    DiaryTags: () => ({ data: { recoveryTags: tags } }),
    DiaryReaders: () => ({ data: { mySharingGrants: options.grants ?? [] } }),
    MyDiary: record('MyDiary', ({ variables }) => {
      const tag = (variables['tags'] as string[] | null)?.[0];
      const from = variables['from'] as string | null;
      const to = variables['to'] as string | null;
      return page(entries.filter((entry) => (!tag || entry.tags.includes(tag)) && (!from || entry.entryDate >= from) && (!to || entry.entryDate <= to)));
    }),
    WriteDiaryEntry: record('WriteDiaryEntry', ({ variables }) => {
      const input = variables['input'] as { entryDate: string; body: string; tags: string[] };
      const entry = { id: `e${entries.length + 1}`, ...input, sharedWith: [] };
      entries.unshift(entry);
      return { data: { writeDiaryEntry: node(entry) } };
    }),
    EditDiaryEntry: record('EditDiaryEntry', ({ variables }) => {
      const entry = find(variables['id']);
      Object.assign(entry, variables['input']);
      return { data: { editDiaryEntry: node(entry) } };
    }),
    DeleteDiaryEntry: record('DeleteDiaryEntry', ({ variables }) => {
      entries.splice(entries.indexOf(find(variables['id'])), 1);
      return { data: { deleteDiaryEntry: { __typename: 'Acknowledgement', ok: true } } };
    }),
    ShareDiaryEntry: record('ShareDiaryEntry', ({ variables }) => {
      const entry = find(variables['id']);
      for (const personId of variables['granteeIds'] as string[]) {
        const name = options.grants?.find((g) => g.granteeId === personId)?.granteeDisplayName ?? personId;
        entry.sharedWith.push({ personId, displayName: name, sharedAt: '2026-11-21T09:00:00.000Z', visibleNow: true });
      }
      return { data: { shareDiaryEntry: node(entry) } };
    }),
    ShareDiaryEntryWithEveryoneAllowed: record('ShareDiaryEntryWithEveryoneAllowed', ({ variables }) => {
      const entry = find(variables['id']);
      for (const allowed of (options.grants ?? []).filter((g) => g.scope === 'DIARY_SHARED')) {
        if (!entry.sharedWith.some((share) => share.personId === allowed.granteeId)) {
          entry.sharedWith.push({
            personId: allowed.granteeId,
            displayName: allowed.granteeDisplayName,
            sharedAt: '2026-11-21T09:00:00.000Z',
            visibleNow: true,
          });
        }
      }
      return { data: { shareDiaryEntryWithEveryoneAllowed: node(entry) } };
    }),
    MyDiaryEntry: record('MyDiaryEntry', ({ variables }) => {
      const entry = entries.find((candidate) => candidate.id === variables['id']);
      return entry
        ? { data: { myDiaryEntry: node(entry) } }
        : { data: null, errors: [{ message: 'We could not find this diary entry. It may have been deleted.', extensions: { code: 'NOT_FOUND' } }] };
    }),
    UnshareDiaryEntry: record('UnshareDiaryEntry', ({ variables }) => {
      const entry = find(variables['id']);
      entry.sharedWith = entry.sharedWith.filter((share) => !(variables['granteeIds'] as string[]).includes(share.personId));
      return { data: { unshareDiaryEntry: node(entry) } };
    }),
  };
  return { graphql, calls, entries };
}

const walk: Entry = { id: 'e1', entryDate: '2026-11-20', body: 'A long walk by the river.', tags: ['meaning.nature'], sharedWith: [] };
const card = (day: RegExp) => screen.getByRole('article', { name: day });

describe('diary', () => {
  it('says it is private, invites a first entry, and saves one with a tag', async () => {
    const api = diaryApi();
    renderApp({ path: '/diary', auth, graphql: api.graphql });

    // The first page load also loads the page's code.
    expect(await screen.findByRole('heading', { level: 1, name: 'My diary' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Only you can read it, unless you choose to share an entry/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Your diary is empty for now' })).toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: /What do you want to write/ }), 'Slept through the night.');
    await userEvent.click(screen.getByText(/Add tags/));
    await userEvent.click(within(screen.getByRole('group', { name: 'What helped' })).getByRole('checkbox', { name: 'Slept well' }));
    expect(screen.getByText('Tags chosen: Slept well')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save my entry' }));

    expect(await screen.findByText('Your entry is saved. Only you can read it.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.operation === 'WriteDiaryEntry')?.variables).toEqual({
      input: { entryDate: today(), body: 'Slept through the night.', tags: ['health.slept-well'] },
    });
    const entry = await screen.findByText('Slept through the night.');
    const article = entry.closest('article')!;
    expect(within(article).getByRole('list', { name: 'Tags' })).toHaveTextContent('Slept well');
    expect(within(article).getByText('only you.')).toBeInTheDocument();
    // The form starts again, blank.
    expect(screen.getByRole('textbox', { name: /What do you want to write/ })).toHaveValue('');
  });

  it('searches by tag and by days, and says kindly when nothing matches', async () => {
    const api = diaryApi({
      entries: [walk, { id: 'e2', entryDate: '2026-11-12', body: 'Nobody to call tonight.', tags: ['family.loneliness'], sharedWith: [] }],
    });
    renderApp({ path: '/diary', auth, graphql: api.graphql });
    expect(await screen.findByText('Nobody to call tonight.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /With the tag/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Time outdoors' }));
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: 'Entries found' })).toBeInTheDocument();
    expect(screen.queryByText('Nobody to call tonight.')).not.toBeInTheDocument();
    expect(screen.getByText('A long walk by the river.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show all entries' }));
    expect(await screen.findByText('Nobody to call tonight.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-12' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-11-12' } });
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await expect.poll(() => screen.queryByText('A long walk by the river.')).toBeNull();
    expect(screen.getByText('Nobody to call tonight.')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.operation === 'MyDiary').at(-1)?.variables).toMatchObject({ tags: null, from: '2026-11-12', to: '2026-11-12' });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-11-02' } });
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: 'No entries found' })).toBeInTheDocument();
  });

  it('shares an entry with someone the person allows, shows who can read it, and stops sharing', async () => {
    const api = diaryApi({ entries: [walk], grants: [grant('p-alex', 'Alex'), grant('p-bea', 'Bea'), grant('p-cy', 'Cy', 'CHECKINS')] });
    renderApp({ path: '/diary', auth, graphql: api.graphql });
    expect(await screen.findByText('A long walk by the river.')).toBeInTheDocument();

    await userEvent.click(within(card(/November 20/)).getByRole('button', { name: /^Share the entry of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this entry' });
    const people = within(dialog).getByRole('group', { name: 'Who can read it' });
    // Only people allowed to see shared diary entries are offered: not Cy, who sees check-ins only.
    expect(
      within(people)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Alex', 'Bea']);
    await userEvent.click(within(people).getByRole('checkbox', { name: 'Alex' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save who can read it' }));

    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(api.calls.find((call) => call.operation === 'ShareDiaryEntry')?.variables).toEqual({ id: 'e1', granteeIds: ['p-alex'] });
    expect(within(card(/November 20/)).getByText('you, and Alex.')).toBeInTheDocument();
    expect(within(card(/November 20/)).getByText(/Shared with Alex since/)).toBeInTheDocument();

    await userEvent.click(within(card(/November 20/)).getByRole('button', { name: /^Share the entry of/ }));
    const again = await screen.findByRole('dialog', { name: 'Share this entry' });
    expect(within(again).getByRole('checkbox', { name: 'Alex' })).toBeChecked();
    await userEvent.click(within(again).getByRole('checkbox', { name: 'Alex' }));
    await userEvent.click(within(again).getByRole('button', { name: 'Save who can read it' }));
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(api.calls.find((call) => call.operation === 'UnshareDiaryEntry')?.variables).toEqual({ id: 'e1', granteeIds: ['p-alex'] });
    expect(within(card(/November 20/)).getByText('only you.')).toBeInTheDocument();
  });

  it('shares an entry with everyone allowed in one step, naming them first', async () => {
    const api = diaryApi({ entries: [walk], grants: [grant('p-alex', 'Alex'), grant('p-bea', 'Bea'), grant('p-cy', 'Cy', 'CHECKINS')] });
    renderApp({ path: '/diary', auth, graphql: api.graphql });
    await userEvent.click(await within(await screen.findByRole('article', { name: /November 20/ })).findByRole('button', { name: /^Share the entry of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this entry' });
    expect(within(dialog).getByText('These 2 people can see shared diary entries now: Alex and Bea.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Share with all 2' }));

    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(api.calls.find((call) => call.operation === 'ShareDiaryEntryWithEveryoneAllowed')?.variables).toEqual({ id: 'e1' });
    expect(within(card(/November 20/)).getByText('you, and Alex, Bea.')).toBeInTheDocument();
  });

  it('opens one entry on its own page, and goes back to the diary once it is deleted', async () => {
    const api = diaryApi({ entries: [walk] });
    const app = renderApp({ path: '/diary', auth, graphql: api.graphql });
    await userEvent.click(await within(await screen.findByRole('article', { name: /November 20/ })).findByRole('link', { name: /^Open the entry of/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A diary entry' })).toBeInTheDocument();
    expect(app.router.state.location.pathname).toBe('/diary/e1');
    expect(screen.getByRole('heading', { level: 2, name: /November 20/ })).toBeInTheDocument();
    expect(screen.getByText('A long walk by the river.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Open the entry of/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /^Delete the entry of/ }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: /^Yes/ }));
    await expect.poll(() => app.router.state.location.pathname).toBe('/diary');
  });

  it('says in the API’s words when an entry cannot be opened (in French)', async () => {
    renderApp({ path: '/diary/gone', auth, language: 'fr', graphql: diaryApi({ locale: 'fr' }).graphql });
    expect(await screen.findByRole('heading', { level: 1, name: 'Une page de journal' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('We could not find this diary entry. It may have been deleted.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour à mon journal' })).toHaveAttribute('href', '/diary');
  });

  it('explains how sharing starts when nobody may see shared entries yet', async () => {
    renderApp({ path: '/diary', auth, graphql: diaryApi({ entries: [walk] }).graphql });
    expect(await screen.findByText('A long walk by the river.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Share the entry of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this entry' });
    expect(within(dialog).getByText(/nobody can see shared diary entries, so this entry stays private/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Open My circle' })).toHaveAttribute('href', '/circle');
  });

  it('edits an entry and deletes one only after a confirmation', async () => {
    const api = diaryApi({ entries: [walk] });
    renderApp({ path: '/diary', auth, graphql: api.graphql });
    expect(await screen.findByText('A long walk by the river.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /^Edit the entry of/ }));
    const body = within(card(/November 20/)).getByRole('textbox', { name: /What do you want to write/ });
    expect(body).toHaveValue('A long walk by the river.');
    await userEvent.type(body, ' Then soup with Bea.');
    await userEvent.click(within(card(/November 20/)).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('A long walk by the river. Then soup with Bea.')).toBeInTheDocument();
    expect(api.calls.find((call) => call.operation === 'EditDiaryEntry')?.variables).toEqual({
      id: 'e1',
      input: { entryDate: '2026-11-20', body: 'A long walk by the river. Then soup with Bea.', tags: ['meaning.nature'] },
    });

    await userEvent.click(screen.getByRole('button', { name: /^Delete the entry of/ }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete this entry?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(api.calls.some((call) => call.operation === 'DeleteDiaryEntry')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: /^Delete the entry of/ }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByRole('heading', { name: 'Your diary is empty for now' })).toBeInTheDocument();
    expect(api.calls.find((call) => call.operation === 'DeleteDiaryEntry')?.variables).toEqual({ id: 'e1' });
  });

  it('speaks French', async () => {
    renderApp({ path: '/diary', auth, language: 'fr', graphql: diaryApi({ locale: 'fr', entries: [walk] }).graphql });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon journal' })).toBeInTheDocument();
    expect(await screen.findByText('A long walk by the river.')).toBeInTheDocument();
    expect(within(card(/20 novembre/)).getByText('vous seul·e.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer ma page' })).toBeInTheDocument();
  });
});
