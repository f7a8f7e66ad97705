import type { BrowserContext, Page } from '@playwright/test';
import { allianceWithMembers, joinAsMembers, must } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.3' };
const RUDE = 'You are useless and everyone here thinks so.';

/**
 * An alliance with a group conversation where Sam and Rosa talk, and two moderators: Camille
 * (who reads French) and Alex. Set up through the API, as the coordinator would.
 */
async function sceneWithGroup(): Promise<{ sam: Person; rosa: Person; camille: Person; alex: Person; groupId: string; messageId: string }> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const { admin, allianceId } = await allianceWithMembers(api, env, 0, options);
  const [sam, rosa, camille, alex] = await Promise.all([
    newPerson({ displayName: 'Sam', locale: 'en' }),
    newPerson({ displayName: 'Rosa', locale: 'en' }),
    newPerson({ displayName: 'Camille', locale: 'fr' }),
    newPerson({ displayName: 'Alex', locale: 'en' }),
  ]);
  await joinAsMembers(api, allianceId, admin.accessToken, [sam, rosa, camille, alex], options);
  await ageAccounts(env, [sam.userId, rosa.userId, camille.userId, alex.userId], 30);
  for (const moderator of [camille, alex]) {
    await must(
      api,
      'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }',
      { a: allianceId, u: moderator.userId },
      admin.accessToken,
      options,
    );
  }
  const { createAllianceGroup } = await must<{ createAllianceGroup: { id: string } }>(
    api,
    'mutation($a: ID!) { createAllianceGroup(allianceId: $a, title: "Thursday circle") { id } }',
    { a: allianceId },
    admin.accessToken,
    options,
  );
  for (const person of [sam, rosa]) {
    await must(
      api,
      'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }',
      { c: createAllianceGroup.id, u: person.userId },
      admin.accessToken,
      options,
    );
  }
  const { sendMessage } = await must<{ sendMessage: { id: string } }>(
    api,
    'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }',
    { c: createAllianceGroup.id, b: RUDE },
    rosa.accessToken,
    options,
  );
  return { sam, rosa, camille, alex, groupId: createAllianceGroup.id, messageId: sendMessage.id };
}

async function pageFor(context: BrowserContext, person: Person): Promise<Page> {
  await signIn(context, person);
  return context.newPage();
}

