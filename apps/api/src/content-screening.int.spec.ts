import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { JobQueue, PlatformRole, QueueName } from '@kindred/core';
import { callAs, codeAs, createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { allianceRunBy, joinAlliance, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { LiveListeners, settle, type Heard } from '@kindred/test-support/live-listener';
import { waitFor } from '@kindred/test-support/polling';
import { startTestApi } from '@kindred/test-support/test-api';
import { startTestWorker } from '@kindred/test-support/test-worker';

/** Real rules of the lexicon's moderation data, across categories and both languages. */
const HARMFUL = [
  'selling xanax, hit me up',
  'selling xans and oxys, dm for prices',
  'got percs for sale, text me',
  'cheap fent tonight, discreet delivery',
  'dm me for the menu',
  'hit me up for prices, got the best kush',
  "who's got coke this weekend?",
  'can anyone sell me some oxys tonight',
  'je vends de la coke, dispo sur snap',
  '$20 a gram, 10 for a half',
  'I know where you live',
  "I'll find you after group and I will hurt you",
  'watch your back tonight',
  'Je sais où tu habites.',
  'Nobody wants you here, just kill yourself',
  'I hope you relapse',
  'do everyone a favor and die',
  'you worthless junkie',
  'shut up bitch',
  'Ferme-la, connard.',
  'once an addict always an addict',
  'only retards post here',
  'nobody here wants a tranny',
  'Click here to win: https://win-big.example.com',
];

const MESSAGE = 'id body heldForReview heldReason';
const EVENTS = `subscription($c: ID!) { messageEvents(conversationId: $c) { kind message { ${MESSAGE} } } }`;

interface MessageView {
  id: string;
  body: string | null;
  heldForReview: boolean;
  heldReason: string | null;
}

interface EventView {
  messageEvents: { kind: string; message: MessageView };
}

/**
 * Screening before delivery: harmful words are stored held in the request, so nobody else
 * ever reads them, live or later, and no notification announces them. The worker is started
 * only after every read was made, so nothing here depends on how fast it is: the old
 * deliver-then-scan order fails these tests every time.
 */
describe('content screened before anyone else can read it', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule | null = null;
  let env: Parameters<typeof startTestWorker>[0];
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let live: LiveListeners;
  let coordinator: TestAccount;
  let moderator: TestAccount;
  let ana: TestAccount;
  let ben: TestAccount;
  let sam: TestAccount;
  let allianceId = '';
  /** Each place people post, who writes there and who reads it. */
  const places: { name: string; id: string; writer: () => TestAccount; reader: () => TestAccount; heard?: Heard }[] = [];
  const held: { id: string; text: string; place: string }[] = [];

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const send = async (account: TestAccount, conversationId: string, body: string): Promise<MessageView> =>
    (
      await call<{ sendMessage: MessageView }>(account, `mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { ${MESSAGE} } }`, {
        c: conversationId,
        b: body,
      })
    ).sendMessage;
  const history = async (account: TestAccount, conversationId: string): Promise<MessageView[]> =>
    (
      await call<{ messages: { edges: { node: MessageView }[] } }>(
        account,
        `query($c: ID!) { messages(conversationId: $c, first: 100) { edges { node { ${MESSAGE} } } } }`,
        {
          c: conversationId,
        },
      )
    ).messages.edges.map((edge) => edge.node);
  const lastMessageSeenBy = async (account: TestAccount, conversationId: string): Promise<MessageView | null> =>
    (
      await call<{ myConversations: { edges: { node: { id: string; lastMessage: MessageView | null } }[] } }>(
        account,
        `{ myConversations(first: 50) { edges { node { id lastMessage { ${MESSAGE} } } } } }`,
      )
    ).myConversations.edges.find((edge) => edge.node.id === conversationId)?.node.lastMessage ?? null;
  const notifications = async (account: TestAccount): Promise<{ kind: string; subjectId: string | null }[]> =>
    (
      await call<{ myNotifications: { edges: { node: { kind: string; subjectId: string | null } }[] } }>(
        account,
        '{ myNotifications(first: 100) { edges { node { kind subjectId } } } }',
      )
    ).myNotifications.edges.map((edge) => edge.node);
  /** Every read the person can make of a conversation, as one text to search. */
  const everythingReadableBy = async (account: TestAccount, conversationId: string): Promise<string> =>
    JSON.stringify([await history(account, conversationId), await lastMessageSeenBy(account, conversationId), await notifications(account)]);
  const eventsOf = (heard: Heard): EventView['messageEvents'][] => heard.results.map((result) => (result.data as EventView).messageEvents);
  const place = (name: string) => places.find((found) => found.name === name)!;
  const jobsDone = () =>
    waitFor(
      () => app.get(JobQueue).queue(QueueName.Default).getJobCounts('waiting', 'active', 'prioritized'),
      (counts) => Object.values(counts).every((count) => count === 0),
      'the worker to finish its jobs',
    );

  beforeAll(async () => {
    ({ app, stop, env } = await startTestApi('screening'));
    dataSource = app.get(DataSource);
    await app.listen(0, '127.0.0.1');
    live = new LiveListeners(`ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`);

    const admin = await createAccount(app, [PlatformRole.ADMIN]);
    [coordinator, moderator, ana, ben, sam] = await Promise.all([
      createAccount(app),
      createAccount(app),
      createAccount(app),
      createAccount(app),
      createAccount(app, [PlatformRole.SUPPORTER]),
    ]);
    allianceId = await allianceRunBy(app, admin, coordinator, 'Screening');
    for (const person of [moderator, ana, ben]) await joinAlliance(app, person, coordinator, allianceId);
    await joinAlliance(app, sam, coordinator, allianceId, 'SUPPORTER');
    await call(coordinator, 'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }', { a: allianceId, u: moderator.userId });
    // Roles are read at sign-in.
    moderator.accessToken = (
      await post<{ login: { accessToken: string } }>(app, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
        e: moderator.email,
        p: moderator.password,
      })
    ).data!.login.accessToken;

    const group = (
      await call<{ createAllianceGroup: { id: string } }>(
        coordinator,
        'mutation($a: ID!) { createAllianceGroup(allianceId: $a, title: "Thursday group") { id } }',
        { a: allianceId },
      )
    ).createAllianceGroup.id;
    for (const person of [ana, ben]) {
      await call(coordinator, 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }', { c: group, u: person.userId });
    }
    const direct = (
      await call<{ startDirectConversation: { id: string } }>(ben, 'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }', { u: ana.userId })
    ).startDirectConversation.id;
    const invitation = (
      await call<{ inviteToCircle: { id: string } }>(ana, 'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FRIEND) { id } }', { u: ben.userId })
    ).inviteToCircle.id;
    await call(ben, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: invitation });
    const circle = (await call<{ mySupportCircle: { conversationId: string } }>(ana, '{ mySupportCircle { conversationId } }')).mySupportCircle.conversationId;
    const supporters = (
      await call<{ createSupporterGroup: { id: string } }>(
        coordinator,
        'mutation($a: ID!) { createSupporterGroup(allianceId: $a, title: "Parents on Tuesdays") { id } }',
        {
          a: allianceId,
        },
      )
    ).createSupporterGroup.id;
    await call(sam, 'mutation($c: ID!) { joinSupporterGroup(conversationId: $c) { id } }', { c: supporters });

    places.push(
      { name: 'group', id: group, writer: () => ben, reader: () => ana },
      { name: 'direct', id: direct, writer: () => ben, reader: () => ana },
      { name: 'circle', id: circle, writer: () => ben, reader: () => ana },
      { name: 'supporter group', id: supporters, writer: () => sam, reader: () => coordinator },
    );
    for (const each of places) each.heard = await live.listen(each.reader().accessToken, EVENTS, { c: each.id });
  });

  afterAll(async () => {
    await live.dispose();
    await worker?.close();
    await stop();
  });

  it('stores harmful messages held: the author sees why, and no read by anyone else returns the words', async () => {
    for (const [index, text] of HARMFUL.entries()) {
      const where = places[index % places.length]!;
      const sent = await send(where.writer(), where.id, text);
      held.push({ id: sent.id, text, place: where.name });
      expect(sent).toMatchObject({ body: text, heldForReview: true, heldReason: expect.any(String) });
      // At once, before anything else happens: the other side's reads.
      const read = (await history(where.reader(), where.id)).find((message) => message.id === sent.id);
      expect(read).toEqual({ id: sent.id, body: null, heldForReview: true, heldReason: null });
      expect(await lastMessageSeenBy(where.reader(), where.id)).toEqual({ id: sent.id, body: null, heldForReview: true, heldReason: null });
      expect(await everythingReadableBy(where.reader(), where.id)).not.toContain(text);
    }
    // The group's owner reads it too, and sees nothing of it.
    const groupOwnerReads = await everythingReadableBy(coordinator, place('group').id);
    for (const { text } of held) expect(groupOwnerReads).not.toContain(text);
    // Its author still reads their own words, with the kind explanation.
    const own = await history(ben, place('direct').id);
    for (const { id, text } of held.filter((message) => message.place === 'direct')) {
      expect(own.find((message) => message.id === id)).toEqual({ id, body: text, heldForReview: true, heldReason: expect.stringContaining('moderator') });
    }
  });

  it('sends live subscribers of the reader no event carrying the words', async () => {
    for (const where of places) {
      const expected = held.filter((message) => message.place === where.name).length;
      await settle(() => where.heard!.results.length >= expected);
      for (const { text } of held) expect(JSON.stringify(where.heard!.results)).not.toContain(text);
      const events = eventsOf(where.heard!);
      expect(events).toHaveLength(expected);
      for (const event of events) expect(event.message).toMatchObject({ body: null, heldForReview: true, heldReason: null });
    }
    expect(held).toHaveLength(HARMFUL.length);
  });

  it('holds a clean message the moment it is edited into a harmful one', async () => {
    const group = place('group');
    const before = group.heard!.results.length;
    const clean = await send(ben, group.id, 'See you Thursday at the meeting');
    await settle(() => group.heard!.results.length > before);
    expect(eventsOf(group.heard!).at(-1)).toEqual({
      kind: 'ADDED',
      message: { id: clean.id, body: 'See you Thursday at the meeting', heldForReview: false, heldReason: null },
    });

    const text = 'See you Thursday. Selling xans there, dm for prices';
    const { editMessage } = await call<{ editMessage: MessageView }>(
      ben,
      `mutation($m: ID!, $b: String!) { editMessage(messageId: $m, body: $b) { ${MESSAGE} } }`,
      {
        m: clean.id,
        b: text,
      },
    );
    expect(editMessage).toEqual({ id: clean.id, body: text, heldForReview: true, heldReason: expect.any(String) });
    held.push({ id: clean.id, text, place: 'group' });
    expect((await history(ana, group.id)).find((message) => message.id === clean.id)).toEqual({
      id: clean.id,
      body: null,
      heldForReview: true,
      heldReason: null,
    });
    await settle(() => group.heard!.results.length > before + 1);
    expect(eventsOf(group.heard!).at(-1)).toEqual({ kind: 'EDITED', message: { id: clean.id, body: null, heldForReview: true, heldReason: null } });
    expect(JSON.stringify(group.heard!.results)).not.toContain('Selling xans');

    // Corrected into kind words, a held message is judged on those: the first words stay with moderation only.
    const corrected = await send(ben, group.id, 'you worthless junkie, watch your back');
    expect(corrected.heldForReview).toBe(true);
    const { editMessage: kinder } = await call<{ editMessage: MessageView }>(
      ben,
      `mutation($m: ID!) { editMessage(messageId: $m, body: "Sorry, that was unkind") { ${MESSAGE} } }`,
      {
        m: corrected.id,
      },
    );
    expect(kinder).toMatchObject({ body: 'Sorry, that was unkind', heldForReview: false });
    expect((await history(ana, group.id)).find((message) => message.id === corrected.id)?.body).toBe('Sorry, that was unkind');
    await settle(() => group.heard!.results.length > before + 3);
    expect(JSON.stringify(group.heard!.results)).not.toContain('watch your back');
  });

  it('delivers crisis words at once, never held, even beside words a moderator should see', async () => {
    const group = place('group');
    const heard = await live.listen(ben.accessToken, EVENTS, { c: group.id });
    for (const text of ['I want to die, I cannot do this any more', 'I want to die tonight. anyone selling xanax?']) {
      const before = heard.results.length;
      const sent = await send(ana, group.id, text);
      expect(sent).toMatchObject({ body: text, heldForReview: false, heldReason: null });
      await settle(() => heard.results.length > before);
      expect(eventsOf(heard).at(-1)).toEqual({ kind: 'ADDED', message: { id: sent.id, body: text, heldForReview: false, heldReason: null } });
      expect((await history(ben, group.id)).find((message) => message.id === sent.id)?.body).toBe(text);
    }
  });

  it('holds a harmful profile introduction from everyone but its author', async () => {
    const text = 'New here. Selling xans, dm for prices.';
    const { updateProfileIntro } = await call<{
      updateProfileIntro: { profile: { intro: string; introHeldForReview: boolean; introHeldReason: string | null } };
    }>(ben, 'mutation($i: String) { updateProfileIntro(intro: $i) { profile { intro introHeldForReview introHeldReason } } }', { i: text });
    expect(updateProfileIntro.profile).toEqual({ intro: text, introHeldForReview: true, introHeldReason: expect.any(String) });
    const profile = 'query($u: ID!) { personProfile(userId: $u) { intro introHeldForReview introHeldReason } }';
    expect(await call(ana, profile, { u: ben.userId })).toEqual({ personProfile: { intro: null, introHeldForReview: true, introHeldReason: null } });
  });

  it('holds a harmful story, written or edited, so no moderator can publish it before its case is decided', async () => {
    const write = 'mutation($input: StoryInput!) { writeStory(input: $input) { story { id heldForReview heldReason } } }';
    const approve = 'mutation($s: ID!) { reviewStory(storyId: $s, approve: true) { status } }';
    const readable = async () => JSON.stringify(await call(ana, '{ stories(first: 50) { edges { node { id title body } } } }'));

    const { writeStory } = await call<{ writeStory: { story: { id: string; heldForReview: boolean; heldReason: string | null } } }>(ben, write, {
      input: { title: 'Good deals', body: 'selling xans and oxys this week, dm for prices and delivery', allianceId },
    });
    expect(writeStory.story).toEqual({ id: writeStory.story.id, heldForReview: true, heldReason: expect.any(String) });
    expect(await codeAs(app, moderator, approve, { s: writeStory.story.id })).toBe('CONFLICT');

    const { writeStory: kind } = await call<{ writeStory: { story: { id: string } } }>(ben, write, {
      input: { title: 'Mornings', body: 'Today I walked to work and called my sister. Small steps, every day.', allianceId },
    });
    await call(moderator, approve, { s: kind.story.id });
    expect(await readable()).toContain('Small steps');
    const { editStory } = await call<{ editStory: { story: { heldForReview: boolean; heldReason: string | null } } }>(
      ben,
      'mutation($s: ID!, $input: StoryInput!) { editStory(storyId: $s, input: $input) { story { heldForReview heldReason } } }',
      {
        s: kind.story.id,
        input: { title: 'Mornings', body: 'Today I walked to work. Anyone selling percs near the station, hit me up for prices.', allianceId },
      },
    );
    expect(editStory.story).toEqual({ heldForReview: true, heldReason: expect.any(String) });
    expect(await codeAs(app, moderator, approve, { s: kind.story.id })).toBe('CONFLICT');
    expect(await readable()).not.toContain('percs');
  });

  it('does not send a plan suggestion, its answer or a request to a mentor that screening would hold; kind words go through', async () => {
    const refusal = async (account: TestAccount, query: string, variables: Record<string, unknown>) =>
      (await post(app, query, variables, account.accessToken)).errors?.[0];
    await call(ana, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
      input: { granteeId: ben.userId, scope: 'PLAN', purpose: 'To help me shape my plan', signature: ana.displayName },
    });
    const suggest = 'mutation($o: ID!, $input: RecoveryGoalInput!) { suggestRecoveryGoal(ownerId: $o, input: $input) { id } }';
    expect(await refusal(ben, suggest, { o: ana.userId, input: { domain: 'PEER_SUPPORT', title: 'Call me, selling xanax cheap' } })).toMatchObject({
      message: expect.stringContaining('not sent'),
      extensions: { code: 'BAD_USER_INPUT', field: 'title' },
    });
    expect(await refusal(ben, suggest, { o: ana.userId, input: { domain: 'PEER_SUPPORT', title: 'Rest', why: 'I know where you live' } })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'why' },
    });
    const kind = await call<{ suggestRecoveryGoal: { id: string } }>(ben, suggest, {
      o: ana.userId,
      input: { domain: 'PEER_SUPPORT', title: 'Go to the Thursday meeting' },
    });
    const plan = await call<{ myRecoveryPlan: { suggestions: { title: string }[] } }>(ana, '{ myRecoveryPlan { suggestions { title why } } }');
    expect(plan.myRecoveryPlan.suggestions).toEqual([{ title: 'Go to the Thursday meeting', why: null }]);
    const decline = 'mutation($s: ID!, $n: String) { declinePlanSuggestion(suggestionId: $s, note: $n) { state } }';
    expect(await refusal(ana, decline, { s: kind.suggestRecoveryGoal.id, n: 'shut up bitch' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'note' },
    });

    const mentor = await createAccount(app);
    await joinAlliance(app, mentor, coordinator, allianceId);
    await vetAsMentor(app, mentor, coordinator, allianceId);
    const request = 'mutation($m: ID!, $i: String) { requestMentorship(mentorId: $m, intro: $i) { id } }';
    expect(await refusal(ben, request, { m: mentor.userId, i: 'hit me up for prices, got the best kush' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'intro' },
    });
    expect(await call(mentor, '{ myMentorships { intro } }')).toEqual({ myMentorships: [] });
    await call(ben, request, { m: mentor.userId, i: 'Six months in, and I would love a peer to talk to.' });
    expect(await call(mentor, '{ myMentorships { intro } }')).toEqual({ myMentorships: [{ intro: 'Six months in, and I would love a peer to talk to.' }] });
  });

  it('lets the worker open each case without releasing anything, announcing nothing, and a rescan changes nothing', async () => {
    worker = await startTestWorker(env);
    const heldIds = held.map((message) => message.id);
    const cases = () =>
      dataSource.query<{ subject_ref: string; severity: string }[]>(
        `SELECT subject_ref, severity FROM moderation_cases WHERE subject_kind = 'MESSAGE' AND status = 'OPEN'`,
      );
    await waitFor(cases, (open) => heldIds.every((id) => open.some((found) => found.subject_ref === id)), 'a case for every held message');
    await jobsDone();

    for (const where of places) {
      const reads = await everythingReadableBy(where.reader(), where.id);
      for (const { text } of held) expect(reads).not.toContain(text);
    }
    for (const { id, place: name } of held) {
      const where = place(name);
      expect((await history(where.reader(), where.id)).find((message) => message.id === id)?.heldForReview).toBe(true);
    }
    // Where only held words were written, nobody was told of a new message.
    for (const name of ['direct', 'circle', 'supporter group']) {
      const where = place(name);
      expect((await notifications(where.reader())).filter((entry) => entry.subjectId === where.id)).toEqual([]);
    }
    // The crisis path still answers the person, and the mixed message still reaches a moderator.
    expect((await notifications(ana)).some((entry) => entry.kind === 'SAFETY_SUPPORT')).toBe(true);
    const [mixed]: { id: string }[] = await dataSource.query(`SELECT id FROM messages WHERE author_id = $1 ORDER BY created_at DESC LIMIT 1`, [ana.userId]);
    expect((await cases()).find((found) => found.subject_ref === mixed!.id)?.severity).toBe('HIGH');
    expect((await history(ben, place('group').id)).find((message) => message.id === mixed!.id)?.heldForReview).toBe(false);

    const authorNotices = (await notifications(ben)).length;
    const [rescanned] = held;
    await app.get(JobQueue).enqueue({ name: 'moderation.scan-content', data: { kind: 'MESSAGE', contentId: rescanned!.id } });
    await jobsDone();
    expect((await cases()).filter((found) => found.subject_ref === rescanned!.id)).toHaveLength(1);
    expect((await history(ana, place('group').id)).find((message) => message.id === rescanned!.id)?.body).toBeNull();
    expect((await notifications(ben)).length).toBe(authorNotices);
  });
});
