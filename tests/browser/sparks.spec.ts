import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { createAdmin } from '@kindred/test-support/accounts';
import { allianceWithMembers, joinAsMembers, must } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.7' };

interface Scene {
  allianceId: string;
  member: Person;
  coordinators: [{ email: string; password: string }, { email: string; password: string }];
}

/**
 * An alliance with two coordinators (administrators both, neither appointing themselves) and a
 * member, Sam, all speaking the locale. Set up through the API as the people themselves.
 */
async function sceneWithTwoCoordinators(locale: 'en' | 'fr'): Promise<Scene> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const { admin, allianceId } = await allianceWithMembers(api, env, 0, options);
  const second = await createAdmin(api, env, options);
  const { me } = await must<{ me: { id: string } }>(api, '{ me { id } }', {}, second.accessToken, options);
  await must(
    api,
    'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }',
    { a: allianceId, u: me.id },
    admin.accessToken,
    options,
  );
  for (const coordinator of [admin, second]) {
    await must(api, 'mutation($input: ProfileInput!) { updateMyProfile(input: $input) { id } }', { input: { locale } }, coordinator.accessToken, options);
  }
  const member = await newPerson({ displayName: 'Sam', locale });
  await joinAsMembers(api, allianceId, admin.accessToken, [member], options);
  await ageAccounts(env, [member.userId, me.id], 30);
  return { allianceId, member, coordinators: [admin, second] };
}

async function pageFor(browser: Browser, person: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL: stackValue('baseUrl'), locale: 'en-GB' });
  await signIn(context, person);
  return context.newPage();
}

const words = {
  en: {
    fundName: 'Winter fund',
    budget: /Starting budget/,
    perGrant: /Most for one grant/,
    perPerson: /Most for one person/,
    threshold: /Two approvals from/,
    separate: /must not be one who approved it/,
    openFund: 'Open this fund',
    opened: /The fund is open/,
    category: /What is it for/,
    transport: 'Getting there (bus pass, train fares)',
    amount: /How much/,
    neededBy: /When do you need it by/,
    nextStep: /Which next step/,
    step: 'A monthly bus pass to reach my new job at the bakery.',
    line: 'Line 12, from Monday.',
    save: 'Save my application',
    send: 'Send it to the coordinators',
    sent: 'Sent',
    item: 'Sam: Getting there (bus pass, train fares)',
    ask: 'Ask for information',
    question: 'Your question',
    bus: 'Which bus line will you take, and from when?',
    asked: 'A question for you',
    answer: 'Answer and send it again',
    sendAnswer: 'Send my answer',
    approve: 'Approve',
    oneOfTwo: '1 of 2 approvals',
    youApproved: 'You approved it.',
    show: /Show/,
    approvedState: 'Approved, to be paid',
    pay: 'Record payment',
    voucher: 'Voucher',
    reference: /^Reference/,
    paid: /Paid by voucher on/,
    received: 'I have received it',
    helped: 'It helped',
    note: 'A few words, if you like',
    share: 'Share how it went',
    thanks: 'Thank you for telling us.',
    chart: 'Granted, by what it is for',
    download: 'Download as a spreadsheet (CSV)',
    amountShown: '€120.00',
  },
  fr: {
    fundName: 'Fonds d’hiver',
    budget: /Budget de départ/,
    perGrant: /Maximum par coup de pouce/,
    perPerson: /Maximum par personne/,
    threshold: /Deux approbations à partir de/,
    separate: /ne doit pas être une de celles/,
    openFund: 'Ouvrir ce fonds',
    opened: /Le fonds est ouvert/,
    category: /À quoi servira-t-il/,
    transport: 'Se déplacer (abonnement de bus, billets de train)',
    amount: /Combien/,
    neededBy: /Pour quand en avez-vous besoin/,
    nextStep: /Quelle prochaine étape/,
    step: 'Un abonnement de bus mensuel pour aller à mon nouveau travail à la boulangerie.',
    line: 'La ligne 12, dès lundi.',
    save: 'Enregistrer ma demande',
    send: 'L’envoyer aux coordinateur·rices',
    sent: 'Envoyée',
    item: 'Sam : Se déplacer (abonnement de bus, billets de train)',
    ask: 'Demander des informations',
    question: 'Votre question',
    bus: 'Quelle ligne de bus prendrez-vous, et à partir de quand ?',
    asked: 'Une question pour vous',
    answer: 'Répondre et la renvoyer',
    sendAnswer: 'Envoyer ma réponse',
    approve: 'Accepter',
    oneOfTwo: 'Approbations : 1 sur 2',
    youApproved: 'Vous l’avez acceptée.',
    show: /Afficher/,
    approvedState: 'Acceptée, à payer',
    pay: 'Enregistrer le paiement',
    voucher: 'Bon d’achat',
    reference: /^Référence/,
    paid: /Payé par bon d’achat le/,
    received: 'Je l’ai bien reçu',
    helped: 'Ça m’a aidé·e',
    note: 'Quelques mots, si vous voulez',
    share: 'Dire comment ça s’est passé',
    thanks: 'Merci de nous l’avoir dit.',
    chart: 'Montants accordés, selon l’usage',
    download: 'Télécharger en tableur (CSV)',
    amountShown: /^120,00\s€$/,
  },
};

const inAWeek = (): string => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

