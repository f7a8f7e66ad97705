import { allianceWithMembers, joinAsMembers, must, vetMentor } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { checkA11y, expect, newPerson, signIn, snap, subscriptionStarted, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.2' };

/**
 * A member and their peer mentor Rosa, both in the locale, in an active mentorship: its
 * conversation is the one they talk in. Set up through the API as the people themselves.
 */
async function sceneWithMentorship(locale: 'en' | 'fr'): Promise<{ member: Person; mentor: Person; conversationId: string }> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const { admin, allianceId } = await allianceWithMembers(api, env, 0, options);
  const mentor = await newPerson({ displayName: 'Rosa', locale });
  const member = await newPerson({ displayName: 'Sam', locale });
  await joinAsMembers(api, allianceId, admin.accessToken, [mentor, member], options);
  await ageAccounts(env, [mentor.userId, member.userId], 30);
  await vetMentor(
    api,
    allianceId,
    admin.accessToken,
    mentor,
    {
      livedExperienceSummary: 'Five years in recovery; I like walking alongside people in their first months.',
      pathways: ['HARM_REDUCTION'],
      yearsInRecovery: 5,
      languages: ['en', 'fr'],
      focusDomains: ['PEER_SUPPORT'],
      availability: [{ day: 'TUESDAY', start: '18:00', end: '21:00' }],
      maxMentees: 3,
      trainingCompleted: ['safeguarding'],
    },
    options,
  );
  const { requestMentorship } = await must<{ requestMentorship: { id: string } }>(
    api,
    'mutation($m: ID!) { requestMentorship(mentorId: $m) { id } }',
    { m: mentor.userId },
    member.accessToken,
    options,
  );
  const { acceptMentorship } = await must<{ acceptMentorship: { conversationId: string } }>(
    api,
    'mutation($i: ID!) { acceptMentorship(mentorshipId: $i) { conversationId } }',
    { i: requestMentorship.id },
    mentor.accessToken,
    options,
  );
  // The news that the mentorship started is read, so the badge counts only what comes next.
  await must(api, 'mutation { markNotificationsRead }', {}, member.accessToken, options);
  return { member, mentor, conversationId: acceptMentorship.conversationId };
}

const words = {
  en: {
    openFromMentors: 'Message Rosa',
    field: 'Your message',
    send: 'Send',
    hello: 'Hello Sam! How was your week?',
    labelled: 'My cousin is an addict, and I worry.',
    corrected: 'My cousin uses drugs, and I worry about him.',
    harmful: 'dm me for the menu',
    nudge: 'A thought before you send',
    sendAnyway: 'Send as it is',
    options: 'Options',
    edit: 'Edit',
    editField: 'Your corrected message',
    save: 'Save the change',
    edited: /edited/,
    held: 'Held for review: only you can see it for now.',
    heldForOthers: 'This message is waiting for a moderator to look at it.',
    report: 'Report',
    reportTitle: 'Report this message',
    reason: 'It shames or labels people',
    sendReport: 'Send the report',
    thanks: /Thank you for telling us/,
    mute: 'Mute this conversation',
    muted: /^Muted: messages still arrive here/,
    block: 'Block Rosa',
    blockTitle: 'Block Rosa?',
    blocked: /You blocked Rosa\./,
    messages: 'Messages',
    conversations: 'Your conversations',
    mutedInList: /Muted/,
    unblock: 'Unblock Rosa',
    lifted: /Rosa is unblocked/,
    badge: 'Notifications, 1 unread',
    noneUnread: 'Notifications, nothing new',
  },
  fr: {
    openFromMentors: 'Écrire à Rosa',
    field: 'Votre message',
    send: 'Envoyer',
    hello: 'Bonjour Sam ! Comment s’est passée ta semaine ?',
    labelled: 'Mon cousin est toxicomane, et je m’inquiète.',
    corrected: 'Mon cousin consomme des drogues, et je m’inquiète pour lui.',
    harmful: 'je vends de la coke, dispo sur snap',
    nudge: 'Une pensée avant d’envoyer',
    sendAnyway: 'Envoyer tel quel',
    options: 'Options',
    edit: 'Modifier',
    editField: 'Votre message corrigé',
    save: 'Enregistrer la correction',
    edited: /modifié/,
    held: 'En attente de relecture : vous seul·e le voyez pour l’instant.',
    heldForOthers: 'Ce message attend la relecture d’un·e modérateur·rice.',
    report: 'Signaler',
    reportTitle: 'Signaler ce message',
    reason: 'Il fait honte ou colle des étiquettes',
    sendReport: 'Envoyer le signalement',
    thanks: /Merci de nous l’avoir dit/,
    mute: 'Mettre cette conversation en sourdine',
    muted: /^En sourdine : les messages arrivent toujours ici/,
    block: 'Bloquer Rosa',
    blockTitle: 'Bloquer Rosa ?',
    blocked: /Vous avez bloqué Rosa\./,
    messages: 'Messages',
    conversations: 'Vos conversations',
    mutedInList: /En sourdine/,
    unblock: 'Débloquer Rosa',
    lifted: /Le blocage de Rosa est levé/,
    badge: 'Notifications, 1 non lue',
    noneUnread: 'Notifications, rien de nouveau',
  },
} as const;

