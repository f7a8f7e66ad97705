import { readFileSync } from 'node:fs';
import { graphql } from '@kindred/test-support/graphql-client';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

async function as<T>(person: Person, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(stackValue('baseUrl'), query, variables, person.accessToken);
  if (!response.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** Sam shares check-ins with Alex, who is in Sam's circle, and Alex looks at them once. */
async function sharingScene(sam: Person, alex: Person) {
  const invitation = await as<{ inviteToCircle: { id: string } }>(
    sam,
    'mutation($userId: ID!) { inviteToCircle(userId: $userId, relationship: FRIEND) { id } }',
    {
      userId: alex.userId,
    },
  );
  await as(alex, 'mutation($id: ID!) { acceptCircleInvitation(invitationId: $id) { circleId } }', { id: invitation.inviteToCircle.id });
  await as(sam, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
    input: { granteeId: alex.userId, scope: 'CHECKINS', purpose: 'So Alex knows how my week goes', signature: sam.displayName },
  });
  await as(alex, 'query($ownerId: ID!) { sharedCheckins(ownerId: $ownerId) { __typename } }', { ownerId: sam.userId });
}

test('a member finds what they share, and who saw it, on My circle from Privacy, and stops sharing there', async ({ page, context }) => {
  const sam = await newPerson({ displayName: 'Sam Privacy' });
  const alex = await newPerson({ displayName: 'Alex Circle' });
  await sharingScene(sam, alex);
  await signIn(context, sam);
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await checkA11y(page);
  await snap(page, 'privacy-sharing');
  await page.getByRole('link', { name: 'Open My circle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My circle' })).toBeVisible();
  await expect(page.getByText('Alex Circle looked at your check-ins.')).toBeVisible();
  await page.getByRole('button', { name: 'Stop sharing check-ins with Alex Circle' }).click();
  await expect(page.getByText('You share nothing with Alex Circle right now.')).toBeVisible();
  const grants = await as<{ mySharingGrants: unknown[] }>(sam, '{ mySharingGrants { id } }');
  expect(grants.mySharingGrants).toEqual([]);
});

test('une personne demande une copie de ses données et la télécharge', async ({ page, context }) => {
  const person = await newPerson({ locale: 'fr' });
  await signIn(context, person);
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Confidentialité' })).toBeVisible();
  await page.getByRole('button', { name: 'Demander une copie de mes données' }).click();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Télécharger mes données' }).click({ timeout: 45_000 });
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain(person.email);
  await checkA11y(page);
  await snap(page, 'privacy-copy-fr');
});

test('une personne supprime son compte après une confirmation claire', async ({ page, context }) => {
  const person = await newPerson({ locale: 'fr' });
  await signIn(context, person);
  await page.goto('/privacy');
  await page.getByRole('button', { name: 'Supprimer mon compte…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByText('Ce choix est définitif.')).toBeVisible();
  await checkA11y(page);
  await snap(page, 'privacy-delete-fr');
  await dialog.getByLabel(/Votre mot de passe/).fill(person.password);
  await dialog.getByRole('button', { name: 'Oui, supprimer mon compte' }).click();
  await expect(page).toHaveURL(/\/$/);
  const login = await graphql(stackValue('baseUrl'), 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
    e: person.email,
    p: person.password,
  });
  expect(login.data?.login ?? null).toBeNull();
});
