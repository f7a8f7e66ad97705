import { allianceWithMembers, joinAsMembers, must, vetMentor } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.1' };

/** An alliance with a vetted mentor and a member (in their language) to whom the mentor is suggested. */
async function sceneWithSuggestedMentor(locale: 'en' | 'fr'): Promise<{ member: Person; mentor: Person }> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const { admin, allianceId } = await allianceWithMembers(api, env, 0, options);
  const mentor = await newPerson({ displayName: 'Rosa' });
  const member = await newPerson({ locale });
  await joinAsMembers(api, allianceId, admin.accessToken, [mentor, member], options);
  await ageAccounts(env, [mentor.userId, member.userId], 30);
  await vetMentor(
    api,
    allianceId,
    admin.accessToken,
    mentor,
    {
      livedExperienceSummary: 'Five years in recovery with the help of medication; I love helping people find work or training.',
      pathways: ['MEDICATION_ASSISTED', 'HARM_REDUCTION'],
      yearsInRecovery: 5,
      languages: ['en', 'fr'],
      focusDomains: ['SKILLS_AND_EDUCATION'],
      availability: [{ day: 'TUESDAY', start: '18:00', end: '21:00' }],
      maxMentees: 3,
      trainingCompleted: ['safeguarding'],
    },
    options,
  );
  // Suggestions follow the vetting through the worker's debounced refresh.
  await expect
    .poll(
      async () =>
        (await must<{ mentorSuggestions: { mentorId: string }[] }>(api, '{ mentorSuggestions { mentorId } }', {}, member.accessToken, options))
          .mentorSuggestions.length,
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  return { member, mentor };
}

const words = {
  en: {
    title: 'Find a mentor',
    ask: 'Ask Rosa',
    field: /A few words to them/,
    send: 'Send my request',
    waiting: '1 of 3 requests waiting for an answer.',
    noOther: /No other mentors to suggest for now/,
  },
  fr: {
    title: 'Trouver un mentor',
    ask: 'Demander à Rosa',
    field: /Quelques mots pour cette personne/,
    send: 'Envoyer ma demande',
    waiting: '1 demande sur 3 en attente de réponse.',
    noOther: /Pas d’autre mentor à suggérer/,
  },
} as const;

for (const locale of ['en', 'fr'] as const) {
  test(`a member asks a suggested mentor (${locale})`, async ({ page, context }) => {
    // The scene goes through vetting and the worker's refresh of suggestions.
    test.setTimeout(90_000);
    const { member, mentor } = await sceneWithSuggestedMentor(locale);
    await signIn(context, member);
    await page.goto('/mentors');
    const w = words[locale];
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Rosa' }).getByRole('listitem').first()).toBeVisible();
    await checkA11y(page);
    await snap(page, `mentors-suggested-${locale}`);

    await page.getByRole('button', { name: w.ask }).click();
    await page
      .getByRole('textbox', { name: w.field })
      .fill(locale === 'fr' ? 'J’aimerais reprendre une formation.' : 'I would like to get back into training.');
    await checkA11y(page);
    await page.getByRole('button', { name: w.send }).click();
    await expect(page.getByText(w.waiting)).toBeVisible();
    await expect(page.getByText(w.noOther)).toBeVisible();
    await checkA11y(page);
    await snap(page, `mentors-asked-${locale}`);

    // The request reached the mentor for real.
    const { myMentorships } = await must<{ myMentorships: { role: string; state: string; memberId: string }[] }>(
      stackValue('baseUrl'),
      '{ myMentorships { role state memberId } }',
      {},
      mentor.accessToken,
      options,
    );
    expect(myMentorships).toEqual([{ role: 'MENTOR', state: 'REQUESTED', memberId: member.userId }]);
  });
}
