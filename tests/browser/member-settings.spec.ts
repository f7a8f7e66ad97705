import { randomBytes } from 'node:crypto';
import { allianceWithMembers, joinAsMembers, must, vetMentor } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { graphql } from '@kindred/test-support/graphql-client';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.7' };
const INTRO = 'I would like someone to talk to about getting back into training.';

interface Scene {
  rosa: Person;
  sam: Person;
}

/**
 * An alliance where Rosa (who reads French) is a vetted mentor and Sam, a member new to
 * Kindred, has asked her to mentor him; Sam is also a supporter in Noor's circle. All set up
 * through the API, as the coordinator and the people would.
 */
async function scene(): Promise<Scene> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const { admin, allianceId } = await allianceWithMembers(api, env, 0, options);
  const [rosa, sam, noor] = await Promise.all([
    newPerson({ displayName: 'Rosa', locale: 'fr' }),
    newPerson({ displayName: 'Sam', locale: 'en' }),
    newPerson({ displayName: 'Noor', locale: 'en' }),
  ]);
  await joinAsMembers(api, allianceId, admin.accessToken, [rosa, sam], options);
  // Only Rosa is aged: mentors are people who have been here a while; Sam's standing shows a new account's limits.
  await ageAccounts(env, [rosa.userId], 30);
  await vetMentor(
    api,
    allianceId,
    admin.accessToken,
    rosa,
    {
      livedExperienceSummary: 'Five years in recovery with the help of medication; I love helping people find work or training.',
      pathways: ['MEDICATION_ASSISTED'],
      yearsInRecovery: 5,
      languages: ['en', 'fr'],
      focusDomains: ['SKILLS_AND_EDUCATION'],
      availability: [{ day: 'TUESDAY', start: '18:00', end: '21:00' }],
      maxMentees: 3,
      trainingCompleted: [],
    },
    options,
  );
  await must(
    api,
    'mutation($m: ID!, $i: String) { requestMentorship(mentorId: $m, intro: $i) { id } }',
    { m: rosa.userId, i: INTRO },
    sam.accessToken,
    options,
  );
  await must(api, 'mutation { renameSupportCircle(name: "Noor’s people") { id } }', {}, noor.accessToken, options);
  const { inviteToCircle } = await must<{ inviteToCircle: { id: string } }>(
    api,
    'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }',
    { u: sam.userId },
    noor.accessToken,
    options,
  );
  await must(api, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id }, sam.accessToken, options);
  return { rosa, sam };
}

