import { createAdmin } from '@kindred/test-support/accounts';
import { joinAsMembers, must, vetMentor } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { waitFor } from '@kindred/test-support/polling';
import { checkA11y, expect, newPerson, runEnv, signIn, snap, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.13.1' };

async function as<T>(person: Pick<Person, 'accessToken'>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return must<T>(stackValue('baseUrl'), query, variables, person.accessToken, options);
}

const yesterday = (): string => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

const fr = {
  earlyHelpTitle: 'Quand c’est difficile',
  lowMood: 'Vos derniers points du jour étaient difficiles',
  lowMoodWords: 'Ces derniers jours semblent avoir été durs. Vous n’avez pas à les traverser seul·e.',
  nobodyTold: 'Personne n’a été prévenu : c’est seulement pour vous.',
  consent: 'Prévenir mon mentor si je semble en crise',
  consentOn: 'Activé. Vous pouvez l’arrêter à tout moment.',
  helpNow: 'Trouver de l’aide tout de suite',
  checkInsTitle: 'Points du jour',
  noReminders: 'Vous ne recevez pas de rappel. Vous pouvez choisir un moment qui vous convient.',
  chooseReminders: 'Choisir des rappels',
  howOften: 'À quelle fréquence voulez-vous un rappel ?',
  fewDays: 'Quelques jours par semaine',
  whichDays: 'Quels jours ?',
  time: 'À quelle heure ?',
  saveReminders: 'Enregistrer mes rappels',
  remindersSet: 'Vous recevez un rappel le mardi et le jeudi à 08:30.',
  // In the time zone of her profile, not her phone's.
  nextReminder: /^Prochain rappel : (mardi|jeudi) .* à 08:30\.$/,
  inLondon: /^Les heures sont celles de votre fuseau horaire, Europe\/London\./,
  stopReminders: 'Arrêter les rappels',
  stopped: 'Les rappels sont arrêtés. Vous pouvez toujours faire le point quand vous voulez.',
  veryLow: 'Humeur : Très mal. Envie : 3 sur 10.',
  deleteCheckin: /^Supprimer le point du /,
  deleteCheckinTitle: 'Supprimer ce point du jour ?',
  deleteCheckinConfirm: 'Oui, le supprimer',
  history: 'Vos points du jour',
  openEntry: /^Ouvrir la page du /,
  entryTitle: 'Une page de journal',
  onlyYou: 'vous seul·e.',
  edit: /^Modifier la page du /,
  body: /Qu'avez-vous envie d'écrire/,
  saveChanges: 'Enregistrer les changements',
  deleteEntry: /^Supprimer la page du /,
  deleteEntryTitle: 'Supprimer cette page ?',
  deleteEntryConfirm: 'Oui, la supprimer',
  diaryEmpty: 'Votre journal est encore vide',
  firstWords: 'Une journée lourde. J’ai appelé ma sœur le soir.',
  moreWords: 'Une journée lourde. J’ai appelé ma sœur le soir, et nous avons marché jusqu’au pont.',
};

const en = {
  console: 'Coordinating',
  onCall: 'On-call rota',
  nobodyOnCall: 'Nobody is on call yet',
  timeZone: 'Time zone of the rota',
  saveTimeZone: 'Save the time zone',
  timeZoneSaved: 'Saved. The rota’s times are now in Europe/Lisbon.',
  peer: 'Peer',
  day: 'Day',
  saturday: 'Saturday',
  startsAt: 'Starts at',
  endsAt: 'Ends at',
  addShift: 'Add the shift',
  shift: 'Rosa · Saturday, 10:00 to 14:00',
  removeShift: 'Remove this shift for Rosa',
};

test.describe('in French', () => {
  test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });

  test('a member finds early help, sets and stops check-in reminders, deletes a check-in and edits a diary entry on its own page', async ({
    page,
    context,
  }) => {
    // Six snaps on two screen sizes each, after waiting for the worker to open the early-help offer.
    test.setTimeout(60_000);
    const camille = await newPerson({ displayName: 'Camille', locale: 'fr' });
    // Camille lives in London; her phone is still on Paris time after a visit home.
    await as(camille, 'mutation($input: ProfileInput!) { updateMyProfile(input: $input) { timeZone } }', { input: { timeZone: 'Europe/London' } });
    // Three low days in a row, cravings not rising: the early-help rule in the worker reaches out for one reason.
    for (const input of [
      { mood: 2, cravings: 2 },
      { mood: 2, cravings: 4 },
      { mood: 1, cravings: 3 },
    ]) {
      await as(camille, 'mutation($input: CheckinInput!) { checkIn(input: $input) { id } }', { input });
    }
    await as(camille, 'mutation($input: DiaryEntryInput!) { writeDiaryEntry(input: $input) { id } }', {
      input: { body: fr.firstWords, entryDate: yesterday() },
    });
    const offers = await waitFor(
      async () => (await as<{ myEarlyHelp: { reason: string }[] }>(camille, '{ myEarlyHelp { reason } }')).myEarlyHelp.map((offer) => offer.reason),
      (reasons) => reasons.length > 0,
      'the early-help offer after three low check-ins',
      15_000,
    );
    expect(offers).toEqual(['LOW_MOOD']);
    await signIn(context, camille);

    await page.goto('/early-help');
    await expect(page.getByRole('heading', { level: 1, name: fr.earlyHelpTitle })).toBeVisible();
    const offer = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: fr.lowMood }) });
    await expect(offer.getByText(fr.lowMoodWords)).toBeVisible();
    await expect(offer.getByText(fr.nobodyTold)).toBeVisible();
    await expect(page.getByRole('link', { name: fr.helpNow })).toBeVisible();
    const consent = page.getByRole('switch', { name: fr.consent });
    await expect(consent).not.toBeChecked();
    await page.getByText(fr.consent, { exact: true }).click();
    await expect(consent).toBeChecked();
    await expect(page.getByText(fr.consentOn)).toBeVisible();
    await checkA11y(page);
    await snap(page, 'early-help-offer-fr');
    expect((await as<{ myCrisisAlertConsent: boolean }>(camille, '{ myCrisisAlertConsent }')).myCrisisAlertConsent).toBe(true);

    await page.goto('/check-ins');
    await expect(page.getByRole('heading', { level: 1, name: fr.checkInsTitle })).toBeVisible();
    await expect(page.getByText(fr.noReminders)).toBeVisible();
    await page.getByRole('button', { name: fr.chooseReminders }).click();
    const rhythm = page.getByRole('form', { name: 'Rappels pour faire le point' });
    await rhythm.getByRole('radiogroup', { name: fr.howOften }).getByRole('radio', { name: fr.fewDays }).check({ force: true });
    const days = rhythm.getByRole('group', { name: fr.whichDays });
    for (const day of ['mardi', 'jeudi']) await days.getByRole('checkbox', { name: day, exact: true }).check({ force: true });
    await rhythm.getByRole('textbox', { name: fr.time }).fill('08:30');
    await checkA11y(page);
    await snap(page, 'check-in-reminders-form-fr');
    await rhythm.getByRole('button', { name: fr.saveReminders }).click();
    await expect(page.getByText(fr.remindersSet)).toBeVisible();
    await expect(page.getByText(fr.nextReminder)).toBeVisible();
    await expect(page.getByText(fr.inLondon)).toBeVisible();
    await checkA11y(page);
    await snap(page, 'check-in-reminders-set-fr');
    await page.getByRole('button', { name: fr.stopReminders }).click();
    await expect(page.getByText(fr.stopped)).toBeVisible();
    await expect(page.getByText(fr.noReminders)).toBeVisible();
    expect(
      (await as<{ myCheckinPreferences: { cadence: string | null } }>(camille, '{ myCheckinPreferences { cadence } }')).myCheckinPreferences.cadence,
    ).toBeNull();

    const history = page.getByRole('list', { name: fr.history }).getByRole('listitem');
    await expect(history).toHaveCount(3);
    await history.filter({ hasText: fr.veryLow }).getByRole('button', { name: fr.deleteCheckin }).click();
    const confirmCheckin = page.getByRole('alertdialog', { name: fr.deleteCheckinTitle });
    await checkA11y(page);
    await snap(page, 'check-in-reminders-delete-fr');
    await confirmCheckin.getByRole('button', { name: fr.deleteCheckinConfirm }).click();
    await expect(confirmCheckin).toHaveCount(0);
    await expect(history).toHaveCount(2);
    await expect(page.getByText(fr.veryLow)).toHaveCount(0);
    await checkA11y(page);

    await page.goto('/diary');
    await page.getByRole('link', { name: fr.openEntry }).click();
    await expect(page.getByRole('heading', { level: 1, name: fr.entryTitle })).toBeVisible();
    const entry = page.getByRole('article');
    await expect(entry.getByText(fr.firstWords)).toBeVisible();
    await expect(entry.getByText(fr.onlyYou)).toBeVisible();
    await checkA11y(page);
    await snap(page, 'diary-entry-page-fr');
    await entry.getByRole('button', { name: fr.edit }).click();
    await entry.getByRole('textbox', { name: fr.body }).fill(fr.moreWords);
    await checkA11y(page);
    await snap(page, 'diary-entry-edit-fr');
    await entry.getByRole('button', { name: fr.saveChanges }).click();
    await expect(entry.getByText(fr.moreWords)).toBeVisible();
    await entry.getByRole('button', { name: fr.deleteEntry }).click();
    const confirmEntry = page.getByRole('alertdialog', { name: fr.deleteEntryTitle });
    await checkA11y(page);
    await snap(page, 'diary-entry-delete-fr');
    await confirmEntry.getByRole('button', { name: fr.deleteEntryConfirm }).click();
    await expect(page).toHaveURL(/\/diary$/);
    await expect(page.getByRole('heading', { name: fr.diaryEmpty })).toBeVisible();
    await checkA11y(page);
  });
});

