import { must } from '@kindred/test-support/alliance-setup';
import { checkA11y, expect, newPerson, signIn, snap, test } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.2' };

const languages = [
  {
    locale: 'en',
    title: 'Recovery capital',
    barc: 'The BARC-10 questionnaire',
    save: 'Save my answers',
    saved: 'Thank you. Your answers are saved.',
    chart: 'Your BARC-10 totals over time',
    summary: '1 answer so far. The latest total is 45 of 60.',
    noRatings: 'No ratings yet',
    area: (number: number, name: string) => `${number}. ${name}`,
    areas: [
      'Physical and mental health',
      'Family, social support and leisure',
      'Safe housing and healthy surroundings',
      'Peer support',
      'Work and legal matters',
      'Skills, training and education',
      'Community and culture',
      'Meaning and purpose',
    ],
    note: 'Note on Peer support (optional)',
    rate: 'Rate your eight areas',
    saveRatings: 'Save my ratings',
    ratingsSaved: 'Thank you. Your ratings are saved.',
    strengths: 'Strengths to build on',
    needs: 'Where support could help',
    higher: /^Higher than on .*: Peer support \(\+4\)/,
    capitals: 'Your four kinds of recovery capital',
    eight: 'Your eight areas',
    table: 'Show as a table',
    peerRow: 'Peer support (strength) 9 of 10 5 of 10',
  },
  {
    locale: 'fr',
    title: 'Capital de rétablissement',
    barc: 'Le questionnaire BARC-10',
    save: 'Enregistrer mes réponses',
    saved: 'Merci. Vos réponses sont enregistrées.',
    chart: 'Vos totaux BARC-10 au fil du temps',
    summary: "1 réponse pour l'instant. Le dernier total est de 45 sur 60.",
    noRatings: 'Pas encore d’évaluation',
    area: (number: number, name: string) => `${number}. ${name}`,
    areas: [
      'Santé physique et mentale',
      'Famille, entourage et loisirs',
      'Logement sûr et cadre de vie sain',
      'Soutien par les pairs',
      'Travail et démarches juridiques',
      'Compétences, formation et études',
      'Vie locale et culture',
      'Sens et projets de vie',
    ],
    note: 'Remarque sur Soutien par les pairs (facultatif)',
    rate: 'Évaluer vos huit domaines',
    saveRatings: 'Enregistrer mes notes',
    ratingsSaved: 'Merci. Vos notes sont enregistrées.',
    strengths: 'Vos points d’appui',
    needs: 'Là où un soutien aiderait',
    higher: /^Plus haut que le .* : Soutien par les pairs \(\+4\)/,
    capitals: 'Vos quatre formes de capital de rétablissement',
    eight: 'Vos huit domaines',
    table: 'Afficher sous forme de tableau',
    peerRow: 'Soutien par les pairs (point d’appui) 9 sur 10 5 sur 10',
  },
] as const;

const DOMAINS = [
  'PHYSICAL_AND_MENTAL_HEALTH',
  'FAMILY_SOCIAL_SUPPORT_AND_LEISURE',
  'SAFE_HOUSING_AND_ENVIRONMENT',
  'PEER_SUPPORT',
  'EMPLOYMENT_AND_LEGAL',
  'SKILLS_AND_EDUCATION',
  'COMMUNITY_AND_CULTURE',
  'MEANING_AND_PURPOSE',
] as const;

for (const words of languages) {
  test(`a member takes the BARC-10 and sees the chart (${words.locale})`, async ({ page, context }) => {
    // A long page: axe and full-page screenshots take a while on a busy machine.
    test.setTimeout(60_000);
    const person = await newPerson({ locale: words.locale });
    await signIn(context, person);
    await page.goto('/recovery-capital');
    await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: words.noRatings })).toBeVisible({ timeout: 15_000 });
    await checkA11y(page);
    await snap(page, `recovery-capital-empty-${words.locale}`);

    const barc = page.getByRole('region', { name: words.barc });
    const groups = barc.getByRole('radiogroup');
    await expect(groups).toHaveCount(10);
    for (let index = 0; index < 10; index += 1) {
      // 4 and 5 in turn: a total of 45.
      await groups
        .nth(index)
        .getByRole('radio')
        .nth(index % 2 ? 4 : 3)
        .check({ force: true });
    }
    await barc.getByRole('button', { name: words.save }).click();

    await expect(barc.getByText(words.saved)).toBeVisible();
    await expect(barc.getByRole('heading', { name: words.chart })).toBeVisible();
    await expect(barc.getByText(words.summary)).toBeVisible();
    await checkA11y(page);
    await snap(page, `recovery-capital-${words.locale}`);
  });

  test(`a member rates the eight areas and sees how they changed since last time (${words.locale})`, async ({ page, context }) => {
    test.setTimeout(60_000);
    const person = await newPerson({ locale: words.locale });
    // A rating from five weeks ago, to compare with.
    await must(
      stackValue('baseUrl'),
      'mutation($input: RecordDomainRatingsInput!) { recordDomainRatings(input: $input) { id } }',
      {
        input: {
          takenAt: new Date(Date.now() - 35 * 24 * 3_600_000).toISOString(),
          ratings: DOMAINS.map((domain) => ({ domain, score: 5, note: domain === 'PEER_SUPPORT' ? 'Not many people to talk to yet' : null })),
        },
      },
      person.accessToken,
      options,
    );
    await signIn(context, person);
    await page.goto('/recovery-capital#rate');
    const form = page.getByRole('region', { name: words.rate });
    await expect(form.getByRole('textbox', { name: words.note })).toHaveValue('Not many people to talk to yet', { timeout: 15_000 });

    const scores = [6, 7, 3, 9, 2, 5, 4, 8];
    for (const [index, name] of words.areas.entries()) {
      await form
        .getByRole('radiogroup', { name: words.area(index + 1, name) })
        .getByRole('radio', { name: new RegExp(`^${scores[index]}( ·|$)`) })
        .check({ force: true });
    }
    await form.getByRole('textbox', { name: words.note }).fill('Tuesday group, and Rosa');
    await checkA11y(page);
    await form.getByRole('button', { name: words.saveRatings }).click();
    await expect(form.getByText(words.ratingsSaved)).toBeVisible();

    await expect(page.getByRole('region', { name: words.strengths }).getByRole('listitem')).toHaveText([words.areas[3], words.areas[7], words.areas[1]]);
    await expect(page.getByRole('region', { name: words.needs }).getByRole('listitem')).toHaveText([words.areas[4], words.areas[2], words.areas[6]]);
    await expect(page.getByText(words.higher)).toBeVisible();
    await expect(page.getByRole('region', { name: words.capitals }).getByRole('img')).toBeVisible();
    const eight = page.getByRole('region', { name: words.eight, exact: true });
    await eight.getByText(words.table).click();
    await expect(eight.getByRole('row', { name: words.peerRow })).toBeVisible();
    await checkA11y(page);
    await snap(page, `recovery-capital-areas-${words.locale}`);
  });
}
