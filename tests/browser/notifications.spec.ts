import { graphql } from '@kindred/test-support/graphql-client';
import { checkA11y, expect, newPerson, signIn, snap, subscriptionStarted, test, type Person } from './fixtures';
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

for (const locale of ['en', 'fr'] as const) {
  const words =
    locale === 'en'
      ? {
          none: 'Notifications, nothing new',
          one: 'Notifications, 1 unread',
          settingsLink: 'Notification settings',
          title: 'Notification settings',
          kind: 'New messages',
          email: 'By email',
          from: 'From',
          until: 'Until',
          save: 'Save quiet hours',
          saved: 'Your quiet hours are saved.',
          now: /Now: from 21:30 to 06:45/,
          clear: 'Remove quiet hours',
          cleared: 'Your quiet hours are removed.',
        }
      : {
          none: 'Notifications, rien de nouveau',
          one: 'Notifications, 1 non lue',
          settingsLink: 'Réglages des notifications',
          title: 'Réglages des notifications',
          kind: 'Nouveaux messages',
          email: 'Par e-mail',
          from: 'De',
          until: 'Jusqu’à',
          save: 'Enregistrer mes heures calmes',
          saved: 'Vos heures calmes sont enregistrées.',
          now: /En ce moment : de 21:30 à 06:45/,
          clear: 'Supprimer mes heures calmes',
          cleared: 'Vos heures calmes sont supprimées.',
        };

  test(`the header's badge counts live; preferences and quiet hours are saved (${locale})`, async ({ page, context }) => {
    const sam = await newPerson({ displayName: 'Sam Inviting' });
    const alex = await newPerson({ locale });
    await signIn(context, alex);
    const live = subscriptionStarted(page, 'NotificationArrived');
    await page.goto('/notifications');
    await live;
    const badge = page.getByRole('banner').getByRole('link', { name: /^Notifications, / });
    await expect(badge).toHaveAccessibleName(words.none);

    // Something arrives while Alex is on the page: the badge counts it without a reload.
    await invite(sam, alex);
    await expect(badge).toHaveAccessibleName(words.one, { timeout: 15_000 });

    await page.getByRole('link', { name: words.settingsLink }).click();
    await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
    const messages = page.getByRole('group', { name: words.kind });
    await messages.getByRole('switch', { name: words.email }).check({ force: true });
    await page.getByLabel(words.from, { exact: true }).fill('21:30');
    await page.getByLabel(words.until, { exact: true }).fill('06:45');
    await page.getByRole('button', { name: words.save }).click();
    await expect(page.getByText(words.saved)).toBeVisible();
    await expect(page.getByText(words.now)).toBeVisible();
    await checkA11y(page);
    await snap(page, `notification-settings-${locale}`);

    // Saved for real, as Alex chose.
    const saved = await graphql<{ myNotificationPreferences: { kind: string; email: boolean }[]; myQuietHours: { start: string; end: string } | null }>(
      stackValue('baseUrl'),
      '{ myNotificationPreferences { kind email } myQuietHours { start end } }',
      {},
      alex.accessToken,
    );
    expect(saved.data?.myNotificationPreferences.find((preference) => preference.kind === 'NEW_MESSAGE')?.email).toBe(true);
    expect(saved.data?.myQuietHours).toEqual({ start: '21:30', end: '06:45' });

    await page.getByRole('button', { name: words.clear }).click();
    await expect(page.getByText(words.cleared)).toBeVisible();
    await checkA11y(page);
  });
}
