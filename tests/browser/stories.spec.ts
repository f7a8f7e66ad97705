import { allianceWithMembers, joinAsMembers, must } from '@kindred/test-support/alliance-setup';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.2' };

/** The words each step reads and clicks, from apps/web/src/i18n/{en,fr}.json. */
const WORDS = {
  en: {
    browser: 'en-GB',
    title: 'Stories of hope',
    write: 'Write a story',
    titleField: 'Title',
    bodyField: 'Your story',
    publicChoice: /Also share it on Kindred’s public page/,
    showName: /Show my display name there/,
    send: 'Send for review',
    sent: /Thank you. Your story is waiting for a moderator/,
    waiting: 'Waiting for a moderator',
    published: /^Published on/,
    hope: 'This gives me hope',
    hoped: '✓ This gives me hope (1)',
    byline: () => 'By a member of Kindred',
    story: {
      title: 'Mornings got easier',
      body: 'A year ago mornings were the hardest part of the day.\nToday I walk to work and say hello to the baker on the corner.',
    },
  },
  fr: {
    browser: 'fr-FR',
    title: 'Histoires d’espoir',
    write: 'Écrire une histoire',
    titleField: 'Titre',
    bodyField: 'Votre histoire',
    publicChoice: /La partager aussi sur la page publique/,
    showName: /Y afficher mon nom/,
    send: 'Envoyer pour relecture',
    sent: /Merci. Votre histoire attend la relecture/,
    waiting: 'En attente de relecture',
    published: /^Publiée le/,
    hope: 'Ça me donne espoir',
    hoped: '✓ Ça me donne espoir (1)',
    byline: (name: string) => `Par ${name}`,
    story: {
      title: 'Le jardin partagé',
      body: 'Il y a un an, je ne sortais presque plus.\nAujourd’hui, je cultive des tomates avec mes voisins le samedi matin.',
    },
  },
} as const;

interface Scene {
  allianceId: string;
  coordinatorToken: string;
  moderatorToken: string;
}

/** An alliance whose coordinator appointed one of its members moderator: one for both languages, as it takes two administrators. */
async function allianceWithModerator(): Promise<Scene> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const { admin, allianceId, members } = await allianceWithMembers(api, env, 1, options);
  const moderator = members[0]!;
  await must(
    api,
    'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }',
    { a: allianceId, u: moderator.userId },
    admin.accessToken,
    options,
  );
  return { allianceId, coordinatorToken: admin.accessToken, moderatorToken: moderator.accessToken };
}

/** The author joins the alliance, so its moderator answers for their stories to everyone. */
async function join(scene: Scene, person: Person): Promise<void> {
  const api = stackValue('baseUrl');
  await joinAsMembers(api, scene.allianceId, scene.coordinatorToken, [person], options);
}

let scene: Scene;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  scene = await allianceWithModerator();
});

for (const locale of ['en', 'fr'] as const) {
  test(`a member writes a story, a moderator approves it, another member encourages it, and it opens the public door (${locale})`, async ({
    page,
    context,
    browser,
  }) => {
    // Two people register and confirm their address first (argon2 twice each): slow on a busy machine.
    test.setTimeout(120_000);
    const w = WORDS[locale];
    const author = await newPerson({ locale, displayName: locale === 'fr' ? 'Camille' : 'Jordan' });
    const reader = await newPerson({ locale });
    await join(scene, author);
    const { moderatorToken } = scene;
    const api = stackValue('baseUrl');

    await signIn(context, author);
    await page.goto('/stories');
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    await checkA11y(page);
    await snap(page, `stories-${locale}`);

    await page.getByRole('button', { name: w.write }).click();
    await page.getByRole('textbox', { name: w.titleField }).fill(w.story.title);
    await page.getByRole('textbox', { name: w.bodyField }).fill(w.story.body);
    // The box itself is drawn over the hidden input: a person clicks the words beside it.
    await page.getByText(w.publicChoice).click();
    await expect(page.getByRole('checkbox', { name: w.publicChoice })).toBeChecked();
    // In French the author also shows their name on the public page; in English they stay unnamed.
    if (locale === 'fr') await page.getByText(w.showName).click();
    await checkA11y(page);
    await snap(page, `stories-write-${locale}`);
    await page.getByRole('button', { name: w.send }).click();

    await expect(page.getByText(w.sent)).toBeVisible();
    const mine = page.getByRole('article', { name: w.story.title });
    await expect(mine.getByText(w.waiting)).toBeVisible();
    await checkA11y(page);
    await snap(page, `stories-waiting-${locale}`);

    // A moderator of the author's alliance reads it and approves it, through the API.
    const { storiesForReview } = await must<{ storiesForReview: { id: string; title: string; isPublic: boolean }[] }>(
      api,
      '{ storiesForReview { id title isPublic } }',
      {},
      moderatorToken,
      options,
    );
    const waiting = storiesForReview.find((story) => story.title === w.story.title);
    expect(waiting?.isPublic).toBe(true);
    await must(api, 'mutation($s: ID!) { reviewStory(storyId: $s, approve: true) { status } }', { s: waiting?.id }, moderatorToken, options);

    await page.reload();
    await expect(page.getByRole('article', { name: w.story.title }).first().getByText(w.published)).toBeVisible();
    await checkA11y(page);
    await snap(page, `stories-published-${locale}`);

    // Another member reads it and sends encouragement.
    const readerContext = await browser.newContext({ locale: w.browser });
    await signIn(readerContext, reader);
    const readerPage = await readerContext.newPage();
    await readerPage.goto(`${api}/stories`);
    const story = readerPage.getByRole('article', { name: w.story.title });
    await story.getByRole('button', { name: w.hope, exact: true }).click();
    await expect(story.getByRole('button', { name: w.hoped })).toHaveAttribute('aria-pressed', 'true');
    await checkA11y(readerPage);
    await snap(readerPage, `stories-encouraged-${locale}`);
    await readerContext.close();

    // Shared with everyone, it is on the public door, for someone not signed in.
    const visitorContext = await browser.newContext({ locale: w.browser });
    const visitorPage = await visitorContext.newPage();
    await visitorPage.goto(api);
    const onTheDoor = visitorPage.getByRole('article', { name: w.story.title });
    await expect(onTheDoor.getByText(w.byline(author.displayName))).toBeVisible();
    await checkA11y(visitorPage);
    await snap(visitorPage, `door-stories-${locale}`);
    await visitorContext.close();
  });
}