test('a mentor says yes to a request in French; the member changes their password, signs in again, reads their standing and leaves a circle and the alliance', async ({
  page,
  context,
  browser,
}) => {
  // Two people, a password hashed twice and seven pages.
  test.setTimeout(90_000);
  const { rosa, sam } = await scene();
  const api = stackValue('baseUrl');

  // Rosa, in French, finds Sam's request with his words, and that she is open to requests.
  const rosaContext = await browser.newContext({ baseURL: api, locale: 'fr-FR' });
  await signIn(rosaContext, rosa);
  const rosaPage = await rosaContext.newPage();
  await rosaPage.goto('/mentoring');
  await expect(rosaPage.getByRole('heading', { level: 1, name: 'Mentorat' })).toBeVisible({ timeout: 15_000 });
  const request = rosaPage.getByRole('region', { name: 'Demandes qui vous attendent' }).getByRole('article', { name: 'Sam' });
  await expect(request.getByText(INTRO)).toBeVisible();
  await expect(request.getByText(/Merci de répondre avant le/)).toBeVisible();
  await expect(rosaPage.getByText('Vous êtes disponible : on peut vous demander d’être mentor.')).toBeVisible();
  await expect(rosaPage.getByText(/^Places occupées : 0 sur 3\./)).toBeVisible();
  await checkA11y(rosaPage);
  await snap(rosaPage, 'mentoring-request-fr');

  await request.getByRole('button', { name: 'Dire oui à Sam' }).click();
  const mentees = rosaPage.getByRole('region', { name: 'Les personnes que vous accompagnez' });
  await expect(mentees.getByRole('article', { name: 'Sam' }).getByText('En cours.')).toBeVisible({ timeout: 15_000 });
  await expect(mentees.getByRole('link', { name: 'Écrire à Sam' })).toBeVisible();
  await expect(rosaPage.getByText(/Aucune demande en attente/)).toBeVisible();
  await expect(rosaPage.getByText(/^Places occupées : 1 sur 3\./)).toBeVisible();
  await checkA11y(rosaPage);
  await snap(rosaPage, 'mentoring-accepted-fr');

  // She chooses to mentor two people at most for now, within the alliance’s limit of three.
  await rosaPage.getByRole('button', { name: 'Changer le nombre de personnes que j’accompagne' }).click();
  const places = rosaPage.getByRole('form', { name: 'Changer le nombre de personnes que j’accompagne' });
  await places.getByRole('spinbutton', { name: /Combien de personnes/ }).fill('2');
  await checkA11y(rosaPage);
  await snap(rosaPage, 'mentoring-places-fr');
  await places.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(rosaPage.getByText(/^Places occupées : 1 sur 2\./)).toBeVisible({ timeout: 15_000 });

  // Her standing, in French: nothing decided about her, and the new-account limits long lifted.
  await rosaPage.goto('/standing');
  await expect(rosaPage.getByRole('heading', { level: 1, name: 'La modération et votre compte' })).toBeVisible({ timeout: 15_000 });
  await expect(rosaPage.getByText('Vous pouvez écrire et publier comme d’habitude.')).toBeVisible();
  await expect(rosaPage.getByText('Les limites des nouveaux comptes sont levées.')).toBeVisible();
  await expect(rosaPage.getByText('Vous pouvez partager des liens.', { exact: true })).toBeVisible();
  await checkA11y(rosaPage);
  await snap(rosaPage, 'standing-fr');

  // The mentorship started for real: Sam is Rosa's mentee.
  const { myMentorships } = await must<{ myMentorships: { role: string; state: string; mentorId: string }[] }>(
    api,
    '{ myMentorships { role state mentorId } }',
    {},
    sam.accessToken,
    options,
  );
  expect(myMentorships).toEqual([{ role: 'MEMBER', state: 'ACTIVE', mentorId: rosa.userId }]);
  await rosaContext.close();

  // Sam changes his password; a wrong current one is refused kindly first.
  await signIn(context, sam);
  await page.goto('/profile');
  const passwordForm = page.getByRole('form', { name: 'Your password' });
  await expect(passwordForm).toBeVisible({ timeout: 15_000 });
  const newPassword = `steady river ${randomBytes(4).toString('hex')}`;
  await passwordForm.getByLabel('Your current password').fill('not the one I use');
  await passwordForm.getByLabel('New password', { exact: true }).fill(newPassword);
  await passwordForm.getByLabel('New password, once more').fill(newPassword);
  await passwordForm.getByRole('button', { name: 'Change my password' }).click();
  await expect(passwordForm.getByRole('alert')).toContainText('Your current password is not right.', { timeout: 15_000 });
  await checkA11y(page);
  await snap(page, 'settings-password-wrong-en');
  await passwordForm.getByLabel('Your current password').fill(sam.password);
  await passwordForm.getByRole('button', { name: 'Change my password' }).click();
  await expect(passwordForm.getByText('Your password is changed. Your other devices are signed out.')).toBeVisible({ timeout: 15_000 });
  await checkA11y(page);
  await snap(page, 'settings-password-changed-en');
  // As the form promised, this device stays signed in, and the session set up through the API (another device) is signed out.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible({ timeout: 15_000 });
  const signedOut = await graphql(api, '{ me { id } }', {}, sam.accessToken, options);
  expect(signedOut.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

  // On another device, the old password no longer opens the account, and the new one does.
  const otherContext = await browser.newContext({ baseURL: api, locale: 'en-GB' });
  const other = await otherContext.newPage();
  await other.goto('/sign-in');
  await other.getByLabel('Email address').fill(sam.email);
  await other.getByLabel('Password', { exact: true }).fill(sam.password);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('alert')).toContainText('That email and password do not match an account.', { timeout: 15_000 });
  await other.getByLabel('Password', { exact: true }).fill(newPassword);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other).not.toHaveURL(/sign-in/, { timeout: 15_000 });
  await checkA11y(other);

  // His standing: a new account, with the limits and the day they lift said plainly.
  await other.goto('/standing');
  await expect(other.getByRole('heading', { level: 1, name: 'Moderation and your account' })).toBeVisible({ timeout: 15_000 });
  await expect(other.getByText(/Your account is new/)).toBeVisible();
  await expect(other.getByText(/These limits lift on/)).toBeVisible();
  await checkA11y(other);
  await snap(other, 'standing-new-account-en');

  // He leaves Noor's circle, after reading what that ends.
  await other.goto('/shared-with-me');
  await other.getByRole('button', { name: 'Leave “Noor’s people”' }).click({ timeout: 15_000 });
  const leaveCircle = other.getByRole('alertdialog', { name: 'Leave “Noor’s people”?' });
  await expect(leaveCircle.getByText('Everything Noor shares with you stops at once, and you leave the circle’s conversation.')).toBeVisible();
  await checkA11y(other);
  await snap(other, 'settings-leave-circle-en');
  await leaveCircle.getByRole('button', { name: 'Yes, leave the circle' }).click();
  await expect(other.getByText('You left “Noor’s people”. Nothing is shared with you from there any more.')).toBeVisible({ timeout: 15_000 });
  await expect(other.getByRole('button', { name: 'Leave “Noor’s people”' })).toHaveCount(0);
  await checkA11y(other);
  await snap(other, 'settings-circle-left-en');

  // And the alliance, after its confirmation.
  await other.goto('/alliances');
  const allianceName =
    (await other
      .getByRole('main')
      .getByRole('heading', { level: 2, name: /^E2E alliance/ })
      .textContent({ timeout: 15_000 })) ?? '';
  await other.getByRole('button', { name: `Leave ${allianceName}` }).click();
  const leaveAlliance = other.getByRole('alertdialog', { name: `Leave ${allianceName}?` });
  // Sam is only a member there: the words do not list ways of taking part he never had.
  await expect(leaveAlliance.getByText(`You will leave ${allianceName} in every way you take part in it.`, { exact: false })).toBeVisible();
  await expect(leaveAlliance.getByText(/peer mentor/)).toHaveCount(0);
  await expect(leaveAlliance.getByText('You can ask to join again whenever you like.')).toBeVisible();
  await checkA11y(other);
  await snap(other, 'settings-leave-alliance-en');
  await leaveAlliance.getByRole('button', { name: `Yes, leave ${allianceName}` }).click();
  await expect(other.getByText(`You left ${allianceName}. You can ask to join again whenever you like.`)).toBeVisible({ timeout: 15_000 });
  await expect(other.getByRole('heading', { level: 2, name: allianceName })).toHaveCount(0);
  await checkA11y(other);
  await snap(other, 'settings-alliance-left-en');

  const { login } = await must<{ login: { accessToken: string } }>(
    api,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: sam.email, p: newPassword },
    undefined,
    options,
  );
  const { myAllianceMemberships } = await must<{ myAllianceMemberships: { status: string }[] }>(
    api,
    '{ myAllianceMemberships { status } }',
    {},
    login.accessToken,
    options,
  );
  expect(myAllianceMemberships.map((membership) => membership.status)).toEqual(['LEFT']);
  await otherContext.close();
});
