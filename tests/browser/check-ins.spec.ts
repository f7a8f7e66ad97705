import { checkA11y, expect, newPerson, signIn, snap, test } from './fixtures';

const languages = [
  {
    locale: 'en',
    title: 'Check-ins',
    mood: 'How do you feel?',
    good: 'Good',
    cravings: /How strong are cravings/,
    note: /A note for yourself/,
    save: 'Save my check-in',
    saved: 'Thank you for checking in.',
    entry: 'Feeling: Good. Cravings: 2 of 10.',
  },
  {
    locale: 'fr',
    title: 'Points du jour',
    mood: 'Comment vous sentez-vous ?',
    good: 'Bien',
    cravings: /Quelle est la force de l'envie/,
    note: /Une note pour vous/,
    save: 'Enregistrer mon point du jour',
    saved: "Merci d'avoir pris ce moment.",
    entry: 'Humeur : Bien. Envie : 2 sur 10.',
  },
] as const;

for (const words of languages) {
  test(`a member makes a check-in and sees it in the history (${words.locale})`, async ({ page, context }) => {
    const person = await newPerson({ locale: words.locale });
    await signIn(context, person);
    await page.goto('/check-ins');
    await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
    await checkA11y(page);

    await page.getByRole('radiogroup', { name: words.mood }).getByRole('radio', { name: words.good, exact: true }).check({ force: true });
    await page.getByRole('radiogroup', { name: words.cravings }).getByRole('radio', { name: '2', exact: true }).check({ force: true });
    await page.getByRole('textbox', { name: words.note }).fill('A walk by the river');
    await page.getByRole('button', { name: words.save }).click();

    await expect(page.getByText(words.saved)).toBeVisible();
    await expect(page.getByText(words.entry)).toBeVisible();
    await expect(page.getByText('A walk by the river')).toBeVisible();
    await checkA11y(page);
    await snap(page, `check-ins-${words.locale}`);
  });
}
