import type { Page } from '@playwright/test';
import { graphql } from '@kindred/test-support/graphql-client';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const DAY_MS = 86_400_000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

async function as<T>(person: Person, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(stackValue('baseUrl'), query, variables, person.accessToken);
  if (!response.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The refusal's code when `person` asks, or null when they are answered. */
async function refusal(person: Person, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await graphql(stackValue('baseUrl'), query, variables, person.accessToken);
  return response.errors?.[0]?.extensions?.['code'] ?? null;
}

/** Alex and Bea join the member's support circle, and the member lets both see shared diary entries. */
async function circleAllowedToRead(member: Person, people: Person[]): Promise<void> {
  for (const person of people) {
    const invitation = await as<{ inviteToCircle: { id: string } }>(
      member,
      'mutation($userId: ID!) { inviteToCircle(userId: $userId, relationship: FRIEND) { id } }',
      { userId: person.userId },
    );
    await as(person, 'mutation($id: ID!) { acceptCircleInvitation(invitationId: $id) { circleId } }', { id: invitation.inviteToCircle.id });
    await as(member, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
      input: { granteeId: person.userId, scope: 'DIARY_SHARED', purpose: 'So they understand my days', signature: member.displayName },
    });
  }
}

const languages = [
  {
    locale: 'en',
    title: 'My diary',
    empty: 'Your diary is empty for now',
    day: 'Day',
    body: /What do you want to write/,
    tagsOpen: /Add tags/,
    save: 'Save my entry',
    saved: 'Your entry is saved. Only you can read it.',
    outdoors: 'Time outdoors',
    lonely: 'Feeling lonely',
    searchTag: /With the tag/,
    from: 'From',
    to: 'Until',
    search: 'Search',
    found: 'Entries found',
    showAll: 'Show all entries',
    onlyYou: 'only you.',
    share: /^Share the entry of/,
    shareTitle: 'Share this entry',
    shareSave: 'Save who can read it',
    youAndAlex: 'you, and Alex.',
    walk: 'A long walk by the river with my sister. I slept well after.',
    evening: 'A quiet evening on my own. It felt long.',
  },
  {
    locale: 'fr',
    title: 'Mon journal',
    empty: 'Votre journal est encore vide',
    day: 'Jour',
    body: /Qu'avez-vous envie d'écrire/,
    tagsOpen: /Ajouter des mots-clés/,
    save: 'Enregistrer ma page',
    saved: 'Votre page est enregistrée. Vous seul·e pouvez la lire.',
    outdoors: 'Du temps dehors',
    lonely: 'Sentiment de solitude',
    searchTag: /Avec le mot-clé/,
    from: 'Du',
    to: 'Au',
    search: 'Rechercher',
    found: 'Pages trouvées',
    showAll: 'Voir toutes les pages',
    onlyYou: 'vous seul·e.',
    share: /^Partager la page du/,
    shareTitle: 'Partager cette page',
    shareSave: 'Enregistrer qui peut la lire',
    youAndAlex: 'vous, et Alex.',
    walk: 'Une longue marche au bord de la rivière avec ma sœur. Bien dormi ensuite.',
    evening: 'Une soirée calme, seul·e. Elle a semblé longue.',
  },
] as const;

type Words = (typeof languages)[number];

async function write(page: Page, words: Words, day: string, body: string, tag: string, snapName?: string): Promise<void> {
  const form = page.getByRole('form', { name: words.locale === 'fr' ? 'Écrire une page' : 'Write an entry' });
  await form.getByLabel(words.day, { exact: true }).fill(day);
  await form.getByRole('textbox', { name: words.body }).fill(body);
  // The tags stay unfolded from the entry before.
  if ((await form.locator('details[open]').count()) === 0) await form.getByText(words.tagsOpen).click();
  await form.getByRole('checkbox', { name: tag }).check({ force: true });
  if (snapName) {
    await checkA11y(page);
    await snap(page, snapName);
  }
  await form.getByRole('button', { name: words.save }).click();
  await expect(page.getByRole('article').filter({ hasText: body })).toBeVisible();
}

for (const words of languages) {
  test(`a member writes, searches and shares one diary entry with someone they chose (${words.locale})`, async ({ page, context }) => {
    // Three people, six pages snapped on two screens each, on a machine other test runs share.
    test.setTimeout(120_000);
    const [sam, alex, bea] = await Promise.all([
      newPerson({ locale: words.locale, displayName: 'Sam Diary' }),
      newPerson({ displayName: 'Alex' }),
      newPerson({ displayName: 'Bea' }),
    ]);
    await circleAllowedToRead(sam, [alex, bea]);
    await signIn(context, sam);

    await page.goto('/diary');
    await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: words.empty })).toBeVisible();
    await checkA11y(page);
    await snap(page, `diary-empty-${words.locale}`);

    await write(page, words, daysAgo(10), words.walk, words.outdoors, `diary-write-tags-${words.locale}`);
    await expect(page.getByText(words.saved)).toBeVisible();
    await write(page, words, daysAgo(3), words.evening, words.lonely);
    const walk = page.getByRole('article').filter({ hasText: words.walk });
    const evening = page.getByRole('article').filter({ hasText: words.evening });
    await expect(walk.getByText(words.onlyYou)).toBeVisible();
    await expect(walk.getByRole('list').getByText(words.outdoors)).toBeVisible();
    await checkA11y(page);
    await snap(page, `diary-entries-${words.locale}`);

    // By tag: only the walk.
    await page.getByRole('button', { name: words.searchTag }).click();
    await page.getByRole('listbox').getByRole('option', { name: words.outdoors }).click();
    await page.getByRole('button', { name: words.search, exact: true }).click();
    await expect(page.getByRole('heading', { name: words.found })).toBeVisible();
    await expect(evening).toHaveCount(0);
    await expect(walk).toBeVisible();
    await checkA11y(page);
    await snap(page, `diary-search-tag-${words.locale}`);

    // By day: only the evening.
    await page.getByRole('button', { name: words.showAll }).click();
    await expect(evening).toBeVisible();
    await page.getByLabel(words.from, { exact: true }).fill(daysAgo(3));
    await page.getByLabel(words.to, { exact: true }).fill(daysAgo(3));
    await page.getByRole('button', { name: words.search, exact: true }).click();
    await expect(walk).toHaveCount(0);
    await expect(evening).toBeVisible();
    await page.getByRole('button', { name: words.showAll }).click();
    await expect(walk).toBeVisible();

    // Share the walk with Alex, chosen among the two people allowed.
    await walk.getByRole('button', { name: words.share }).click();
    const dialog = page.getByRole('dialog', { name: words.shareTitle });
    await expect(dialog.getByRole('checkbox')).toHaveCount(2);
    await dialog.getByRole('checkbox', { name: 'Alex' }).check({ force: true });
    await checkA11y(page);
    await snap(page, `diary-share-${words.locale}`);
    await dialog.getByRole('button', { name: words.shareSave }).click();
    await expect(dialog).toHaveCount(0);
    await expect(walk.getByText(words.youAndAlex)).toBeVisible();
    await expect(evening.getByText(words.onlyYou)).toBeVisible();
    await checkA11y(page);
    await snap(page, `diary-shared-${words.locale}`);

    // Alex reads the walk, and only the walk; Bea, allowed but not chosen, reads nothing.
    const { myDiaryEntries } = await as<{ myDiaryEntries: { edges: { node: { id: string; body: string } }[] } }>(
      sam,
      '{ myDiaryEntries(first: 10) { edges { node { id body } } } }',
    );
    const idOf = (body: string) => myDiaryEntries.edges.find((edge) => edge.node.body === body)!.node.id;
    const shared = await as<{ sharedDiaryEntry: { body: string; ownerDisplayName: string } }>(
      alex,
      'query($id: ID!) { sharedDiaryEntry(id: $id) { body ownerDisplayName } }',
      { id: idOf(words.walk) },
    );
    expect(shared.sharedDiaryEntry).toEqual({ body: words.walk, ownerDisplayName: 'Sam Diary' });
    const list = await as<{ diaryEntriesSharedWithMe: { edges: { node: { body: string } }[] } }>(
      alex,
      'query($o: ID!) { diaryEntriesSharedWithMe(ownerId: $o) { edges { node { body } } } }',
      { o: sam.userId },
    );
    expect(list.diaryEntriesSharedWithMe.edges.map((edge) => edge.node.body)).toEqual([words.walk]);
    const one = 'query($id: ID!) { sharedDiaryEntry(id: $id) { body } }';
    expect(await refusal(alex, one, { id: idOf(words.evening) })).toBe('NOT_FOUND');
    expect(await refusal(bea, one, { id: idOf(words.walk) })).toBe('NOT_FOUND');
  });
}