for (const locale of ['en', 'fr'] as const) {
  test(`a member asks for a small spark; coordinators ask, approve twice, pay and report (${locale})`, async ({ page, context, browser }) => {
    test.slow();
    const w = words[locale];
    const { member, coordinators } = await sceneWithTwoCoordinators(locale);
    const first = await pageFor(browser, coordinators[0]);

    // The first coordinator opens a fund: grants of €100 or more need two approvals.
    await first.goto('/coordinate/sparks/funds');
    await first.getByRole('textbox', { name: /^(Name|Nom)/ }).fill(w.fundName);
    await first.getByRole('textbox', { name: w.budget }).fill('500');
    await first.getByRole('textbox', { name: w.perGrant }).fill('150');
    await first.getByRole('textbox', { name: w.perPerson }).fill('300');
    await first.getByRole('textbox', { name: w.threshold }).fill('100');
    // React Aria draws its own box over a hidden input: a person taps the words.
    await first.getByText(w.separate).click();
    await expect(first.getByRole('checkbox', { name: w.separate })).not.toBeChecked();
    await first.getByRole('button', { name: w.openFund }).click();
    await expect(first.getByText(w.opened)).toBeVisible();
    await expect(first.getByRole('heading', { name: w.fundName })).toBeVisible();
    await checkA11y(first);
    await snap(first, `sparks-funds-${locale}`);

    // Sam asks for €120 towards a bus pass, saves it, and sends it.
    await signIn(context, member);
    await page.goto('/sparks');
    await page.getByRole('button', { name: w.category }).click();
    await page.getByRole('option', { name: w.transport }).click();
    await page.getByRole('textbox', { name: w.amount }).fill('120');
    await page.getByLabel(w.neededBy).fill(inAWeek());
    await page.getByRole('textbox', { name: w.nextStep }).fill(w.step);
    await checkA11y(page);
    await snap(page, `sparks-member-form-${locale}`);
    await page.getByRole('button', { name: w.save }).click();
    await page.getByRole('button', { name: w.send }).click();
    await expect(page.getByText(w.sent, { exact: true })).toBeVisible();
    await expect(page.getByText(w.amountShown)).toBeVisible();

    // The first coordinator asks a question.
    await first.goto('/coordinate/sparks');
    await expect(first.getByRole('heading', { name: w.item })).toBeVisible();
    await checkA11y(first);
    await snap(first, `sparks-queue-${locale}`);
    await first.getByRole('button', { name: w.ask }).click();
    await first.getByRole('textbox', { name: w.question }).fill(w.bus);
    await checkA11y(first);
    await first.getByRole('dialog').getByRole('button', { name: w.ask }).click();
    await expect(first.getByRole('heading', { name: w.item })).toBeHidden();

    // Sam answers by adding to the application and sending it again.
    await page.reload();
    await expect(page.getByText(w.asked, { exact: true })).toBeVisible();
    await expect(page.getByText(w.bus)).toBeVisible();
    await snap(page, `sparks-member-question-${locale}`);
    await page.getByRole('button', { name: w.answer }).click();
    await page.getByRole('list').getByRole('textbox', { name: w.nextStep }).fill(`${w.step} ${w.line}`);
    await page.getByRole('button', { name: w.sendAnswer }).click();
    await expect(page.getByText(w.sent, { exact: true })).toBeVisible();

    // Two coordinators approve: the first sees it still needs the second.
    await first.reload();
    await first.getByRole('button', { name: w.approve }).click();
    await expect(first.getByText(w.oneOfTwo)).toBeVisible();
    await expect(first.getByText(w.youApproved)).toBeVisible();
    const second = await pageFor(browser, coordinators[1]);
    await second.goto('/coordinate/sparks');
    await second.getByRole('button', { name: w.approve }).click();
    await expect(second.getByRole('heading', { name: w.item })).toBeHidden();

    // The second coordinator records the voucher.
    await second.getByRole('button', { name: w.show }).click();
    await second.getByRole('option', { name: w.approvedState }).click();
    await second.getByRole('button', { name: w.pay }).click();
    await second.getByText(w.voucher, { exact: true }).click();
    await second.getByRole('textbox', { name: w.reference }).fill('V-1001');
    await checkA11y(second);
    await second.getByRole('dialog').getByRole('button', { name: w.pay }).click();
    await expect(second.getByRole('heading', { name: w.item })).toBeHidden();

    // Sam confirms it arrived and says how it went.
    await page.reload();
    await expect(page.getByText(w.paid)).toBeVisible();
    await page.getByRole('button', { name: w.received }).click();
    await page.getByText(w.helped, { exact: true }).click();
    await page.getByRole('textbox', { name: w.note }).fill(locale === 'en' ? 'I started on Monday.' : 'J’ai commencé lundi.');
    await page.getByRole('button', { name: w.share }).click();
    await expect(page.getByText(w.thanks)).toBeVisible();
    await checkA11y(page);
    await snap(page, `sparks-member-received-${locale}`);

    // The first coordinator sees the report and saves it as CSV.
    await first.goto('/coordinate/sparks/report');
    await expect(first.getByRole('heading', { name: w.chart })).toBeVisible();
    await checkA11y(first);
    await snap(first, `sparks-report-${locale}`);
    const download = first.waitForEvent('download');
    await first.getByRole('button', { name: w.download }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^small-sparks-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv).toMatch(/^currency,category,applications,/);
    expect(csv).toContain('EUR,TRANSPORT,1,1,0,0,120.00,120.00,');
    await first.context().close();
    await second.context().close();
  });
}
