import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { JobQueue, PlatformRole, QueueName } from '@kindred/core';
import { joinAlliance, startMentorship, vetAsMentor } from '@kindred/test-support/alliance-fixtures';
import { startAllianceScene } from '@kindred/test-support/alliance-scene';
import { callAs, codeAs, createAccount, type TestAccount } from '@kindred/test-support/api-client';
import { CapturingMailTransport } from '@kindred/test-support/capturing-mail';
import { waitFor } from '@kindred/test-support/polling';

const EXPORT = 'query($id: ID!) { myDataExport(id: $id) { id status content } }';

interface ExportView {
  id: string;
  status: 'REQUESTED' | 'READY' | 'EXPIRED';
  content: Record<string, unknown> | null;
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
}

/** What identifies the person, by the name a trace is reported with. */
type Needles = Record<string, string>;

/**
 * Every text, varchar, json, jsonb, bytea, uuid, enum and array column of every table,
 * searched for each needle, case-insensitively (bytea through its escaped text, where ASCII
 * stays as it is). Returns one line per column holding one, naming table and column, and the
 * tables it searched at least one column of. `idAllowedIn` is a SQL condition per table for the
 * rows that may hold the `id` needle (and only that one).
 */
async function tracesOf(dataSource: DataSource, needles: Needles, idAllowedIn: Record<string, string> = {}): Promise<{ traces: string[]; walked: string[] }> {
  const tables = (
    (await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )) as { table_name: string }[]
  ).map((row) => row.table_name);
  const columns = (await dataSource.query(
    `SELECT table_name, column_name, data_type
       FROM information_schema.columns
      WHERE table_schema = 'public'
        AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'uuid', 'ARRAY', 'USER-DEFINED'))
      ORDER BY table_name, ordinal_position`,
  )) as ColumnRow[];
  const names = Object.keys(needles);
  const values = Object.values(needles).map((value) => value.toLowerCase());
  const traces: string[] = [];
  const walked = new Set<string>();
  for (const table of tables) {
    for (const { column_name: column, data_type: type } of columns.filter((row) => row.table_name === table)) {
      walked.add(table);
      const text = type === 'bytea' ? `encode("${column}", 'escape')` : `"${column}"::text`;
      const matches = values.map((_, index) => `strpos(lower(${text}), $${index + 1}) > 0`);
      const counted = matches.map((match, index) => {
        const exempt = names[index] === 'id' ? idAllowedIn[table] : undefined;
        return `count(*) FILTER (WHERE (${match})${exempt ? ` AND NOT (${exempt})` : ''})::int AS "${index}"`;
      });
      const found = (await dataSource.query(`SELECT ${counted.join(', ')} FROM "${table}"`, values)) as Record<string, number>[];
      names.forEach((name, index) => {
        const count = found[0]?.[String(index)] ?? 0;
        if (count > 0) traces.push(`${table}.${column} holds the person's ${name} (${count} row${count === 1 ? '' : 's'})`);
      });
    }
  }
  return { traces, walked: [...walked] };
}

/**
 * A person's privacy rights as they meet them: their copy of their data, and the deletion of
 * their account. Through the API, with the worker's real processors on the same database.
 */
