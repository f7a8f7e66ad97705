import { graphql } from '@kindred/test-support/graphql-client';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

async function invite(from: Person, to: Person): Promise<void> {
  const response = await graphql(
    stackValue('baseUrl'),
    'mutation($userId: ID!) { inviteToCircle(userId: $userId, relationship: FRIEND) { id } }',
    { userId: to.userId },
    from.accessToken,
  );
  expect(response.errors).toBeUndefined();
}

for (const locale of ['en', 'fr'] as const) {
  const words =
    locale === 'en'
      ? { title: 'Notifications', empty: 'Nothing new for now', markAll: 'Mark all as read', read: /· Read/ }
      : { title: 'Notifications', empty: "Rien de nouveau pour l'instant", markAll: 'Tout marquer comme lu', read: /· Lu/ };

  test(`a notification arrives live and is marked read (${locale})`, async ({ page, context }) => {
    const sam = await newPerson({ displayName: 'Sam Inviting' });
    const alex = await newPerson({ locale });
    await signIn(context, alex);
    await page.goto('/notifications');
    await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
    await expect(page.getByText(words.empty)).toBeVisible();

    await invite(sam, alex);
    const item = page.getByRole('main').getByRole('listitem').first();
    await expect(item).toContainText('invitation', { timeout: 15_000 });
    await checkA11y(page);
    await snap(page, `notifications-${locale}`);
    await expect(item.getByText(words.read)).toHaveCount(0);
    await page.getByRole('button', { name: words.markAll }).click();
    await expect(item.getByText(words.read)).toBeVisible();
  });
}
