import { FakePushService, type FakeSubscription } from '@kindred/notifications/fake-push-service';
import { allianceWithMembers, joinAsMembers, must, vetMentor } from '@kindred/test-support/alliance-setup';
import { ageAccounts } from '@kindred/test-support/clock';
import { checkA11y, expect, newPerson, signIn, snap, subscriptionStarted, test, type Person } from './fixtures';
import { stackValue } from './stack';

const options = { sourceAddress: '127.0.9.7' };

/**
 * Sam, with Rosa as mentor and Kai in their circle: Sam chose both, and both agreed to be
 * alerted (Kai through quiet hours), and each has a phone subscribed to push (a device of the
 * local fake push service, which checks every push's VAPID signature and decrypts it). Set up
 * through the API as the people themselves.
 */
async function scene(
  locale: 'en' | 'fr',
  pushService: FakePushService,
): Promise<{ member: Person; mentor: Person; friend: Person; phones: Map<Person, FakeSubscription> }> {
  const api = stackValue('baseUrl');
  const env = JSON.parse(stackValue('runEnv')) as Record<string, string>;
  const call = <T>(query: string, variables: Record<string, unknown>, person: Person) => must<T>(api, query, variables, person.accessToken, options);
  const { admin, allianceId } = await allianceWithMembers(api, env, 0, options);
  const mentor = await newPerson({ displayName: 'Rosa', locale });
  const member = await newPerson({ displayName: 'Sam', locale });
  const friend = await newPerson({ displayName: 'Kai', locale });
  await joinAsMembers(api, allianceId, admin.accessToken, [mentor, member, friend], options);
  await ageAccounts(env, [mentor.userId, member.userId, friend.userId], 30);
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
      availability: [],
      maxMentees: 3,
      trainingCompleted: ['safeguarding'],
    },
    options,
  );
  const { requestMentorship } = await call<{ requestMentorship: { id: string } }>(
    'mutation($m: ID!) { requestMentorship(mentorId: $m) { id } }',
    { m: mentor.userId },
    member,
  );
  await call('mutation($i: ID!) { acceptMentorship(mentorshipId: $i) { conversationId } }', { i: requestMentorship.id }, mentor);
  const { inviteToCircle } = await call<{ inviteToCircle: { id: string } }>(
    'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }',
    { u: friend.userId },
    member,
  );
  await call('mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id }, friend);
  for (const responder of [mentor, friend]) {
    await call('mutation($u: ID!) { chooseSupportResponder(userId: $u) { reachOnCall } }', { u: responder.userId }, member);
    await call(
      'mutation($m: ID!, $q: Boolean!) { answerSupportResponderAsk(memberId: $m, consent: true, throughQuietHours: $q) { reachOnCall } }',
      { m: member.userId, q: responder === friend },
      responder,
    );
  }
  const phones = new Map<Person, FakeSubscription>();
  for (const responder of [mentor, friend]) {
    const phone = pushService.newSubscription();
    await call('mutation($s: PushSubscriptionInput!) { subscribeToPush(subscription: $s) { deviceCount } }', { s: phone }, responder);
    phones.set(responder, phone);
  }
  return { member, mentor, friend, phones };
}

const words = {
  en: {
    button: 'Need support',
    settingsTitle: 'Who I reach when I need support',
    agreed: /agreed to be alerted/,
    title: 'Support is on its way',
    alert: 'Sam needs support now',
    open: 'Open',
    imHere: 'I’m here',
    coming: 'Coming to you: Rosa',
    firstAnswer: 'Rosa answered: they are on their way.',
    okNow: 'I’m OK now',
    closedResponder: /Sam said they are OK now/,
    samaritans: 'Samaritans',
    push: 'Someone you are there for needs support now on Kindred',
  },
  fr: {
    button: 'Besoin de soutien',
    settingsTitle: 'Qui je préviens quand j’ai besoin de soutien',
    agreed: /a accepté d’être prévenue/,
    title: 'Du soutien arrive',
    alert: 'Sam a besoin de soutien maintenant',
    open: 'Ouvrir',
    imHere: 'Je suis là',
    coming: 'En route vers vous : Rosa',
    firstAnswer: 'Rosa a répondu : cette personne est en route.',
    okNow: 'Je vais bien maintenant',
    closedResponder: /Sam a dit aller bien maintenant/,
    samaritans: 'Samaritans',
    push: 'Une personne pour qui vous êtes là a besoin de soutien maintenant sur Kindred',
  },
};

