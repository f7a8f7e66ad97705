import { randomBytes } from 'node:crypto';
import { grantRoleWithCli } from '@kindred/test-support/accounts';
import { checkA11y, expect, newPerson, signIn, snap, test } from './fixtures';
import { stackValue } from './stack';

test('an administrator, in French, creates an alliance, appoints a coordinator and a moderator, and reads the audit log filtered', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const morgan = await newPerson({ displayName: 'Morgan', locale: 'fr' });
  const lea = await newPerson({ displayName: 'Léa', locale: 'en' });
  grantRoleWithCli(JSON.parse(stackValue('runEnv')) as Record<string, string>, morgan.email, 'ADMIN');
  const allianceName = `Alliance du Rhin ${randomBytes(2).toString('hex')}`;

  // Léa, a member, is told kindly that these tools are not hers.
  const leaContext = await browser.newContext({ baseURL: stackValue('baseUrl'), locale: 'en-GB' });
  await signIn(leaContext, lea);
  const leaPage = await leaContext.newPage();
  await leaPage.goto('/administration');
  await expect(leaPage.getByRole('heading', { level: 1, name: 'Running Kindred' })).toBeVisible({ timeout: 15_000 });
  await expect(leaPage.getByText(/These tools are for Kindred's administrators/)).toBeVisible();
  await checkA11y(leaPage);
  await leaContext.close();

  // Morgan creates the alliance.
  await signIn(context, morgan);
  await page.goto('/administration');
  await expect(page.getByRole('heading', { level: 1, name: 'Faire vivre Kindred' })).toBeVisible({ timeout: 15_000 });
  const create = page.getByRole('form', { name: 'Créer une alliance' });
  await create.getByRole('textbox', { name: /^Nom/ }).fill(allianceName);
  await create.getByRole('textbox', { name: /^Région/ }).fill('Grand Est');
  await create.getByRole('textbox', { name: /^Ville/ }).fill('Strasbourg');
  await create.getByRole('textbox', { name: /^Codes postaux/ }).fill('67, 68');
  await checkA11y(page);
  await snap(page, 'administration-alliances-fr');
  await create.getByRole('button', { name: 'Créer l’alliance' }).click();
  await page.getByRole('link', { name: `Ouvrir ${allianceName}` }).click({ timeout: 15_000 });

  // Finds Léa by her email and appoints her coordinator.
  await expect(page.getByRole('heading', { level: 1, name: allianceName })).toBeVisible({ timeout: 15_000 });
  const coordinatorLookup = page.getByRole('form', { name: 'E-mail de la personne à nommer à la coordination' });
  await coordinatorLookup.getByRole('textbox').fill(lea.email);
  await coordinatorLookup.getByRole('button', { name: 'Chercher' }).click();
  await page.getByRole('button', { name: 'Nommer Léa à la coordination' }).click({ timeout: 15_000 });
  await expect(page.getByText('Léa coordonne maintenant cette alliance.')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Retirer Léa de la coordination' })).toBeVisible();
  await checkA11y(page);
  await snap(page, 'administration-alliance-fr');

  // Gives her the moderator role.
  await page.goto('/administration/roles');
  await page.getByRole('textbox', { name: /Son adresse e-mail/ }).fill(lea.email);
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.getByRole('button', { name: 'Donner le rôle « Modération »' }).click({ timeout: 15_000 });
  await expect(page.getByText('Léa a maintenant le rôle « Modération ».')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Membre, Coordination, Modération')).toBeVisible();
  await checkA11y(page);
  await snap(page, 'administration-roles-fr');

  // Reads what was done about Léa: roles given, with names rather than ids.
  await page.goto('/administration/audit');
  await page.getByRole('button', { name: /Ce qui s’est passé/ }).click({ timeout: 15_000 });
  await page.getByRole('option', { name: 'Rôle donné' }).click();
  await page.getByRole('textbox', { name: /L’e-mail d’une personne/ }).fill(lea.email);
  await page.getByRole('radio', { name: 'qui concernent cette personne' }).check({ force: true });
  await page.getByRole('button', { name: 'Afficher', exact: true }).click();
  const events = page.getByRole('list', { name: 'Événements, du plus récent au plus ancien' });
  await expect(events.getByRole('listitem').first()).toContainText('par Morgan · concernant Léa', { timeout: 15_000 });
  await expect(events.getByRole('listitem').first()).toContainText('role: MODERATOR');
  await expect(events).toContainText('role: COORDINATOR');
  await expect(events).not.toContainText('Personne cherchée par e-mail');
  await checkA11y(page);
  await snap(page, 'administration-audit-fr');
});