test('a member reports a message; a moderator decides in French; the author appeals; another moderator decides; a reversal', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(180_000);
  const { sam, rosa, camille, alex, groupId } = await sceneWithGroup();
  const baseURL = stackValue('baseUrl');

  // Sam reports Rosa's message from the conversation, and finds the moderation pages are not his.
  await signIn(context, sam);
  await page.goto(`/messages/${groupId}`);
  const message = page.getByRole('log').getByRole('listitem').filter({ hasText: RUDE });
  await message.getByRole('button', { name: 'Options' }).click({ timeout: 15_000 });
  await message.getByRole('button', { name: 'Report' }).click();
  const report = page.getByRole('dialog', { name: 'Report this message' });
  await report.getByRole('radio', { name: 'It is hurtful, threatening or insulting' }).check({ force: true });
  await report.getByRole('button', { name: 'Send the report' }).click();
  await expect(report.getByText(/Thank you for telling us/)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('/moderation');
  await expect(page.getByRole('heading', { level: 1, name: 'Keeping Kindred safe' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('This page is not part of your space')).toBeVisible();
  await checkA11y(page);
  await snap(page, 'moderation-not-yours-en');

  // Camille, in French, finds the case in her queue: what it is about, not its words.
  const camilleContext = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const camillePage = await pageFor(camilleContext, camille);
  await camillePage.goto('/moderation');
  const caseLink = camillePage.getByRole('link', { name: 'Un message de Rosa' });
  await expect(caseLink).toBeVisible({ timeout: 15_000 });
  await expect(camillePage.getByText(RUDE)).toHaveCount(0);
  await checkA11y(camillePage);
  await snap(camillePage, 'moderation-queue-fr');

  // Inside the case the words wait behind a gentle note until she asks for them.
  await caseLink.click();
  await expect(camillePage.getByText(/Ce contenu peut comporter des mots blessants/)).toBeVisible({ timeout: 15_000 });
  await expect(camillePage.getByText(RUDE)).toHaveCount(0);
  await checkA11y(camillePage);
  await camillePage.getByRole('button', { name: 'Afficher ce qui a été écrit' }).click();
  await expect(camillePage.locator('blockquote').getByText(RUDE)).toBeVisible();
  await camillePage.getByRole('radio', { name: /Masquer le contenu/ }).check({ force: true });
  await camillePage.getByRole('textbox', { name: /Votre raison/ }).fill('Les insultes ne sont pas acceptées ici.');
  await checkA11y(camillePage);
  await snap(camillePage, 'moderation-case-fr');
  await camillePage.getByRole('button', { name: 'Décider', exact: true }).click();
  await expect(camillePage.getByRole('button', { name: 'Annuler cette décision' })).toBeVisible({ timeout: 15_000 });
  await expect(camillePage.getByText('Décidé', { exact: true })).toBeVisible();

  // Rosa learns of it from her notifications, reads the reason and asks for a second look.
  const rosaContext = await browser.newContext({ baseURL, locale: 'en-GB' });
  const rosaPage = await pageFor(rosaContext, rosa);
  await rosaPage.goto('/notifications');
  await rosaPage.getByRole('link', { name: 'See the decision' }).first().click({ timeout: 15_000 });
  await expect(rosaPage.getByRole('heading', { level: 1, name: 'Moderation and your account' })).toBeVisible();
  const decision = rosaPage.getByRole('article', { name: 'A moderator hid your message' });
  await expect(decision.getByText('Their reason: Les insultes ne sont pas acceptées ici.')).toBeVisible();
  await decision.getByRole('button', { name: 'Ask for a second look' }).click();
  await decision.getByRole('textbox', { name: /Your side of it/ }).fill('I was quoting what someone said to me last week.');
  await checkA11y(rosaPage);
  await snap(rosaPage, 'moderation-standing-en');
  await decision.getByRole('button', { name: 'Send my appeal' }).click();
  await expect(decision.getByText('You appealed. A different moderator will look at it.')).toBeVisible({ timeout: 15_000 });

  // Camille is not offered the appeal against her own decision.
  await camillePage.goto('/moderation/appeals');
  await expect(camillePage.getByText('Aucun appel en attente')).toBeVisible({ timeout: 15_000 });
  await checkA11y(camillePage);

  // Alex is, and lets the decision stand with his words to Rosa.
  const alexContext = await browser.newContext({ baseURL, locale: 'en-GB' });
  const alexPage = await pageFor(alexContext, alex);
  await alexPage.goto('/moderation/appeals');
  const appeal = alexPage.getByRole('article', { name: /Appeal from/ });
  await expect(appeal.getByText('I was quoting what someone said to me last week.')).toBeVisible({ timeout: 15_000 });
  await appeal.getByRole('radio', { name: 'The decision stands' }).check({ force: true });
  await appeal.getByRole('textbox', { name: /Your words to the person/ }).fill('Quoting insults still hurts the group. Thank you for explaining.');
  await checkA11y(alexPage);
  await snap(alexPage, 'moderation-appeals-en');
  await appeal.getByRole('button', { name: 'Send the decision' }).click();
  await expect(alexPage.getByText(/The person is told the decision stands/)).toBeVisible({ timeout: 15_000 });
  await expect(alexPage.getByText('No appeals waiting')).toBeVisible();

  // Later, Camille undoes her decision from the cases decided recently.
  await camillePage.goto('/moderation');
  await camillePage
    .getByRole('button', { name: /Afficher/ })
    .first()
    .click();
  await camillePage.getByRole('option', { name: 'Décidés récemment' }).click();
  await camillePage.getByRole('link', { name: 'Un message de Rosa' }).click({ timeout: 15_000 });
  await camillePage.getByRole('button', { name: 'Annuler cette décision' }).click({ timeout: 15_000 });
  await camillePage.getByRole('textbox', { name: /Pourquoi vous l’annulez/ }).fill('Après relecture, c’était une citation.');
  await camillePage.getByRole('button', { name: 'Annuler la décision' }).click();
  await expect(camillePage.getByText('Afficher de nouveau le contenu')).toBeVisible({ timeout: 15_000 });
  await checkA11y(camillePage);
  await snap(camillePage, 'moderation-reversal-fr');

  // Beyond the case, Camille sends Rosa a warning about her account; it joins what was decided about Rosa before.
  await expect(camillePage.getByText('Rien n’a été décidé avant au sujet de Rosa, en dehors de ce dossier.')).toBeVisible();
  await camillePage.getByRole('button', { name: 'Prendre une décision concernant Rosa' }).click();
  const aboutRosa = camillePage.getByRole('form', { name: 'Prendre une décision concernant Rosa' });
  await aboutRosa.getByRole('radio', { name: /Avertir la personne/ }).check({ force: true });
  await aboutRosa.getByRole('textbox', { name: /Votre raison/ }).fill('Même pour citer, gardons des mots qui ne blessent pas le groupe.');
  await checkA11y(camillePage);
  await snap(camillePage, 'moderation-person-fr');
  await aboutRosa.getByRole('button', { name: 'Décider', exact: true }).click();
  await expect(camillePage.getByText('Même pour citer, gardons des mots qui ne blessent pas le groupe.')).toBeVisible({ timeout: 15_000 });
  await expect(aboutRosa).toHaveCount(0);

  // Rosa sees it undone, and Sam sees the message again.
  await rosaPage.reload();
  await expect(rosaPage.getByRole('article', { name: 'A moderator hid your message' }).getByText('This decision was undone since.')).toBeVisible({
    timeout: 15_000,
  });
  await expect(rosaPage.getByRole('article', { name: 'A moderator sent you a warning' })).toBeVisible();
  await page.goto(`/messages/${groupId}`);
  await expect(page.getByRole('log').getByText(RUDE)).toBeVisible({ timeout: 15_000 });
  for (const opened of [camilleContext, rosaContext, alexContext]) await opened.close();
});
