import { randomBytes } from 'node:crypto';
import { graphql } from '@kindred/test-support/graphql-client';
import { linkToken } from '@kindred/test-support/smtp-inbox';
import { checkA11y, expect, inbox, newPerson, signIn, snap, test } from './fixtures';
import { stackValue } from './stack';

/** The words each journey reads and clicks, from apps/web/src/i18n/{en,fr}.json. */
const WORDS = {
  en: {
    browser: 'en-GB',
    crisis: 'Help now',
    crisisTitle: 'Help right now',
    place: 'Postcode or town',
    search: 'Search',
    noAlliance: 'No alliance found there yet',
    join: 'Join Kindred',
    displayName: 'Display name',
    email: 'Email address',
    password: 'Password',
    registerSubmit: 'Create my account',
    sent: 'Check your email',
    signInSubmit: 'Sign in',
    welcome: 'Welcome to Kindred',
    toHome: 'Go to your space',
    hello: 'Hello',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out on every device',
    signOutEverywhereConfirm: 'Yes, sign out everywhere',
    forgot: 'Forgotten your password?',
    forgotSubmit: 'Send me a link',
    newPassword: 'New password',
    newPasswordAgain: 'New password, once more',
    resetSubmit: 'Save my new password',
    joinSignIn: 'Sign in to answer',
    joinRegister: 'Create an account',
    accept: 'Yes, I will join',
    accepted: 'You are in the circle',
    confirmSubject: /confirm your email/i,
    resetSubject: /password/i,
  },
  fr: {
    browser: 'fr-FR',
    crisis: 'Aide urgente',
    crisisTitle: /aide/i,
    place: 'Code postal ou ville',
    search: 'Rechercher',
    noAlliance: "Pas encore d'alliance ici",
    join: /rejoindre kindred/i,
    displayName: 'Nom affiché',
    email: /adresse e-mail/i,
    password: 'Mot de passe',
    registerSubmit: 'Créer mon compte',
    sent: 'Regardez vos e-mails',
    signInSubmit: 'Se connecter',
    welcome: /bienvenue/i,
    toHome: /votre espace/i,
    hello: 'Bonjour',
    signOut: 'Se déconnecter',
    signOutEverywhere: 'Se déconnecter de tous les appareils',
    signOutEverywhereConfirm: 'Oui, me déconnecter partout',
    forgot: 'Mot de passe oublié ?',
    forgotSubmit: /envoyer/i,
    newPassword: 'Nouveau mot de passe',
    newPasswordAgain: 'Nouveau mot de passe, une seconde fois',
    resetSubmit: /enregistrer/i,
    joinSignIn: 'Se connecter pour répondre',
    joinRegister: /créer un compte/i,
    accept: 'Oui, je rejoins le cercle',
    accepted: 'Vous faites partie du cercle',
    confirmSubject: /confirmer votre adresse/i,
    resetSubject: /mot de passe/i,
  },
} as const;

