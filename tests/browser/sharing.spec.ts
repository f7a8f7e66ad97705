import { allianceWithMembers, must } from '@kindred/test-support/alliance-setup';
import { graphql } from '@kindred/test-support/graphql-client';
import { checkA11y, expect, inbox, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

async function as<T>(person: Person, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(stackValue('baseUrl'), query, variables, person.accessToken);
  if (!response.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data;
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

function inMonths(months: number): string {
  const day = new Date();
  day.setMonth(day.getMonth() + months);
  return day.toISOString().slice(0, 10);
}

/** A member 40 days along, with a check-in today and a goal in their plan: something worth sharing. */
async function memberWithSomethingToShare(locale: 'en' | 'fr'): Promise<Person> {
  const member = await newPerson({ displayName: locale === 'fr' ? 'Camille' : 'Sam', locale });
  await as(member, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { currentStretchDays } }', { d: daysAgo(40) });
  await as(member, 'mutation { checkIn(input: { mood: 4, cravings: 2 }) { id } }');
  await as(member, 'mutation($input: RecoveryGoalInput!) { createRecoveryGoal(input: $input) { id } }', {
    input: { domain: 'PHYSICAL_AND_MENTAL_HEALTH', title: locale === 'fr' ? 'Marcher davantage' : 'Walk more' },
  });
  return member;
}

async function grantWithApi(member: Person, supporter: Person, scope: string, purpose: string): Promise<string> {
  const { grantSharing } = await as<{ grantSharing: { id: string } }>(member, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
    input: { granteeId: supporter.userId, scope, purpose, signature: member.displayName },
  });
  return grantSharing.id;
}

test('a member invites a supporter by email, shares with purpose and end date, stops, and reads who saw what', async ({ page, context, browser }) => {
  // Two people, two browsers, an email and several pages each: the longest walk in this file.
  test.slow();
  const member = await memberWithSomethingToShare('en');
  const supporter = await newPerson({ displayName: 'Alex', locale: 'en' });

  // The member invites Alex by email from their circle page.
  await signIn(context, member);
  await page.goto('/circle');
  await expect(page.getByRole('heading', { name: 'Your circle is waiting for its first person' })).toBeVisible();
  await page.getByLabel('Their email address').fill(supporter.email);
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByText(`Your invitation is on its way to ${supporter.email}.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Invitations waiting for an answer' })).toContainText(supporter.email);
  await checkA11y(page);
  await snap(page, 'circle-invited');

  // Alex follows the emailed link, signed out at first, and reads what joining means.
  const email = await inbox.waitFor(supporter.email, /support circle/i);
  const link = inbox.link(email, '/circles/join');
  const alexContext = await browser.newContext({ baseURL: stackValue('baseUrl') });
  const alex = await alexContext.newPage();
  await alex.goto(link);
  await expect(alex.getByRole('heading', { name: 'What joining a circle means' })).toBeVisible();
  await expect(alex.getByText(/You see only what they choose to share with you/)).toBeVisible();
  await checkA11y(alex);
  await snap(alex, 'circle-join-explained');
  await signIn(alexContext, supporter);
  await alex.goto(link);
  await alex.getByRole('button', { name: 'Yes, I will join' }).click();
  await expect(alex.getByRole('heading', { name: 'You are in the circle' })).toBeVisible();

  // Sam shares check-ins and milestones with Alex, each with a purpose and an end date.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Alex', exact: true })).toBeVisible();
  for (const [what, purpose] of [
    ['Check-ins', 'So Alex sees how my weeks go'],
    ['Milestones', 'To celebrate together'],
  ] as const) {
    await page.getByRole('button', { name: 'Share something with Alex' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: new RegExp(`^${what}`) }).check({ force: true });
    await dialog.getByLabel('Why you share it').fill(purpose);
    await dialog.getByLabel('End date').fill(inMonths(3));
    await dialog.getByLabel('Your signature').fill(member.displayName);
    if (what === 'Check-ins') {
      await checkA11y(page);
      await snap(page, 'circle-grant');
    }
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('list', { name: 'What you share with Alex' }).getByText(purpose, { exact: false })).toBeVisible();
  }
  await grantWithApi(member, supporter, 'PLAN', 'Ideas are welcome');

  // Alex sees the trend as a chart with words, the milestones, and suggests a step.
  await alex.goto('/shared-with-me');
  await expect(alex.getByText(/^Shares with you: .*check-ins/)).toBeVisible();
  await expect(alex.getByText(/^Shares with you: .*milestones/)).toBeVisible();
  await checkA11y(alex);
  await snap(alex, 'shared-with-me');
  await alex.getByRole('link', { name: 'See what Sam shares' }).click();
  await expect(alex.getByRole('heading', { level: 1, name: 'What Sam shares with you' })).toBeVisible();
  await expect(alex.getByText(/Sam checked in once in the last 28 days/)).toBeVisible();
  await expect(alex.getByText('Sam is 40 days along their road.')).toBeVisible();
  await expect(alex.getByText(/Until /).first()).toBeVisible();
  await expect(alex.getByText(/in confidence/i).first()).toBeVisible();
  await alex.getByRole('button', { name: 'Suggest a step' }).click();
  await alex.getByRole('dialog').getByLabel('The step you suggest').fill('Walk with me on Sunday');
  await alex.getByRole('dialog').getByRole('button', { name: 'Send the suggestion' }).click();
  await expect(alex.getByText(/Walk with me on Sunday · Sam has not answered yet/)).toBeVisible();
  await checkA11y(alex);
  await snap(alex, 'shared-person');

  // Sam stops sharing check-ins in one step; Alex is told kindly.
  await page.getByRole('button', { name: 'Stop sharing check-ins with Alex' }).click();
  await expect(page.getByText('You stopped sharing check-ins with Alex. They no longer see it, starting now.')).toBeVisible();
  await alex.reload();
  await expect(alex.getByRole('region', { name: 'Check-ins' }).getByRole('status')).toContainText('Sam has stopped sharing their check-ins with you');
  await expect(alex.getByRole('region', { name: 'Milestones' })).toContainText('Sam is 40 days along their road.');
  await checkA11y(alex);
  await snap(alex, 'shared-person-stopped');

  // Sam reads who saw what, and when.
  await page.reload();
  const whoSaw = page.getByRole('region', { name: 'Who saw what, and when' });
  await expect(whoSaw.getByText('Alex looked at your check-ins.').first()).toBeVisible();
  await expect(whoSaw.getByText('Alex looked at your milestones.').first()).toBeVisible();
  await checkA11y(page);
  await snap(page, 'circle-member');
  await alexContext.close();
});

test('une proche francophone comprend l’invitation, accepte, suggère une étape et apprend avec douceur que le partage s’arrête', async ({ page, context }) => {
  test.slow();
  const member = await memberWithSomethingToShare('fr');
  const supporter = await newPerson({ displayName: 'Dominique', locale: 'fr' });
  await as(member, 'mutation($email: String!) { inviteToCircleByEmail(email: $email, relationship: FAMILY) { id } }', { email: supporter.email });
  const email = await inbox.waitFor(supporter.email, /cercle|circle/i);

  await signIn(context, supporter);
  await page.goto(inbox.link(email, '/circles/join'));
  await expect(page.getByRole('heading', { name: 'Ce que veut dire rejoindre un cercle' })).toBeVisible();
  await checkA11y(page);
  await snap(page, 'circle-join-fr');
  await page.getByRole('button', { name: 'Oui, je rejoins le cercle' }).click();
  await expect(page.getByRole('heading', { name: 'Vous faites partie du cercle' })).toBeVisible();

  const checkins = await grantWithApi(member, supporter, 'CHECKINS', 'Pour que tu voies comment vont mes semaines');
  await grantWithApi(member, supporter, 'MILESTONES', 'Pour fêter ça ensemble');
  await grantWithApi(member, supporter, 'PLAN', 'Tes idées sont les bienvenues');

  await page.getByRole('link', { name: 'Partagé avec moi' }).first().click();
  await page.getByRole('link', { name: 'Voir ce que Camille partage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ce que Camille partage avec vous' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Humeur, semaine par semaine' })).toBeVisible();
  await expect(page.getByText('Camille en est à 40 jours de parcours.')).toBeVisible();
  await page.getByRole('button', { name: 'Suggérer une étape' }).click();
  await page.getByRole('dialog').getByLabel('L’étape que vous suggérez').fill('Une marche ensemble dimanche');
  await page.getByRole('dialog').getByRole('button', { name: 'Envoyer la suggestion' }).click();
  await expect(page.getByText(/Une marche ensemble dimanche · Camille n’a pas encore répondu/)).toBeVisible();
  await checkA11y(page);
  await snap(page, 'shared-person-fr');

  await as(member, 'mutation($g: ID!) { revokeSharing(grantId: $g) { id } }', { g: checkins });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Points du jour' }).getByRole('status')).toContainText('Camille a arrêté de partager');
  await checkA11y(page);
  await snap(page, 'shared-person-stopped-fr');
});

test('a supporter joins their alliance’s group for families and finds its resources', async ({ page, context }) => {
  const api = stackValue('baseUrl');
  const options = { sourceAddress: '127.0.9.7' };
  const { admin, allianceId } = await allianceWithMembers(api, JSON.parse(stackValue('runEnv')) as Record<string, string>, 0, options);
  const supporter = await newPerson({ displayName: 'Robin', roles: ['SUPPORTER'] });
  const { requestToJoinAlliance } = await as<{ requestToJoinAlliance: { id: string } }>(
    supporter,
    'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: SUPPORTER) { id } }',
    { a: allianceId },
  );
  await must(
    api,
    'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }',
    { m: requestToJoinAlliance.id },
    admin.accessToken,
    options,
  );
  await must(
    api,
    'mutation($a: ID!) { createSupporterGroup(allianceId: $a, title: "Families on Thursdays") { id } }',
    { a: allianceId },
    admin.accessToken,
    options,
  );

  await signIn(context, supporter);
  await page.goto('/alliances');
  await expect(page.getByText('Family or friend (supporter)', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Join “Families on Thursdays”' }).click();
  await expect(page.getByRole('link', { name: 'Open the conversation' })).toBeVisible();
  await checkA11y(page);
  await snap(page, 'alliances-supporter');
});
