import { checkA11y, expect, newPerson, signIn, snap, test } from './fixtures';

const languages = [
  {
    locale: 'en',
    title: 'Recovery capital',
    save: 'Save my answers',
    saved: 'Thank you. Your answers are saved.',
    chart: 'Your BARC-10 totals over time',
    summary: '1 answer so far. The latest total is 45 of 60.',
  },
  {
    locale: 'fr',
    title: 'Capital de rétablissement',
    save: 'Enregistrer mes réponses',
    saved: 'Merci. Vos réponses sont enregistrées.',
    chart: 'Vos totaux BARC-10 au fil du temps',
    summary: "1 réponse pour l'instant. Le dernier total est de 45 sur 60.",
  },
] as const;

for (const words of languages) {
  test(`a member takes the BARC-10 and sees the chart (${words.locale})`, async ({ page, context }) => {
    const person = await newPerson({ locale: words.locale });
    await signIn(context, person);
    await page.goto('/recovery-capital');
    await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
    await checkA11y(page);

    const groups = page.getByRole('radiogroup');
    await expect(groups).toHaveCount(10);
    for (let index = 0; index < 10; index += 1) {
      // 4 and 5 in turn: a total of 45.
      await groups
        .nth(index)
        .getByRole('radio')
        .nth(index % 2 ? 4 : 3)
        .check({ force: true });
    }
    await page.getByRole('button', { name: words.save }).click();

    await expect(page.getByText(words.saved)).toBeVisible();
    await expect(page.getByRole('heading', { name: words.chart })).toBeVisible();
    await expect(page.getByText(words.summary)).toBeVisible();
    await checkA11y(page);
    await snap(page, `recovery-capital-${words.locale}`);
  });
}
