import { must } from '@kindred/test-support/alliance-setup';
import { checkA11y, expect, newPerson, signIn, snap, test } from './fixtures';
import { stackValue } from './stack';

/** The words each step reads and clicks, from apps/web/src/i18n/{en,fr}.json and the API's messages. */
const WORDS = {
  en: {
    myProfile: 'My profile',
    displayName: 'Display name',
    pronouns: 'Pronouns (optional)',
    language: /Language/,
    timeZone: /Time zone/,
    save: 'Save my profile',
    refused: /These words may look like buying or selling drugs/,
    otherLanguage: 'Français',
    // Saved in French, the page answers in French at once.
    savedAfter: 'Votre profil est enregistré.',
    titleAfter: 'Mon profil',
    welcome: /Welcome to Kindred/,
    step2: 'Step 2 of 3',
    continue: 'Continue',
  },
  fr: {
    myProfile: 'Mon profil',
    displayName: 'Nom affiché',
    pronouns: 'Pronoms (facultatif)',
    language: /Langue/,
    timeZone: /Fuseau horaire/,
    save: 'Enregistrer mon profil',
    refused: /Ces mots peuvent faire penser à l’achat ou à la vente de drogues/,
    otherLanguage: 'English',
    savedAfter: 'Your profile is saved.',
    titleAfter: 'My profile',
    welcome: /Bienvenue sur Kindred/,
    step2: 'Étape 2 sur 3',
    continue: 'Continuer',
  },
} as const;

for (const locale of ['en', 'fr'] as const) {
  test(`a person changes their name, pronouns, time zone and language, from the account menu and in onboarding (${locale})`, async ({ page, context }) => {
    // Registering and confirming an address (argon2 twice) comes first: slow on a busy machine.
    test.setTimeout(120_000);
    const w = WORDS[locale];
    const person = await newPerson({ locale });
    await signIn(context, person);

    await page.goto('/welcome');
    await expect(page.getByRole('heading', { name: w.welcome })).toBeVisible();
    await expect(page.getByRole('textbox', { name: w.displayName })).toHaveValue(person.displayName);
    await page.getByRole('textbox', { name: w.pronouns }).fill('they/them');
    await checkA11y(page);
    await snap(page, `welcome-profile-${locale}`);
    await page.getByRole('button', { name: w.continue }).click();
    await expect(page.getByText(w.step2)).toBeVisible();

    await page.goto('/home');
    await page.getByRole('link', { name: w.myProfile }).click();
    await expect(page.getByRole('heading', { level: 1, name: w.myProfile })).toBeVisible();
    await expect(page.getByRole('textbox', { name: w.pronouns })).toHaveValue('they/them');
    await checkA11y(page);
    await snap(page, `profile-${locale}`);

    // A name others might read as dealing is refused kindly, and what was typed stays.
    const name = page.getByRole('textbox', { name: w.displayName });
    await name.fill('selling xanax, hit me up');
    await page.getByRole('button', { name: w.save }).click();
    await expect(page.getByRole('alert')).toContainText(w.refused);
    await expect(name).toHaveValue('selling xanax, hit me up');
    await checkA11y(page);
    await snap(page, `profile-refused-${locale}`);

    await name.fill(locale === 'fr' ? 'Dominique' : 'River');
    await page.getByRole('button', { name: w.timeZone }).click();
    await page.getByRole('option', { name: 'America/Toronto', exact: true }).click();
    await page.getByRole('button', { name: w.language }).click();
    await page.getByRole('option', { name: w.otherLanguage, exact: true }).click();
    await page.getByRole('button', { name: w.save }).click();
    // The interface speaks the chosen language at once.
    await expect(page.getByText(w.savedAfter)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: w.titleAfter })).toBeVisible();
    await checkA11y(page);
    await snap(page, `profile-saved-${locale}`);

    const { me } = await must<{ me: Record<string, unknown> }>(
      stackValue('baseUrl'),
      '{ me { displayName pronouns locale timeZone } }',
      {},
      person.accessToken,
      {},
    );
    expect(me).toEqual({
      displayName: locale === 'fr' ? 'Dominique' : 'River',
      pronouns: 'they/them',
      locale: locale === 'fr' ? 'en' : 'fr',
      timeZone: 'America/Toronto',
    });
  });
}
