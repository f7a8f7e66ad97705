import type { Page } from '@playwright/test';
import { createAdmin } from '@kindred/test-support/accounts';
import { must } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { checkA11y, expect, newPerson, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.11.1' };

const MENTOR_APPLICATION = {
  livedExperienceSummary: 'Five years in recovery with the help of medication; I love helping people find work or training.',
  pathways: ['MEDICATION_ASSISTED', 'HARM_REDUCTION'],
  yearsInRecovery: 5,
  languages: ['en', 'fr'],
  focusDomains: ['SKILLS_AND_EDUCATION'],
  availability: [{ day: 'TUESDAY', start: '18:00', end: '21:00' }],
  maxMentees: 3,
  trainingCompleted: ['safeguarding'],
};

interface Scene {
  api: string;
  allianceId: string;
  coordinators: Person[];
  applicant: Person;
  applicationId: string;
}

/**
 * An alliance created by an administrator (made one with the grant-role command), who appoints
 * the coordinators; Alex and Noor ask to join; Rosa, already a member, applies to mentor.
 */
async function scene(locale: 'en' | 'fr', coordinatorCount: number, withJoinRequests: boolean): Promise<Scene> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const admin = await createAdmin(api, env, options);
  const { createAlliance } = await must<{ createAlliance: { id: string } }>(
    api,
    'mutation($input: AllianceInput!) { createAlliance(input: $input) { id } }',
    {
      input: {
        name: `Strasbourg Ensemble ${Math.random().toString(16).slice(2, 8)}`,
        region: 'Grand Est',
        city: 'Strasbourg',
        postcodePrefixes: ['67'],
        languages: ['fr'],
        currency: 'EUR',
        crisisResources: [],
        partnerOrganisations: [],
      },
    },
    admin.accessToken,
    options,
  );
  const allianceId = createAlliance.id;
  const coordinators: Person[] = [];
  for (const name of ['Sam', 'Lou'].slice(0, coordinatorCount)) {
    const coordinator = await newPerson({ displayName: name, locale });
    await must(
      api,
      'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }',
      { a: allianceId, u: coordinator.userId },
      admin.accessToken,
      options,
    );
    coordinators.push(coordinator);
  }
  const askToJoin = async (person: Person) =>
    (
      await must<{ requestToJoinAlliance: { id: string } }>(
        api,
        'mutation($a: ID!) { requestToJoinAlliance(allianceId: $a, capacity: MEMBER) { id } }',
        { a: allianceId },
        person.accessToken,
        options,
      )
    ).requestToJoinAlliance.id;
  if (withJoinRequests) {
    for (const name of ['Alex', 'Noor']) await askToJoin(await newPerson({ displayName: name }));
  }
  const applicant = await newPerson({ displayName: 'Rosa' });
  await must(
    api,
    'mutation($m: ID!) { decideMembership(membershipId: $m, decision: APPROVE) { status } }',
    { m: await askToJoin(applicant) },
    admin.accessToken,
    options,
  );
  await ageAccounts(env, [applicant.userId], 30);
  const { applyToMentor } = await must<{ applyToMentor: { id: string } }>(
    api,
    'mutation($a: ID!, $input: MentorApplicationInput!) { applyToMentor(allianceId: $a, input: $input) { id } }',
    { a: allianceId, input: MENTOR_APPLICATION },
    applicant.accessToken,
    options,
  );
  return { api, allianceId, coordinators, applicant, applicationId: applyToMentor.id };
}