describe('privacy rights, through the API and the worker', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let dataSource: DataSource;
  let coordinator: TestAccount;
  let allianceId: string;
  let stop: () => Promise<void>;
  const mail = new CapturingMailTransport();

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);

  const readyExport = async (account: TestAccount): Promise<ExportView> => {
    const { requestDataExport } = await call<{ requestDataExport: { id: string } }>(account, 'mutation { requestDataExport { id } }');
    return waitFor(
      async () => (await call<{ myDataExport: ExportView }>(account, EXPORT, { id: requestDataExport.id })).myDataExport,
      (view) => view.status === 'READY',
      'the worker to build the export',
    );
  };

  /**
   * Until no job is left to run, debounced ones included (the next runs of repeatable sweeps
   * aside): nothing the worker does later can write about the person behind the walk's back.
   */
  const queueSettled = async (): Promise<void> => {
    const queue = worker.get(JobQueue).queue(QueueName.Default);
    await waitFor(
      async () => ({
        pending: ((await dataSource.query(`SELECT count(*)::int AS count FROM outbox_messages WHERE dispatched_at IS NULL`)) as [{ count: number }])[0].count,
        ...(await queue.getJobCounts('waiting', 'active', 'prioritized')),
        delayed: (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length,
      }),
      (counts) => Object.values(counts).every((count) => count === 0),
      'the queue to settle',
      30_000,
    );
  };

  beforeAll(async () => {
    ({ app, worker, dataSource, coordinator, allianceId, stop } = await startAllianceScene('privacy', 'Privacy Porto', mail));
  });

  afterAll(async () => {
    await stop();
  });

  describe('a copy of one’s data', () => {
    it('is sealed at rest, opened only for its owner, and deleted by the worker when it expires', async () => {
      const owner = await createAccount(app);
      const stranger = await createAccount(app);
      await joinAlliance(app, owner, coordinator, allianceId);
      const diaryText = `Slept badly, called my sister ${randomBytes(3).toString('hex')}`;
      const checkinNote = `Cravings after the market ${randomBytes(3).toString('hex')}`;
      await call(owner, 'mutation($input: DiaryEntryInput!) { writeDiaryEntry(input: $input) { id } }', {
        input: { entryDate: '2025-03-01', body: diaryText },
      });
      await call(owner, 'mutation($input: CheckinInput!) { checkIn(input: $input) { id } }', { input: { mood: 2, cravings: 6, note: checkinNote } });

      const ready = await readyExport(owner);
      expect(JSON.stringify(ready.content)).toContain(diaryText);
      expect(JSON.stringify(ready.content)).toContain(checkinNote);

      const [{ stored }] = (await dataSource.query(`SELECT content::text AS stored FROM data_exports WHERE id = $1`, [ready.id])) as [{ stored: string }];
      for (const secret of [diaryText, checkinNote, owner.email]) expect(stored).not.toContain(secret);
      // Sealed like the notes it copies, with the key it needs beside it for rotation.
      const [{ keyId }] = (await dataSource.query(`SELECT content_key_id AS "keyId" FROM data_exports WHERE id = $1`, [ready.id])) as [{ keyId: string }];
      expect(stored.split('.').slice(0, 2)).toEqual(['v1', keyId]);

      expect(await codeAs(app, stranger, EXPORT, { id: ready.id })).toBe('NOT_FOUND');

      // Past its expiry, the worker's sweep deletes the content whether or not anyone reads it.
      await dataSource.query(`UPDATE data_exports SET expires_at = now() - interval '1 second' WHERE id = $1`, [ready.id]);
      await worker.get(JobQueue).enqueue({ name: 'identity.expire-exports', data: {} });
      const swept = await waitFor(
        async () => (await dataSource.query(`SELECT status, content, content_key_id FROM data_exports WHERE id = $1`, [ready.id])) as Record<string, unknown>[],
        (rows) => rows[0]?.['status'] === 'EXPIRED',
        'the worker to expire the export',
      );
      expect(swept).toEqual([{ status: 'EXPIRED', content: null, content_key_id: null }]);
      expect((await call<{ myDataExport: ExportView }>(owner, EXPORT, { id: ready.id })).myDataExport).toMatchObject({ status: 'EXPIRED', content: null });
    });
  });

  describe('deleting one’s account', () => {
    it('is checked by a walk that finds a person in any kind of column, naming table and column', async () => {
      const needles = { id: '0d9a4c36-4f1e-4c55-9a53-5d1f0c3f6a11', email: 'probe.person@example.org', 'display name': 'Probe Person' };
      await dataSource.query(
        `CREATE TABLE probe_walk (id serial PRIMARY KEY, owner uuid, refs uuid[], note varchar(200), tags text[], payload jsonb, sealed bytea)`,
      );
      try {
        await dataSource.query(
          `INSERT INTO probe_walk (owner, refs, note, tags, payload, sealed) VALUES
             ($1, NULL, NULL, NULL, NULL, NULL),
             (NULL, ARRAY[$1::uuid], 'Invited PROBE.PERSON@example.org', ARRAY['probe person'], jsonb_build_object('userId', $1::text), convert_to('from Probe Person', 'UTF8'))`,
          [needles.id],
        );
        const { traces, walked } = await tracesOf(dataSource, needles, { probe_walk: 'owner IS NOT NULL' });
        expect(walked).toContain('probe_walk');
        expect(traces.filter((trace) => trace.startsWith('probe_walk.'))).toEqual([
          "probe_walk.refs holds the person's id (1 row)",
          "probe_walk.note holds the person's email (1 row)",
          "probe_walk.tags holds the person's display name (1 row)",
          "probe_walk.payload holds the person's id (1 row)",
          "probe_walk.sealed holds the person's display name (1 row)",
        ]);
      } finally {
        await dataSource.query(`DROP TABLE probe_walk`);
      }
    });

    it('leaves nothing in any column of any table that points at the person, and keeps everyone else’s data', async () => {
      const tag = randomBytes(3).toString('hex');
      const displayName = `Quillon Marrowby ${tag}`;
      const person = await createAccount(app, [PlatformRole.MEMBER], { displayName });
      const mentor = await createAccount(app, [PlatformRole.MEMBER], { displayName: `Mentor ${tag}` });
      const supporter = await createAccount(app, [PlatformRole.SUPPORTER], { displayName: `Supporter ${tag}` });
      const neighbour = await createAccount(app, [PlatformRole.MEMBER], { displayName: `Neighbour ${tag}` });
      const stranger = await createAccount(app, [PlatformRole.MEMBER]);
      for (const account of [person, mentor, neighbour]) await joinAlliance(app, account, coordinator, allianceId);
      await vetAsMentor(app, mentor, coordinator, allianceId);

      // A profile introduction that a neighbour reports: a moderation case about the person's own content.
      await call(person, 'mutation($i: String) { updateProfileIntro(intro: $i) { profile { id } } }', {
        i: `Hello, I am ${displayName}. Two years into recovery and still learning.`,
      });
      await call(neighbour, 'mutation($c: ID!) { reportContent(contentId: $c, kind: PROFILE, reason: OTHER, note: "Odd introduction") { id } }', {
        c: person.userId,
      });
      await call(person, 'mutation($u: ID!) { blockPerson(userId: $u) { ok } }', { u: stranger.userId });

      // Their circle, named after them, with a supporter in it, an invitation out by email, and its conversation.
      await call(person, 'mutation($n: String!) { renameSupportCircle(name: $n) { name } }', { n: `${displayName}'s circle` });
      const { inviteToCircle } = await call<{ inviteToCircle: { id: string } }>(
        person,
        'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FAMILY) { id } }',
        {
          u: supporter.userId,
        },
      );
      await call(supporter, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
      await call(person, 'mutation($e: String!) { inviteToCircleByEmail(email: $e, relationship: FRIEND) { id } }', { e: `old-friend-${tag}@example.org` });
      const { mySupportCircle } = await call<{ mySupportCircle: { conversationId: string } }>(person, '{ mySupportCircle { conversationId } }');
      const send = (account: TestAccount, conversationId: string, body: string) =>
        call(account, 'mutation($c: ID!, $b: String!) { sendMessage(conversationId: $c, body: $b) { id } }', { c: conversationId, b: body });
      await send(person, mySupportCircle.conversationId, 'Thank you for being here with me.');
      await send(supporter, mySupportCircle.conversationId, `So proud of you, ${displayName}.`);

      // Others' circles: one invitation to their address still pending, one they accepted with the emailed link.
      const inviteByEmail = (owner: TestAccount) =>
        call(owner, 'mutation($e: String!) { inviteToCircleByEmail(email: $e, relationship: NEIGHBOUR) { id } }', { e: person.email });
      await inviteByEmail(neighbour);
      const token = await mail.invitationTokenSentTo(person.email);
      await call(person, 'mutation($t: String) { acceptCircleInvitation(token: $t) { state } }', { t: token });
      await inviteByEmail(stranger);

      // A mentorship and its conversation, a direct conversation, and an alliance group.
      const { conversationId: mentorshipConversation } = await startMentorship(app, person, mentor);
      await send(person, mentorshipConversation, 'Could we talk on Thursday?');
      await send(mentor, mentorshipConversation, `Of course, ${displayName}.`);
      await call(person, 'mutation { setCrisisAlertConsent(consent: true) }');
      await send(person, mentorshipConversation, 'I want to die, I cannot do this any more');
      await waitFor(
        () => call<{ myCrisisAlerts: { memberId: string }[] }>(mentor, '{ myCrisisAlerts { memberId } }'),
        (found) => found.myCrisisAlerts.some((alert) => alert.memberId === person.userId),
        'the mentor to be alerted',
      );
      const { startDirectConversation } = await call<{ startDirectConversation: { id: string } }>(
        person,
        'mutation($u: ID!) { startDirectConversation(withUserId: $u) { id } }',
        { u: neighbour.userId },
      );
      await send(person, startDirectConversation.id, 'See you at the Tuesday group.');
      await call(person, 'mutation($p: ID!) { reportPerson(personId: $p, reason: HARASSMENT, note: "Keeps messaging me") { id } }', { p: neighbour.userId });
      const { createAllianceGroup } = await call<{ createAllianceGroup: { id: string } }>(
        coordinator,
        'mutation($a: ID!, $t: String!) { createAllianceGroup(allianceId: $a, title: $t) { id } }',
        { a: allianceId, t: 'Tuesday group' },
      );
      await call(coordinator, 'mutation($c: ID!, $u: ID!) { addGroupParticipant(conversationId: $c, userId: $u) { id } }', {
        c: createAllianceGroup.id,
        u: person.userId,
      });
      await send(person, createAllianceGroup.id, 'Glad to be here.');

      // Sharing, check-ins, diary, plan, journey, recovery capital, a story, a small spark, settings.
      const grant = (grantee: TestAccount, scope: string) =>
        call(person, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
          input: { granteeId: grantee.userId, scope, purpose: 'So you know how I am doing', signature: person.displayName },
        });
      await grant(supporter, 'CHECKINS');
      await grant(supporter, 'DIARY_SHARED');
      await grant(mentor, 'PLAN');
      await call(person, 'mutation($input: CheckinInput!) { checkIn(input: $input) { id } }', { input: { mood: 2, cravings: 6, note: 'A hard afternoon.' } });
      await call(supporter, 'query($o: ID!) { sharedCheckins(ownerId: $o) { averageMood } }', { o: person.userId });
      // Someone shares with them, in words that name them, and they look.
      await call(neighbour, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
        input: { granteeId: person.userId, scope: 'CHECKINS', purpose: 'So you know how I am doing', signature: neighbour.displayName },
      });
      await call(neighbour, 'mutation($input: CheckinInput!) { checkIn(input: $input) { id } }', { input: { mood: 4, cravings: 1 } });
      await call(person, 'query($o: ID!) { sharedCheckins(ownerId: $o) { averageMood } }', { o: neighbour.userId });
      const { writeDiaryEntry } = await call<{ writeDiaryEntry: { id: string } }>(
        person,
        'mutation($input: DiaryEntryInput!) { writeDiaryEntry(input: $input) { id } }',
        {
          input: { entryDate: '2025-03-01', body: 'Walked by the river.' },
        },
      );
      await call(person, 'mutation($id: ID!, $g: [ID!]!) { shareDiaryEntry(id: $id, granteeIds: $g) { id } }', {
        id: writeDiaryEntry.id,
        g: [supporter.userId],
      });
      await call(supporter, 'query($id: ID!) { sharedDiaryEntry(id: $id) { id } }', { id: writeDiaryEntry.id });
      await call(person, 'mutation($input: RecoveryGoalInput!) { createRecoveryGoal(input: $input) { id } }', {
        input: { domain: 'EMPLOYMENT_AND_LEGAL', title: 'Finish the welding course', why: 'To work again' },
      });
      await call(mentor, 'mutation($o: ID!, $input: RecoveryGoalInput!) { suggestRecoveryGoal(ownerId: $o, input: $input) { id } }', {
        o: person.userId,
        input: { domain: 'PEER_SUPPORT', title: 'Join the Tuesday group' },
      });
      await call(person, 'mutation($d: String) { setRecoveryStartDate(startedOn: $d) { totalDays } }', { d: '2024-01-10' });
      await call(person, 'mutation($input: SetbackInput!) { recordSetback(input: $input) { message } }', { input: { note: 'A party in March.' } });
      await call(person, 'mutation { recordBarc10(answers: [4, 4, 5, 3, 4, 5, 4, 4, 5, 4]) { total } }');
      await call(person, 'mutation($input: StoryInput!) { writeStory(input: $input) { story { id } } }', {
        input: { title: 'Two years', body: 'The Tuesday group kept me going.', allianceId },
      });
      const { openSparkFund } = await call<{ openSparkFund: { id: string } }>(
        coordinator,
        'mutation($a: ID!, $input: OpenSparkFundInput!) { openSparkFund(allianceId: $a, input: $input) { id } }',
        {
          a: allianceId,
          input: {
            name: 'Next steps',
            currency: 'EUR',
            budget: 100_000,
            periodStart: '2020-01-01',
            periodEnd: '2099-12-31',
            perGrantCap: 20_000,
            perPersonCap: 40_000,
          },
        },
      );
      const { draftSparkApplication } = await call<{ draftSparkApplication: { id: string } }>(
        person,
        'mutation($f: ID!, $input: SparkApplicationInput!) { draftSparkApplication(fundId: $f, input: $input) { id } }',
        { f: openSparkFund.id, input: { amount: 2_000, category: 'TRANSPORT', nextStep: 'A bus pass to get to my welding course.', neededBy: '2099-01-31' } },
      );
      await call(person, 'mutation($i: ID!) { submitSparkApplication(applicationId: $i) { id } }', { i: draftSparkApplication.id });
      await call(person, 'mutation { setQuietHours(start: "22:00", end: "07:00") { start } }');
      await readyExport(person);
      await queueSettled();

      const needles = { id: person.userId, email: person.email, 'display name': displayName };
      // The walk finds the person before erasure, so its silence afterwards means something.
      const before = await tracesOf(dataSource, needles);
      expect(before.traces).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^users\.email holds the person's email/),
          expect.stringMatching(/^conversations\.title holds the person's display name/),
          expect.stringMatching(/^circle_invitations\.email holds the person's email/),
          expect.stringMatching(/^moderation_cases\.subject_ref holds the person's id/),
          expect.stringMatching(/^outbox_messages\.payload holds the person's id/),
          expect.stringMatching(/^consent_grants\.statement holds the person's display name/),
          expect.stringMatching(/^crisis_mentor_alerts\.member_id holds the person's id/),
        ]),
      );

      await call(person, 'mutation($p: String!) { deleteMyAccount(password: $p) { ok } }', { p: person.password });
      await waitFor(
        async () => ((await dataSource.query(`SELECT erased_at FROM users WHERE id = $1`, [person.userId])) as { erased_at: Date | null }[])[0]?.erased_at,
        (erasedAt) => erasedAt instanceof Date,
        'the worker to erase the account',
      );
      await queueSettled();

      // The documented exceptions hold the id alone: the append-only audit log (bare ids), and
      // the account row itself, kept scrubbed so old ids resolve to "a deleted person".
      const after = await tracesOf(dataSource, needles, {
        audit_events: 'true',
        users: `id = '${person.userId}'`,
      });
      const tables = (
        (await dataSource.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
        )) as { table_name: string }[]
      ).map((row) => row.table_name);
      // Every table had something to search; a table that had nothing would need a look.
      expect(after.walked).toEqual(tables);
      expect(after.traces).toEqual([]);
      // Their circle's conversation went with the circle, every message in it included.
      expect(
        await dataSource.query(`SELECT id FROM conversations WHERE id = $1 UNION ALL SELECT id FROM messages WHERE conversation_id = $1`, [
          mySupportCircle.conversationId,
        ]),
      ).toEqual([]);

      // Everyone else keeps their accounts, their circles and the conversations they share.
      const kept = (await dataSource.query(`SELECT display_name FROM users WHERE id = ANY($1) ORDER BY display_name`, [
        [mentor.userId, supporter.userId, neighbour.userId],
      ])) as { display_name: string }[];
      expect(kept.map((row) => row.display_name)).toEqual([`Mentor ${tag}`, `Neighbour ${tag}`, `Supporter ${tag}`]);
      const { messages } = await call<{ messages: { edges: { node: { body: string } }[] } }>(
        mentor,
        'query($c: ID!) { messages(conversationId: $c, first: 10) { edges { node { body } } } }',
        { c: mentorshipConversation },
      );
      expect(messages.edges.map((edge) => edge.node.body)).toContain('Could we talk on Thursday?');
    });
  });
});