let pushService: FakePushService;
test.beforeAll(async () => {
  pushService = await FakePushService.start();
});
test.afterAll(async () => {
  await pushService.stop();
});

for (const locale of ['en', 'fr'] as const) {
  test(`${locale}: one tap reaches the mentor and the circle member live; the first answer is seen by all; “I’m OK now” closes it for all`, async ({
    browser,
  }) => {
    test.slow();
    const w = words[locale];
    const { member, mentor, friend, phones } = await scene(locale, pushService);
    const sessions = await Promise.all(
      [member, mentor, friend].map(async (person) => {
        const context = await browser.newContext();
        await signIn(context, person);
        return context.newPage();
      }),
    );
    const [memberPage, mentorPage, friendPage] = sessions as [(typeof sessions)[number], (typeof sessions)[number], (typeof sessions)[number]];

    await memberPage.goto('/support-now');
    await expect(memberPage.getByRole('heading', { level: 1, name: w.settingsTitle })).toBeVisible();
    await expect(memberPage.getByText(w.agreed)).toHaveCount(2);
    await checkA11y(memberPage);
    await snap(memberPage, `support-now-settings-${locale}`);

    const responderStreams = [mentorPage, friendPage].map((page) => subscriptionStarted(page, 'SupportNoticeArrived'));
    for (const page of [mentorPage, friendPage]) await page.goto('/home');
    await Promise.all(responderStreams);

    await memberPage.getByRole('button', { name: w.button }).click();
    await expect(memberPage.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
    await expect(memberPage.getByText(w.samaritans).first()).toBeVisible();

    for (const page of [mentorPage, friendPage]) await expect(page.getByRole('alert').getByText(w.alert)).toBeVisible({ timeout: 15_000 });
    const callPath = new URL(memberPage.url()).pathname;
    for (const responder of [mentor, friend]) {
      const [push] = await pushService.waitForPushes(phones.get(responder)!);
      // Signed with the server's key, urgent, and saying only that someone needs them: who, in the app.
      expect(push?.json).toEqual({ title: 'Kindred', body: w.push, url: callPath, tag: expect.stringMatching(/^kindred-/) });
      expect(push?.urgency).toBe('high');
      expect(push?.text).not.toContain('Sam');
    }
    await checkA11y(friendPage);
    await snap(friendPage, `support-now-alert-banner-${locale}`);

    await friendPage.getByRole('alert').getByRole('link', { name: w.open }).click();
    await expect(friendPage.getByRole('button', { name: w.imHere })).toBeVisible();

    await mentorPage.getByRole('alert').getByRole('link', { name: w.open }).click();
    await mentorPage.getByRole('button', { name: w.imHere }).click();
    await expect(mentorPage.getByRole('button', { name: w.imHere })).toHaveCount(0);

    await expect(friendPage.getByText(w.firstAnswer)).toBeVisible();
    await checkA11y(friendPage);
    await snap(friendPage, `support-now-responder-${locale}`);
    await expect(memberPage.getByText(w.coming)).toBeVisible({ timeout: 15_000 });
    await checkA11y(memberPage);
    await snap(memberPage, `support-now-mine-${locale}`);

    await memberPage.getByRole('button', { name: w.okNow }).click();
    await expect(memberPage.getByRole('button', { name: w.okNow })).toHaveCount(0);
    for (const page of [friendPage, mentorPage]) await expect(page.getByText(w.closedResponder)).toBeVisible({ timeout: 15_000 });
    await Promise.all(sessions.map((page) => page.context().close()));
  });
}