const words = {
  en: {
    console: 'Coordinating',
    joinRequests: 'Requests to join',
    welcomeAlex: 'Welcome Alex',
    alexJoined: 'Alex is now part of the alliance.',
    declineNoor: 'Decline Noor’s request',
    declineReason: /Why you are declining/,
    sendDecline: 'Send and decline',
    noorDeclined: 'You declined Noor’s request. They will read your reason.',
    kindReason: 'We are full this month; the Colmar alliance is closer to you and would love to meet you.',
    applications: 'Mentor applications',
    askChanges: 'Ask Rosa for changes',
    changesField: /What you would like them to change/,
    sendChanges: 'Send and ask for changes',
    changesAsked: 'Rosa will read your message. Their application comes back here once they edit it.',
    changesMessage: 'Thank you, Rosa. Could you add when you are free at weekends?',
    approveRosa: 'Approve Rosa',
    rosaApproved: 'Rosa is now a mentor of the alliance.',
    mentors: 'Mentors',
    limit: /Most places a mentor can choose/,
    save: 'Save',
    saved: 'Saved.',
    pause: 'Pause Rosa’s vetting',
    pauseField: /Why you are pausing/,
    pauseReason: 'Resting for a month, as we agreed together.',
    sendPause: 'Send and pause',
    paused: 'Rosa is paused: they will not be suggested to members for now.',
    resume: 'Resume Rosa’s vetting',
    resumed: 'Rosa is mentoring again and can be suggested to members.',
    alliancePage: 'Alliance page and team',
    description: 'What the alliance is and does',
    descriptionText: 'Peer support for people in recovery and their families in Strasbourg.',
    addLine: 'Add a crisis line',
    lineName: 'Crisis line 1: name',
    linePhone: 'Crisis line 1: phone number',
    lineHours: 'Crisis line 1: when it answers',
    savePage: 'Save the alliance page',
    pageSaved: 'Saved. Everyone now sees the new page.',
    addResource: 'Add to the directory',
    groups: 'Groups',
    groupName: 'Name of the group',
    groupTitle: 'Sunday walks',
    startGroup: 'Start the group',
    groupStarted: 'Sunday walks has started. You can add people to it now.',
    addTo: /Add someone to Sunday walks/,
    addToGroup: 'Add to the group',
    alexAdded: 'Alex is now in Sunday walks.',
    twoPeople: '2 people in this group',
    removeAlex: 'Remove Alex',
    removeTitle: 'Remove Alex from Sunday walks?',
    removeConfirm: 'Remove Alex from the group',
    alexRemoved: 'Alex is no longer in Sunday walks.',
    onePerson: '1 person in this group',
    resourceName: 'Name',
    insights: 'Insights',
    anonymity: /Each figure comes from at least/,
    notEnough: 'Not enough to show yet',
    decidedElsewhere: /Another coordinator decided this a moment ago/,
  },
  fr: {
    console: 'Coordination',
    joinRequests: 'Demandes d’adhésion',
    welcomeAlex: 'Accueillir Alex',
    alexJoined: 'Alex fait maintenant partie de l’alliance.',
    declineNoor: 'Refuser la demande de Noor',
    declineReason: /Pourquoi vous refusez/,
    sendDecline: 'Envoyer et refuser',
    noorDeclined: 'Vous avez refusé la demande de Noor. Cette personne lira votre raison.',
    kindReason: 'Nous sommes complets ce mois-ci ; l’alliance de Colmar est plus proche de chez vous et serait ravie de vous accueillir.',
    applications: 'Candidatures de mentors',
    askChanges: 'Demander des changements à Rosa',
    changesField: /Ce que vous aimeriez voir changer/,
    sendChanges: 'Envoyer et demander des changements',
    changesAsked: 'Rosa lira votre message. Sa candidature reviendra ici une fois modifiée.',
    changesMessage: 'Merci Rosa. Pourriez-vous ajouter vos disponibilités le week-end ?',
    approveRosa: 'Approuver Rosa',
    rosaApproved: 'Rosa est maintenant mentor de l’alliance.',
    mentors: 'Mentors',
    limit: /Nombre de places qu’un mentor peut choisir/,
    save: 'Enregistrer',
    saved: 'Enregistré.',
    pause: 'Mettre en pause la validation de Rosa',
    pauseField: /Pourquoi vous mettez en pause/,
    pauseReason: 'Une pause d’un mois, comme convenu ensemble.',
    sendPause: 'Envoyer et mettre en pause',
    paused: 'Rosa est en pause : cette personne ne sera pas proposée aux membres pour l’instant.',
    resume: 'Reprendre la validation de Rosa',
    resumed: 'Rosa accompagne de nouveau et peut être proposée aux membres.',
    alliancePage: 'Page de l’alliance et équipe',
    description: 'Ce qu’est l’alliance et ce qu’elle fait',
    descriptionText: 'Du soutien entre pairs pour les personnes en rétablissement et leurs familles à Strasbourg.',
    addLine: 'Ajouter une ligne d’écoute',
    lineName: 'Ligne 1 : nom',
    linePhone: 'Ligne 1 : numéro de téléphone',
    lineHours: 'Ligne 1 : quand elle répond',
    savePage: 'Enregistrer la page de l’alliance',
    pageSaved: 'Enregistré. Tout le monde voit maintenant la nouvelle page.',
    addResource: 'Ajouter à l’annuaire',
    groups: 'Groupes',
    groupName: 'Nom du groupe',
    groupTitle: 'Balades du dimanche',
    startGroup: 'Créer le groupe',
    groupStarted: 'Le groupe Balades du dimanche est créé. Vous pouvez maintenant y ajouter des personnes.',
    addTo: /Ajouter quelqu’un à Balades du dimanche/,
    addToGroup: 'Ajouter au groupe',
    alexAdded: 'Alex fait maintenant partie de Balades du dimanche.',
    twoPeople: '2 personnes dans ce groupe',
    removeAlex: 'Retirer Alex',
    removeTitle: 'Retirer Alex de Balades du dimanche ?',
    removeConfirm: 'Retirer Alex du groupe',
    alexRemoved: 'Alex ne fait plus partie de Balades du dimanche.',
    onePerson: '1 personne dans ce groupe',
    resourceName: 'Nom',
    insights: 'Tendances',
    anonymity: /Chaque chiffre vient d’au moins/,
    notEnough: 'Pas encore assez de réponses',
    decidedElsewhere: /Une autre personne de la coordination vient de décider/,
  },
} as const;

