import { allianceWithMembers, joinAsMembers, must, vetMentor } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.3' };

interface Scene {
  member: Person;
  mentor: Person;
  goalSuggestionId: string;
  stepSuggestionId: string;
}

/**
 * A member (in their language) and Rosa, a vetted mentor of the same alliance, in a mentorship
 * Rosa accepted. The member shares their plan with her and has one goal of their own; Rosa
 * suggests a goal, and a step on that goal, each with why. All through the API, as people would.
 */
async function sceneWithMentorSuggestions(locale: 'en' | 'fr'): Promise<Scene> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const call = <T>(person: { accessToken: string }, query: string, variables: Record<string, unknown> = {}) =>
    must<T>(api, query, variables, person.accessToken, options);
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
      livedExperienceSummary: 'Five years in recovery; I found a home and a course again, step by step.',
      pathways: ['MEDICATION_ASSISTED'],
      yearsInRecovery: 5,
      languages: ['en', 'fr'],
      focusDomains: ['SKILLS_AND_EDUCATION'],
      availability: [{ day: 'TUESDAY', start: '18:00', end: '21:00' }],
      maxMentees: 3,
      trainingCompleted: ['safeguarding'],
    },
    options,
  );
  const { requestMentorship } = await call<{ requestMentorship: { id: string } }>(
    member,
    'mutation($m: ID!) { requestMentorship(mentorId: $m, intro: "Hello Rosa") { id } }',
    { m: mentor.userId },
  );
  await call(mentor, 'mutation($m: ID!) { acceptMentorship(mentorshipId: $m) { id } }', { m: requestMentorship.id });
  await call(member, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
    input: { granteeId: mentor.userId, scope: 'PLAN', purpose: 'So Rosa can help me shape my plan', signature: member.displayName },
  });
  const fr = locale === 'fr';
  const { createRecoveryGoal } = await call<{ createRecoveryGoal: { id: string } }>(
    member,
    'mutation($input: RecoveryGoalInput!) { createRecoveryGoal(input: $input) { id } }',
    { input: { domain: 'SAFE_HOUSING_AND_ENVIRONMENT', title: fr ? 'Trouver un logement près de ma sœur' : 'Find a flat near my sister' } },
  );
  const { suggestRecoveryGoal } = await call<{ suggestRecoveryGoal: { id: string } }>(
    mentor,
    'mutation($o: ID!, $input: RecoveryGoalInput!) { suggestRecoveryGoal(ownerId: $o, input: $input) { id } }',
    {
      o: member.userId,
      input: {
        domain: 'SKILLS_AND_EDUCATION',
        title: fr ? 'Essayer le cours du soir à la médiathèque' : 'Try the evening course at the library',
        why: fr ? 'Vous m’avez dit qu’apprendre vous manque.' : 'You told me you miss learning.',
      },
    },
  );
  const { suggestRecoveryStep } = await call<{ suggestRecoveryStep: { id: string } }>(
    mentor,
    'mutation($g: ID!, $input: RecoveryStepInput!, $why: String) { suggestRecoveryStep(goalId: $g, input: $input, why: $why) { id } }',
    {
      g: createRecoveryGoal.id,
      input: { title: fr ? 'Appeler le service logement de la mairie' : 'Ring the council housing line' },
      why: fr ? 'Ils m’ont aidée à trouver mon appartement.' : 'They helped me find my flat.',
    },
  );
  return { member, mentor, goalSuggestionId: suggestRecoveryGoal.id, stepSuggestionId: suggestRecoveryStep.id };
}

const languages = {
  en: {
    title: 'My recovery plan',
    shared: /You share your plan with Rosa\./,
    suggestions: 'Suggestions for you',
    goalSuggestion: 'Try the evening course at the library',
    goalWhat: 'A goal in Skills, training and education',
    goalWhy: 'You told me you miss learning.',
    stepSuggestion: 'Ring the council housing line',
    stepWhat: 'A step for your goal “Find a flat near my sister”',
    stepWhy: 'They helped me find my flat.',
    by: 'Suggested by Rosa',
    accept: 'Yes, add it to my plan',
    accepted: '“Try the evening course at the library” is in your plan now.',
    skills: 'Skills, training and education',
    decline: 'Not for now',
    note: 'A few words back to Rosa (optional)',
    noteText: 'Thank you, I want to look on my own first.',
    send: 'Send my answer',
    declined: 'Set aside. Rosa will see “not for now”.',
    answered: 'Suggestions you have answered',
    housing: 'Find a flat near my sister',
    newStep: /A new step for “Find a flat near my sister”/,
    addStep: 'Add the step',
    first: 'Look at the council list',
    second: 'Visit two flats',
    moveUp: 'Move up: “Visit two flats”',
    moved: '“Visit two flats” is now step 1 of 2.',
    progress: '1 of 2 steps done',
  },
  fr: {
    title: 'Mon plan de rétablissement',
    shared: /Vous partagez votre plan avec Rosa\./,
    suggestions: 'Des propositions pour vous',
    goalSuggestion: 'Essayer le cours du soir à la médiathèque',
    goalWhat: 'Un objectif pour : Compétences, formation et études',
    goalWhy: 'Vous m’avez dit qu’apprendre vous manque.',
    stepSuggestion: 'Appeler le service logement de la mairie',
    stepWhat: 'Une étape pour votre objectif « Trouver un logement près de ma sœur »',
    stepWhy: 'Ils m’ont aidée à trouver mon appartement.',
    by: 'Proposé par Rosa',
    accept: 'Oui, l’ajouter à mon plan',
    accepted: '« Essayer le cours du soir à la médiathèque » fait maintenant partie de votre plan.',
    skills: 'Compétences, formation et études',
    decline: 'Pas pour l’instant',
    note: 'Quelques mots pour Rosa (facultatif)',
    noteText: 'Merci, je veux d’abord chercher par moi-même.',
    send: 'Envoyer ma réponse',
    declined: 'Mis de côté. Rosa verra « pas pour l’instant ».',
    answered: 'Les propositions auxquelles vous avez répondu',
    housing: 'Trouver un logement près de ma sœur',
    newStep: /Une nouvelle étape pour « Trouver un logement près de ma sœur »/,
    addStep: 'Ajouter l’étape',
    first: 'Regarder la liste de la mairie',
    second: 'Visiter deux appartements',
    moveUp: 'Monter « Visiter deux appartements »',
    moved: '« Visiter deux appartements » est maintenant l’étape 1 sur 2.',
    progress: 'Étapes faites : 1 sur 2',
  },
} as const;