test('a coordinator sets the on-call time zone, puts a vetted peer on call and takes the shift off again', async ({ page, context }) => {
  const api = stackValue('baseUrl');
  const env = runEnv();
  const admin = await createAdmin(api, env, options);
  const { createAlliance } = await as<{ createAlliance: { id: string } }>(admin, 'mutation($input: AllianceInput!) { createAlliance(input: $input) { id } }', {
    input: {
      name: `Lisbon Together ${Math.random().toString(16).slice(2, 8)}`,
      region: 'Lisboa',
      city: 'Lisbon',
      postcodePrefixes: ['11'],
      languages: ['en'],
      currency: 'EUR',
      crisisResources: [],
      partnerOrganisations: [],
    },
  });
  const allianceId = createAlliance.id;
  const sam = await newPerson({ displayName: 'Sam' });
  await as(admin, 'mutation($a: ID!, $u: ID!) { appointCoordinator(allianceId: $a, userId: $u) { id } }', { a: allianceId, u: sam.userId });
  // Rosa joins, and Sam vets her as a mentor: only vetted peers can be on call.
  const rosa = await newPerson({ displayName: 'Rosa' });
  await joinAsMembers(stackValue('baseUrl'), allianceId, sam.accessToken, [rosa], options);
  await ageAccounts(env, [rosa.userId], 30);
  await vetMentor(
    stackValue('baseUrl'),
    allianceId,
    sam.accessToken,
    rosa,
    {
      livedExperienceSummary: 'Six years in recovery; evenings and weekends suit me.',
      pathways: ['HARM_REDUCTION'],
      yearsInRecovery: 6,
      languages: ['en'],
      focusDomains: ['PEER_SUPPORT'],
      availability: [],
      maxMentees: 2,
      trainingCompleted: ['safeguarding'],
    },
    options,
  );
  await signIn(context, sam);

  await page.goto('/coordinate');
  await expect(page.getByRole('heading', { level: 1, name: en.console })).toBeVisible();
  await page.getByRole('link', { name: en.onCall, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: en.onCall })).toBeVisible();
  await expect(page.getByRole('heading', { name: en.nobodyOnCall })).toBeVisible();
  await checkA11y(page);
  await snap(page, 'on-call-empty-en');

  await page.getByRole('textbox', { name: en.timeZone }).fill('Europe/Lisbon');
  await page.getByRole('button', { name: en.saveTimeZone }).click();
  await expect(page.getByText(en.timeZoneSaved)).toBeVisible();

  await expect(page.getByRole('button', { name: en.peer })).toContainText('Rosa');
  await page.getByRole('button', { name: en.day }).click();
  await page.getByRole('option', { name: en.saturday, exact: true }).click();
  await page.getByRole('textbox', { name: en.startsAt, exact: true }).fill('10:00');
  await page.getByRole('textbox', { name: en.endsAt, exact: true }).fill('14:00');
  await page.getByRole('button', { name: en.addShift }).click();
  await expect(page.getByText(en.shift)).toBeVisible();
  await expect(page.getByRole('heading', { name: en.nobodyOnCall })).toHaveCount(0);
  await checkA11y(page);
  await snap(page, 'on-call-shift-en');

  await page.getByRole('button', { name: en.removeShift }).click();
  await expect(page.getByText(en.shift)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: en.nobodyOnCall })).toBeVisible();
  await checkA11y(page);
  const { myOnCallRotas } = await as<{ myOnCallRotas: { timeZone: string; shifts: unknown[] }[] }>(sam, '{ myOnCallRotas { timeZone shifts { id } } }');
  expect(myOnCallRotas).toEqual([{ timeZone: 'Europe/Lisbon', shifts: [] }]);
});
