import { graphql } from '@kindred/test-support/graphql-client';
import { checkA11y, expect, newPerson, signIn, snap, test } from './fixtures';
import { stackValue } from './stack';

const DAY_MS = 86_400_000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);

const languages = [
  {
    locale: 'en',
    title: 'My journey',
    startTitle: 'When did your recovery start?',
    startDate: 'My recovery start date',
    saveStart: 'Save my start date',
    days: 'days on the road',
    reached: 'Milestones reached',
    milestones: ['1 day', 'One week', '30 days'],
    next: /Next milestone: 60 days, on /,
    noteSetback: 'Note a setback',
    when: 'When was it?',
    note: /A note for yourself/,
    save: 'Note it privately',
    support: /^Thank you for noting it\./,
    firstStep: 'Send a message to your mentor or someone in your circle.',
    longest: 'Your longest stretch: 43 days.',
    remove: /^Remove the setback of/,
    removeTitle: 'Remove this setback?',
    removeConfirm: 'Yes, remove it',
  },
  {
    locale: 'fr',
    title: 'Mon parcours',
    startTitle: 'Quand votre rétablissement a-t-il commencé ?',
    startDate: 'Date de début de mon rétablissement',
    saveStart: 'Enregistrer ma date de début',
    days: 'jours de chemin',
    reached: 'Étapes franchies',
    milestones: ['1 jour', 'Une semaine', '30 jours'],
    next: /Prochaine étape : 60 jours, le /,
    noteSetback: 'Noter un moment difficile',
    when: 'Quand était-ce ?',
    note: /Une note pour vous/,
    save: 'Le noter en privé',
    support: /^Merci de l’avoir noté\./,
    firstStep: 'Envoyer un message à votre mentor ou à une personne de votre cercle.',
    longest: 'Votre plus longue période : 43 jours.',
    remove: /^Retirer le moment difficile du/,
    removeTitle: 'Retirer ce moment difficile ?',
    removeConfirm: 'Oui, le retirer',
  },
] as const;

for (const words of languages) {
  test(`a member sets their start date, sees milestones, and notes a setback that resets nothing (${words.locale})`, async ({ page, context }) => {
    // Five states snapped on two screens each, on a machine other test runs share.
    test.setTimeout(90_000);
    const person = await newPerson({ locale: words.locale });
    await signIn(context, person);
    await page.goto('/journey');
    await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: words.startTitle })).toBeVisible();
    await checkA11y(page);
    await snap(page, `journey-start-${words.locale}`);

    await page.getByLabel(words.startDate).fill(daysAgo(45));
    await page.getByRole('button', { name: words.saveStart }).click();
    const days = page.getByRole('region', { name: words.locale === 'fr' ? 'Vos jours de chemin' : 'Your days on the road' });
    await expect(days.getByText('45', { exact: true })).toBeVisible();
    await expect(days.getByText(words.days, { exact: true })).toBeVisible();
    const reached = page.getByRole('list', { name: words.reached });
    await expect(reached.getByRole('listitem').locator('strong')).toHaveText([...words.milestones]);
    await expect(page.getByText(words.next)).toBeVisible();
    await checkA11y(page);
    await snap(page, `journey-milestones-${words.locale}`);

    await page.getByRole('button', { name: words.noteSetback }).click();
    await page.getByLabel(words.when).fill(daysAgo(2));
    await page.getByRole('textbox', { name: words.note }).fill(words.locale === 'fr' ? 'Une soirée trop dure.' : 'A night that was too much.');
    await checkA11y(page);
    await page.getByRole('button', { name: words.save }).click();

    await expect(page.getByText(words.support)).toBeVisible();
    await expect(page.getByText(words.firstStep)).toBeVisible();
    // Nothing resets: the same days, the same milestones, and the longest stretch kept.
    await expect(days.getByText('45', { exact: true })).toBeVisible();
    await expect(reached.getByRole('listitem').locator('strong')).toHaveText([...words.milestones]);
    await expect(page.getByText(words.longest)).toBeVisible();
    await checkA11y(page);
    await snap(page, `journey-setback-${words.locale}`);

    // Noted by mistake: removed after a confirmation.
    await page.getByRole('button', { name: words.remove }).click();
    const dialog = page.getByRole('alertdialog', { name: words.removeTitle });
    await checkA11y(page);
    await snap(page, `journey-remove-setback-${words.locale}`);
    await dialog.getByRole('button', { name: words.removeConfirm }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: words.remove })).toHaveCount(0);
    const journey = await graphql<{ myRecoveryJourney: { totalDays: number; setbacks: unknown[] } }>(
      stackValue('baseUrl'),
      '{ myRecoveryJourney { totalDays setbacks { id } } }',
      {},
      person.accessToken,
    );
    expect(journey.data?.myRecoveryJourney).toEqual({ totalDays: 45, setbacks: [] });
  });
}