for (const locale of ['en', 'fr'] as const) {
  test(`a member answers their mentor's suggestions and shapes their steps (${locale})`, async ({ page, context }) => {
    // The scene registers two people, vets a mentor and starts a mentorship through the API.
    test.setTimeout(90_000);
    const w = languages[locale];
    const { member, mentor, goalSuggestionId, stepSuggestionId } = await sceneWithMentorSuggestions(locale);
    await signIn(context, member);
    await page.goto('/plan');
    await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    await expect(page.getByText(w.shared)).toBeVisible({ timeout: 15_000 });

    const suggestions = page.getByRole('region', { name: w.suggestions });
    const goalCard = suggestions.getByRole('article', { name: w.goalSuggestion });
    const stepCard = suggestions.getByRole('article', { name: w.stepSuggestion });
    await expect(goalCard).toContainText(w.goalWhat);
    await expect(goalCard).toContainText(w.goalWhy);
    await expect(goalCard).toContainText(w.by);
    await expect(stepCard).toContainText(w.stepWhat);
    await expect(stepCard).toContainText(w.stepWhy);
    await checkA11y(page);
    await snap(page, `plan-suggestions-${locale}`);

    await goalCard.getByRole('button', { name: w.accept }).click();
    await expect(page.getByText(w.accepted)).toBeVisible();
    await expect(page.getByRole('region', { name: w.skills }).getByRole('article', { name: w.goalSuggestion })).toContainText(w.by);

    await stepCard.getByRole('button', { name: w.decline }).click();
    await stepCard.getByRole('textbox', { name: w.note }).fill(w.noteText);
    await checkA11y(page);
    await stepCard.getByRole('button', { name: w.send }).click();
    await expect(page.getByText(w.declined)).toBeVisible();
    await expect(page.getByRole('region', { name: w.suggestions })).toHaveCount(0);
    await expect(page.getByRole('region', { name: w.answered })).toContainText(w.noteText);
    await checkA11y(page);
    await snap(page, `plan-answered-${locale}`);

    // Rosa sees her suggestions answered, the step "not for now" with the member's words; nothing else was added.
    const { sharedRecoveryPlan } = await must<{
      sharedRecoveryPlan: { goals: { title: string; steps: { title: string }[] }[]; suggestions: { id: string; state: string; note: string | null }[] };
    }>(
      stackValue('baseUrl'),
      'query($o: ID!) { sharedRecoveryPlan(ownerId: $o) { goals { title steps { title } } suggestions { id state note } } }',
      { o: member.userId },
      mentor.accessToken,
      options,
    );
    expect(sharedRecoveryPlan.suggestions).toEqual(
      expect.arrayContaining([
        { id: goalSuggestionId, state: 'ACCEPTED', note: null },
        { id: stepSuggestionId, state: 'NOT_FOR_NOW', note: w.noteText },
      ]),
    );
    expect(sharedRecoveryPlan.goals.flatMap((goal) => goal.steps)).toEqual([]);

    // The member's own steps: added, put in order from the keyboard, one ticked off.
    const housing = page.getByRole('article', { name: w.housing });
    for (const step of [w.first, w.second]) {
      await housing.getByRole('textbox', { name: w.newStep }).fill(step);
      await housing.getByRole('button', { name: w.addStep }).click();
      await expect(housing.getByRole('checkbox', { name: step })).toBeVisible();
    }
    await housing.getByRole('button', { name: w.moveUp }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(w.moved)).toBeAttached();
    await expect(housing.getByRole('listitem')).toHaveText([new RegExp(w.second), new RegExp(w.first)]);
    await housing.getByRole('checkbox', { name: w.first }).click({ force: true });
    await expect(housing.getByRole('checkbox', { name: w.first })).toBeChecked();
    await expect(housing.getByText(w.progress)).toBeVisible();
    await checkA11y(page);
    await snap(page, `plan-steps-${locale}`);
  });
}