/** Opens a section of the console from its landing page, as a coordinator would. */
async function openSection(page: Page, name: string): Promise<void> {
  await page.goto('/coordinate');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

for (const locale of ['en', 'fr'] as const) {
  test(`a coordinator runs the alliance: requests, mentor vetting, places, page, directory, groups, insights (${locale})`, async ({ page, context }) => {
    // Seven screens with axe and screenshots on each, through the real api and worker.
    test.setTimeout(300_000);
    const w = words[locale];
    const { api, allianceId, coordinators, applicant, applicationId } = await scene(locale, 1, true);
    await signIn(context, coordinators[0]!);

    await page.goto('/coordinate');
    await expect(page.getByRole('heading', { level: 1, name: w.console })).toBeVisible();
    await checkA11y(page);
    await snap(page, `coordinator-console-${locale}`);

    await openSection(page, w.joinRequests);
    await page.getByRole('button', { name: w.welcomeAlex }).click();
    await expect(page.getByText(w.alexJoined)).toBeVisible();
    await page.getByRole('button', { name: w.declineNoor }).click();
    await page.getByRole('textbox', { name: w.declineReason }).fill(w.kindReason);
    await checkA11y(page);
    await page.getByRole('button', { name: w.sendDecline }).click();
    await expect(page.getByText(w.noorDeclined)).toBeVisible();
    await checkA11y(page);
    await snap(page, `coordinator-join-requests-${locale}`);

    await openSection(page, w.applications);
    await expect(page.getByText(MENTOR_APPLICATION.livedExperienceSummary)).toBeVisible();
    await checkA11y(page);
    await snap(page, `coordinator-applications-${locale}`);
    await page.getByRole('button', { name: w.askChanges }).click();
    await page.getByRole('textbox', { name: w.changesField }).fill(w.changesMessage);
    await page.getByRole('button', { name: w.sendChanges }).click();
    await expect(page.getByText(w.changesAsked)).toBeVisible();
    await expect(page.getByText(w.changesMessage)).toBeVisible();
    // Rosa reads the message and edits her application, which goes back to the coordinators.
    const { myMentorApplications } = await must<{ myMentorApplications: { status: string; coordinatorMessage: string }[] }>(
      api,
      '{ myMentorApplications { status coordinatorMessage } }',
      {},
      applicant.accessToken,
      options,
    );
    expect(myMentorApplications).toEqual([{ status: 'CHANGES_REQUESTED', coordinatorMessage: w.changesMessage }]);
    await must(
      api,
      'mutation($i: ID!, $input: MentorApplicationInput!) { updateMentorApplication(applicationId: $i, input: $input) { status } }',
      {
        i: applicationId,
        input: { ...MENTOR_APPLICATION, availability: [...MENTOR_APPLICATION.availability, { day: 'SATURDAY', start: '10:00', end: '12:00' }] },
      },
      applicant.accessToken,
      options,
    );
    await page.reload();
    await page.getByRole('button', { name: w.approveRosa }).click();
    await expect(page.getByText(w.rosaApproved)).toBeVisible();

    await openSection(page, w.mentors);
    const limitForm = page.getByRole('form', { name: w.limit });
    await limitForm.getByRole('button', { name: w.limit }).click();
    await page.getByRole('option', { name: '5', exact: true }).click();
    await limitForm.getByRole('button', { name: w.save, exact: true }).click();
    await expect(limitForm.getByText(w.saved)).toBeVisible();
    await page.getByRole('button', { name: w.pause }).click();
    await page.getByRole('textbox', { name: w.pauseField }).fill(w.pauseReason);
    await page.getByRole('button', { name: w.sendPause }).click();
    await expect(page.getByText(w.paused)).toBeVisible();
    await checkA11y(page);
    await snap(page, `coordinator-mentors-paused-${locale}`);
    await page.getByRole('button', { name: w.resume }).click();
    await expect(page.getByText(w.resumed)).toBeVisible();

    await openSection(page, w.alliancePage);
    await page.getByRole('textbox', { name: w.description }).fill(w.descriptionText);
    await page.getByRole('button', { name: w.addLine }).click();
    await page.getByRole('textbox', { name: w.lineName }).fill('Drogues Info Service');
    await page.getByRole('textbox', { name: w.linePhone }).fill('0800 23 13 13');
    await page.getByRole('textbox', { name: w.lineHours }).fill(locale === 'fr' ? '8 h – 2 h, 7 jours sur 7' : '8am to 2am, every day');
    await page.getByRole('button', { name: w.savePage }).click();
    await expect(page.getByText(w.pageSaved)).toBeVisible();
    const directory = page.getByRole('form', { name: w.addResource });
    await directory.getByRole('textbox', { name: w.resourceName, exact: true }).fill('Le Local');
    await directory.getByRole('button', { name: w.addResource }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Le Local' })).toBeVisible();
    await checkA11y(page);
    await snap(page, `coordinator-alliance-${locale}`);

    // Alex, welcomed above, joins a members' group and leaves it again, as the coordinator decides.
    await openSection(page, w.groups);
    await page.getByRole('textbox', { name: w.groupName }).fill(w.groupTitle);
    await page.getByRole('button', { name: w.startGroup }).click();
    await expect(page.getByText(w.groupStarted)).toBeVisible();
    const group = page.getByRole('article', { name: w.groupTitle });
    await group.getByRole('button', { name: w.addTo }).click();
    await page.getByRole('option', { name: 'Alex', exact: true }).click();
    await group.getByRole('button', { name: w.addToGroup }).click();
    await expect(page.getByText(w.alexAdded)).toBeVisible();
    await expect(group.getByText(w.twoPeople)).toBeVisible();
    await checkA11y(page);
    await snap(page, `coordinator-groups-${locale}`);
    await group.getByRole('button', { name: w.removeAlex }).click();
    const confirm = page.getByRole('alertdialog', { name: w.removeTitle });
    await expect(confirm).toBeVisible();
    await checkA11y(page);
    await snap(page, `coordinator-groups-remove-${locale}`);
    await confirm.getByRole('button', { name: w.removeConfirm }).click();
    await expect(page.getByText(w.alexRemoved)).toBeVisible();
    await expect(group.getByText(w.onePerson)).toBeVisible();

    await openSection(page, w.insights);
    await expect(page.getByText(w.anonymity)).toBeVisible();
    // A new alliance: too few people behind any figure, said as such.
    await expect(page.getByRole('heading', { name: w.notEnough })).toBeVisible();
    await checkA11y(page);
    await snap(page, `coordinator-insights-${locale}`);

    // What the screens did, as the API now tells it.
    const { alliance } = await must<{ alliance: { description: string; mentorPlacesLimit: number; crisisResources: { phone: string }[] } }>(
      api,
      'query($a: ID!) { alliance(allianceId: $a) { description mentorPlacesLimit crisisResources { phone } } }',
      { a: allianceId },
      coordinators[0]!.accessToken,
      options,
    );
    expect(alliance).toEqual({ description: w.descriptionText, mentorPlacesLimit: 5, crisisResources: [{ phone: '0800 23 13 13' }] });
  });
}

test('two coordinators approve the same application at once: one decides, the other is told kindly', async ({ browser }) => {
  test.slow();
  const w = words.en;
  const { api, allianceId, coordinators, applicant } = await scene('en', 2, false);
  const pages: Page[] = [];
  const crashes: string[] = [];
  for (const coordinator of coordinators) {
    const context = await browser.newContext({ baseURL: stackValue('baseUrl'), locale: 'en-GB' });
    await signIn(context, coordinator);
    const page = await context.newPage();
    page.on('pageerror', (error) => crashes.push(error.message));
    await page.goto(`/coordinate/${allianceId}/mentor-applications`);
    await expect(page.getByRole('button', { name: w.approveRosa })).toBeVisible();
    pages.push(page);
  }

  await Promise.all(pages.map((page) => page.getByRole('button', { name: w.approveRosa }).click()));

  const outcomes = await Promise.all(
    pages.map(async (page) => {
      const said = page.getByText(w.rosaApproved).or(page.getByText(w.decidedElsewhere));
      await expect(said).toBeVisible();
      return (await page.getByText(w.rosaApproved).isVisible()) ? 'approved' : 'told';
    }),
  );
  expect(outcomes.sort()).toEqual(['approved', 'told']);
  const told = pages[outcomes.indexOf('told')]!;
  // The queue shows things as they are now: nothing left to approve, no button to press again.
  await expect(told.getByRole('button', { name: w.approveRosa })).toHaveCount(0);
  // Said calmly, as news rather than as an error of theirs.
  await expect(told.getByRole('alert')).toHaveCount(0);
  await checkA11y(told);
  await snap(told, 'coordinator-race-en');
  expect(crashes).toEqual([]);

  const { myMentorApplications } = await must<{ myMentorApplications: { status: string }[] }>(
    api,
    '{ myMentorApplications { status } }',
    {},
    applicant.accessToken,
    options,
  );
  expect(myMentorApplications).toEqual([{ status: 'VETTED' }]);
  const { allianceMembers } = await must<{ allianceMembers: { edges: { node: { personId: string; capacity: string } }[] } }>(
    api,
    'query($a: ID!) { allianceMembers(allianceId: $a, status: ACTIVE, first: 100) { edges { node { personId capacity } } } }',
    { a: allianceId },
    coordinators[0]!.accessToken,
    options,
  );
  expect(allianceMembers.edges.filter(({ node }) => node.personId === applicant.userId && node.capacity === 'PEER_MENTOR')).toHaveLength(1);
  await Promise.all(pages.map((page) => page.context().close()));
});