for (const [language, words] of Object.entries(WORDS)) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: words.browser });

    test('a visitor looks for an alliance near them and opens the help lines', async ({ page }) => {
      await page.goto('/');
      await checkA11y(page);
      await snap(page, `door-${language}`);
      await page.getByLabel(words.place).fill('69003');
      await page.getByRole('button', { name: words.search }).click();
      await expect(page.getByText(words.noAlliance)).toBeVisible();
      await page.getByRole('button', { name: words.crisis }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await checkA11y(page);
      await snap(page, `crisis-dialog-${language}`);
      await page.goto('/help');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkA11y(page);
      await snap(page, `help-${language}`);
    });

    test('a new person registers, confirms their address, signs in, sets up their space and signs out', async ({ page, context }) => {
      const email = `journey-${randomBytes(5).toString('hex')}@example.org`;
      const password = `quiet river ${randomBytes(4).toString('hex')}`;
      await page.goto('/register');
      await checkA11y(page);
      await snap(page, `register-${language}`);
      await page.getByLabel(words.displayName, { exact: true }).fill(`Sam ${language}`);
      await page.getByLabel(words.email).fill(email);
      await page.getByLabel(words.password, { exact: true }).fill(password);
      await page.getByRole('button', { name: words.registerSubmit }).click();
      await expect(page.getByRole('heading', { name: words.sent })).toBeVisible();

      const confirmation = await inbox.waitFor(email, words.confirmSubject);
      await page.goto(inbox.link(confirmation, '/verify-email'));
      await checkA11y(page);
      await snap(page, `verify-email-${language}`);

      await page.goto('/sign-in');
      await checkA11y(page);
      await snap(page, `sign-in-${language}`);
      await page.getByLabel(words.email).fill(email);
      await page.getByLabel(words.password, { exact: true }).fill(password);
      await page.getByRole('button', { name: words.signInSubmit }).click();
      await expect(page).not.toHaveURL(/sign-in/);
      await page.goto('/welcome');
      await expect(page.getByRole('heading', { name: words.welcome })).toBeVisible();
      await checkA11y(page);
      await snap(page, `welcome-${language}`);

      await page.goto('/home');
      await expect(page.getByRole('heading', { name: new RegExp(words.hello) })).toBeVisible();
      await checkA11y(page);
      await snap(page, `home-${language}`);
      // The access token lives in memory only: a reload starts again from the refresh cookie.
      await page.reload();
      await expect(page.getByRole('heading', { name: new RegExp(words.hello) })).toBeVisible();

      await page.getByRole('button', { name: words.signOut, exact: true }).click();
      await page.goto('/home');
      await expect(page).toHaveURL(/sign-in/);
      expect((await context.cookies()).some((cookie) => cookie.name === 'kindred_refresh')).toBe(false);
    });

    test('signing out on every device ends the other sessions too', async ({ page, context, browser }) => {
      const person = await newPerson({ locale: language as 'en' | 'fr' });
      await signIn(context, person);
      const other = await browser.newContext({ locale: words.browser });
      await signIn(other, person);
      await page.goto('/home');
      await page.getByRole('button', { name: words.signOutEverywhere }).click();
      await checkA11y(page);
      await snap(page, `sign-out-everywhere-${language}`);
      await page.getByRole('button', { name: words.signOutEverywhereConfirm }).click();
      await expect(page).not.toHaveURL(/home/);
      const otherPage = await other.newPage();
      await otherPage.goto(`${stackValue('baseUrl')}/home`);
      await expect(otherPage).toHaveURL(/sign-in/);
      await other.close();
    });

    test('a person who forgot their password chooses a new one from the emailed link and signs in with it', async ({ page }) => {
      const person = await newPerson({ locale: language as 'en' | 'fr' });
      await page.goto('/sign-in');
      await page.getByRole('link', { name: words.forgot }).click();
      await checkA11y(page);
      await snap(page, `forgot-password-${language}`);
      await page.getByLabel(words.email).fill(person.email);
      await page.getByRole('button', { name: words.forgotSubmit }).click();
      const email = await inbox.waitFor(person.email, words.resetSubject);
      await page.goto(inbox.link(email, '/reset-password'));
      await checkA11y(page);
      await snap(page, `reset-password-${language}`);
      const newPassword = `bright morning ${randomBytes(4).toString('hex')}`;
      await page.getByLabel(words.newPassword, { exact: true }).fill(newPassword);
      await page.getByLabel(words.newPasswordAgain).fill(newPassword);
      await page.getByRole('button', { name: words.resetSubmit }).click();
      await page.goto('/sign-in');
      await page.getByLabel(words.email).fill(person.email);
      await page.getByLabel(words.password, { exact: true }).fill(newPassword);
      await page.getByRole('button', { name: words.signInSubmit }).click();
      await expect(page).not.toHaveURL(/sign-in/);
    });

    test('someone without an account is invited to a support circle, creates one from the link and comes back to answer', async ({ page }) => {
      // Two emails, an account and a sign-in: the longest walk in this file.
      test.slow();
      const inviter = await newPerson({ displayName: `Alex ${language}` });
      const email = `invited-${randomBytes(5).toString('hex')}@example.org`;
      const password = `steady tide ${randomBytes(4).toString('hex')}`;
      const invited = await graphql(
        stackValue('baseUrl'),
        'mutation($email: String!) { inviteToCircleByEmail(email: $email, relationship: FAMILY) { id } }',
        { email },
        inviter.accessToken,
      );
      expect(invited.errors).toBeUndefined();
      const invitation = await inbox.waitFor(email, /circle|cercle/i);
      await page.goto(`/circles/join?token=${linkToken(invitation, stackValue('baseUrl'), '/circles/join')}`);
      await checkA11y(page);
      await snap(page, `circle-join-signed-out-${language}`);

      await page.getByRole('main').getByRole('link', { name: words.joinRegister }).click();
      await page.getByLabel(words.displayName, { exact: true }).fill(`Robin ${language}`);
      await page.getByLabel(words.email).fill(email);
      await page.getByLabel(words.password, { exact: true }).fill(password);
      await page.getByRole('button', { name: words.registerSubmit }).click();
      await expect(page.getByRole('heading', { name: words.sent })).toBeVisible();

      // The confirmation link opens in the same browser, as from their mail app.
      await page.goto(inbox.link(await inbox.waitFor(email, words.confirmSubject), '/verify-email'));
      await page.getByRole('main').getByRole('link', { name: words.signInSubmit }).click();
      await page.getByLabel(words.email).fill(email);
      await page.getByLabel(words.password, { exact: true }).fill(password);
      await page.getByRole('button', { name: words.signInSubmit }).click();

      await expect(page).toHaveURL(/\/circles\/join\?token=/);
      await page.getByRole('button', { name: words.accept }).click();
      await expect(page.getByRole('heading', { name: words.accepted })).toBeVisible();
      await checkA11y(page);
      await snap(page, `circle-joined-${language}`);
    });

    test('a member invited to a support circle signs in from the link and answers', async ({ page }) => {
      const inviter = await newPerson({ displayName: `Kim ${language}` });
      const invitee = await newPerson({ locale: language as 'en' | 'fr' });
      const invited = await graphql(
        stackValue('baseUrl'),
        'mutation($email: String!) { inviteToCircleByEmail(email: $email, relationship: FRIEND) { id } }',
        { email: invitee.email },
        inviter.accessToken,
      );
      expect(invited.errors).toBeUndefined();
      const invitation = await inbox.waitFor(invitee.email, /circle|cercle/i);
      await page.goto(`/circles/join?token=${linkToken(invitation, stackValue('baseUrl'), '/circles/join')}`);
      await page.getByRole('link', { name: words.joinSignIn }).click();
      await page.getByLabel(words.email).fill(invitee.email);
      await page.getByLabel(words.password, { exact: true }).fill(invitee.password);
      await page.getByRole('button', { name: words.signInSubmit }).click();
      await page.getByRole('button', { name: words.accept }).click();
      await expect(page.getByRole('heading', { name: words.accepted })).toBeVisible();
    });
  });
}