for (const locale of ['en', 'fr'] as const) {
  test(`a member and their mentor talk live; nudge, edit, held, report, mute and block (${locale})`, async ({ page, context, browser }) => {
    // Two people’s pages, the mentorship’s set-up through vetting, and a walk through every action: long on a busy machine.
    test.setTimeout(240_000);
    const w = words[locale];
    const { member, mentor, conversationId } = await sceneWithMentorship(locale);

    // The member finds the conversation from their mentor's page.
    await signIn(context, member);
    await page.goto('/mentors');
    const samLive = subscriptionStarted(page, 'MessageEvents');
    await page.getByRole('link', { name: w.openFromMentors }).click();
    await expect(page).toHaveURL(new RegExp(`/messages/${conversationId}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Rosa' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('textbox', { name: w.field })).toBeVisible();
    await expect(page.getByRole('link', { name: w.noneUnread })).toBeVisible();
    await checkA11y(page);

    // Rosa has the same conversation open in her own browser.
    const mentorContext = await browser.newContext({ baseURL: stackValue('baseUrl'), locale: 'en-GB' });
    const mentorPage = await mentorContext.newPage();
    await signIn(mentorContext, mentor);
    const rosaLive = subscriptionStarted(mentorPage, 'MessageEvents');
    await mentorPage.goto(`/messages/${conversationId}`);
    await expect(mentorPage.getByRole('heading', { level: 1, name: 'Sam' })).toBeVisible({ timeout: 15_000 });
    await checkA11y(mentorPage);

    // What Rosa sends appears on Sam's open page without a reload, and the header's badge counts it.
    await Promise.all([samLive, rosaLive]);
    await mentorPage.getByRole('textbox', { name: w.field }).fill(w.hello);
    await mentorPage.getByRole('button', { name: w.send, exact: true }).click();
    const samThread = page.getByRole('log');
    await expect(samThread.getByText(w.hello)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('link', { name: w.badge })).toBeVisible({ timeout: 15_000 });

    // Before Sam's reply goes, the nudge suggests gentler words; Sam sends it as written.
    await page.getByRole('textbox', { name: w.field }).fill(w.labelled);
    await page.getByRole('button', { name: w.send, exact: true }).click();
    await expect(page.getByRole('heading', { name: w.nudge })).toBeFocused();
    await checkA11y(page);
    await snap(page, `messages-nudge-${locale}`);
    await page.getByRole('button', { name: w.sendAnyway }).click();
    const rosaThread = mentorPage.getByRole('log');
    await expect(rosaThread.getByText(w.labelled)).toBeVisible({ timeout: 15_000 });

    // Sam corrects it within the window; Rosa sees the correction live.
    const mine = samThread.getByRole('listitem').filter({ hasText: w.labelled });
    await mine.getByRole('button', { name: w.options }).click();
    await mine.getByRole('button', { name: w.edit }).click();
    await page.getByRole('textbox', { name: w.editField }).fill(w.corrected);
    await page.getByRole('button', { name: w.save }).click();
    await expect(samThread.getByRole('listitem').filter({ hasText: w.corrected })).toContainText(w.edited);
    await expect(rosaThread.getByText(w.corrected)).toBeVisible({ timeout: 15_000 });
    await expect(rosaThread.getByText(w.labelled)).toHaveCount(0);

    // A message moderation holds is shown to Sam as held, with the reason; Rosa does not see its words.
    await page.getByRole('textbox', { name: w.field }).fill(w.harmful);
    await page.getByRole('button', { name: w.send, exact: true }).click();
    const held = samThread.getByRole('listitem').filter({ hasText: w.harmful });
    await expect(held.getByText(w.held)).toBeVisible();
    await expect(rosaThread.getByText(w.heldForOthers)).toBeVisible({ timeout: 15_000 });
    await expect(rosaThread.getByText(w.harmful)).toHaveCount(0);
    await checkA11y(page);
    await snap(page, `messages-conversation-${locale}`);
    await snap(mentorPage, `messages-mentor-${locale}`);

    // Sam reports Rosa's message.
    const theirs = samThread.getByRole('listitem').filter({ hasText: w.hello });
    await theirs.getByRole('button', { name: w.options }).click();
    await theirs.getByRole('button', { name: w.report }).click();
    const report = page.getByRole('dialog', { name: w.reportTitle });
    await report.getByRole('radio', { name: w.reason }).check({ force: true });
    await checkA11y(page);
    await snap(page, `messages-report-${locale}`);
    await report.getByRole('button', { name: w.sendReport }).click();
    await expect(report.getByText(w.thanks)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(report).toBeHidden();

    // Sam mutes the conversation.
    await page.getByRole('switch', { name: w.mute }).check({ force: true });
    await expect(page.getByText(w.muted)).toBeVisible();

    // Sam blocks Rosa, after reading what blocking does.
    await page.getByRole('button', { name: w.block }).click();
    const confirm = page.getByRole('alertdialog', { name: w.blockTitle });
    await checkA11y(page);
    await snap(page, `messages-block-${locale}`);
    await confirm.getByRole('button', { name: w.block }).click();
    await expect(page.getByText(w.blocked)).toBeVisible();
    await expect(page.getByRole('textbox', { name: w.field })).toHaveCount(0);
    await checkA11y(page);

    // The list shows the conversation muted, and the block can be lifted there.
    await page.getByRole('link', { name: w.messages, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: w.messages })).toBeVisible();
    const rosa = page.getByRole('list', { name: w.conversations }).getByRole('listitem').filter({ hasText: 'Rosa' });
    await expect(rosa).toContainText(w.mutedInList);
    await expect(page.getByRole('button', { name: w.unblock })).toBeVisible();
    await checkA11y(page);
    await snap(page, `messages-list-${locale}`);
    await page.getByRole('button', { name: w.unblock }).click();
    await expect(page.getByText(w.lifted)).toBeVisible();

    // What Sam did reached the API for real.
    const api = stackValue('baseUrl');
    const { conversation, myModerationReports, myBlockedPeople } = await must<{
      conversation: { muted: boolean };
      myModerationReports: { reason: string }[];
      myBlockedPeople: unknown[];
    }>(
      api,
      'query($c: ID!) { conversation(id: $c) { muted } myModerationReports { reason } myBlockedPeople { personId } }',
      { c: conversationId },
      member.accessToken,
      options,
    );
    expect(conversation.muted).toBe(true);
    expect(myModerationReports).toEqual([{ reason: 'STIGMATIZING_LANGUAGE' }]);
    expect(myBlockedPeople).toEqual([]);
    await mentorContext.close();
  });
}
