import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry, PlatformRole } from '@kindred/core';
import { callAs, codeAs, createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';
import { startTestWorker } from '@kindred/test-support/test-worker';

const ENTRY = `id entryDate body mood tags createdAt updatedAt sharedWith { personId displayName sharedAt visibleNow }`;
const SHARED = `id ownerId ownerDisplayName entryDate body mood tags sharedAt`;

interface Entry {
  id: string;
  entryDate: string;
  body: string;
  mood: number | null;
  tags: string[];
  sharedWith: { personId: string; displayName: string; visibleNow: boolean }[];
}
interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A distinctive word: if it is anywhere in the database, the diary leaked plain text. */
const SECRET_WORD = 'marmalade';
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The health diary through the API: private entries, search, sharing one by one, and the database underneath. */
describe('health diary', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let ana: TestAccount;
  let sam: TestAccount;
  let tess: TestAccount;
  let outsider: TestAccount;
  const grants: Record<string, string> = {};

  const call = <T>(account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<T> => callAs<T>(app, account, query, variables);
  const codeOf = (account: TestAccount, query: string, variables: Record<string, unknown> = {}): Promise<string> => codeAs(app, account, query, variables);
  const write = async (input: Record<string, unknown>, account = ana): Promise<Entry> =>
    (await call<{ writeDiaryEntry: Entry }>(account, `mutation($input: DiaryEntryInput!) { writeDiaryEntry(input: $input) { ${ENTRY} } }`, { input }))
      .writeDiaryEntry;
  const mine = async (args: Record<string, unknown> = {}, account = ana): Promise<Page<Entry>> =>
    (
      await call<{ myDiaryEntries: Page<Entry> }>(
        account,
        `query($first: Int, $after: String, $tags: [String!], $from: String, $to: String) {
          myDiaryEntries(first: $first, after: $after, tags: $tags, from: $from, to: $to) { edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } }
        }`,
        { first: 30, ...args },
      )
    ).myDiaryEntries;
  const errorOf = async (
    account: TestAccount,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ code: unknown; field: unknown; message: string }> => {
    const body = await post(app, query, variables, account.accessToken);
    const error = body.errors?.[0];
    return { code: error?.extensions?.['code'], field: error?.extensions?.['field'], message: error?.message ?? '' };
  };
  const writeError = (input: Record<string, unknown>) =>
    errorOf(ana, 'mutation($input: DiaryEntryInput!) { writeDiaryEntry(input: $input) { id } }', { input });
  const share = (entryId: string, granteeIds: string[]) =>
    call<{ shareDiaryEntry: Entry }>(ana, `mutation($id: ID!, $g: [ID!]!) { shareDiaryEntry(id: $id, granteeIds: $g) { ${ENTRY} } }`, {
      id: entryId,
      g: granteeIds,
    });
  const readShared = (account: TestAccount, entryId: string) => codeOf(account, `query($id: ID!) { sharedDiaryEntry(id: $id) { ${SHARED} } }`, { id: entryId });
  const sharedList = async (account: TestAccount): Promise<Page<{ id: string; body: string }>> =>
    (
      await call<{ diaryEntriesSharedWithMe: Page<{ id: string; body: string }> }>(
        account,
        `query($o: ID!) { diaryEntriesSharedWithMe(ownerId: $o, first: 30) { edges { cursor node { ${SHARED} } } pageInfo { hasNextPage endCursor } } }`,
        { o: ana.userId },
      )
    ).diaryEntriesSharedWithMe;
  const grantDiary = async (grantee: TestAccount): Promise<string> =>
    (
      await call<{ grantSharing: { id: string } }>(ana, 'mutation($input: GrantSharingInput!) { grantSharing(input: $input) { id } }', {
        input: { granteeId: grantee.userId, scope: 'DIARY_SHARED', purpose: 'So you understand my days', signature: ana.displayName },
      })
    ).grantSharing.id;
  const joinCircle = async (supporter: TestAccount): Promise<void> => {
    const { inviteToCircle } = await call<{ inviteToCircle: { id: string } }>(
      ana,
      'mutation($u: ID!) { inviteToCircle(userId: $u, relationship: FAMILY) { id } }',
      {
        u: supporter.userId,
      },
    );
    await call(supporter, 'mutation($i: ID) { acceptCircleInvitation(invitationId: $i) { state } }', { i: inviteToCircle.id });
  };

  beforeAll(async () => {
    let env;
    ({ app, stop, env } = await startTestApi('diary'));
    worker = await startTestWorker(env);
    dataSource = app.get(DataSource);
    [ana, sam, tess, outsider] = await Promise.all([
      createAccount(app),
      createAccount(app, [PlatformRole.SUPPORTER]),
      createAccount(app, [PlatformRole.SUPPORTER]),
      createAccount(app),
    ]);
    await joinCircle(sam);
    await joinCircle(tess);
    grants['sam'] = await grantDiary(sam);
    grants['tess'] = await grantDiary(tess);
  });

  afterAll(async () => {
    await worker.close();
    await stop();
  });

  describe('writing one’s own diary', () => {
    it('writes an entry with its day, mood and tags, and reads it back', async () => {
      const entry = await write({
        entryDate: daysAgo(1),
        body: '  Went to the group; felt heard.  ',
        mood: 4,
        tags: ['peer.meeting', 'peer.meeting', 'family.friend-support'],
      });
      expect(entry).toMatchObject({
        entryDate: daysAgo(1),
        body: 'Went to the group; felt heard.',
        mood: 4,
        tags: ['peer.meeting', 'family.friend-support'],
        sharedWith: [],
      });
      const { myDiaryEntry } = await call<{ myDiaryEntry: Entry }>(ana, `query($id: ID!) { myDiaryEntry(id: $id) { ${ENTRY} } }`, { id: entry.id });
      expect(myDiaryEntry).toEqual(entry);
      expect(await write({ entryDate: daysAgo(0), body: 'No mood today.' })).toMatchObject({ mood: null, tags: [] });
    });

    it('edits and deletes only one’s own entries', async () => {
      const entry = await write({ entryDate: daysAgo(3), body: 'First draft.', mood: 2, tags: ['health.poor-sleep'] });
      const { editDiaryEntry } = await call<{ editDiaryEntry: Entry & { updatedAt: string; createdAt: string } }>(
        ana,
        `mutation($id: ID!, $input: DiaryEntryInput!) { editDiaryEntry(id: $id, input: $input) { ${ENTRY} } }`,
        { id: entry.id, input: { entryDate: daysAgo(2), body: 'Second thoughts.', mood: null, tags: [] } },
      );
      expect(editDiaryEntry).toMatchObject({ id: entry.id, entryDate: daysAgo(2), body: 'Second thoughts.', mood: null, tags: [] });
      expect(new Date(editDiaryEntry.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(editDiaryEntry.createdAt).getTime());

      const edit = `mutation($id: ID!) { editDiaryEntry(id: $id, input: { entryDate: "${daysAgo(1)}", body: "Not mine." }) { id } }`;
      expect(await codeOf(outsider, edit, { id: entry.id })).toBe('NOT_FOUND');
      expect(await codeOf(outsider, 'mutation($id: ID!) { deleteDiaryEntry(id: $id) { ok } }', { id: entry.id })).toBe('NOT_FOUND');
      expect(await codeOf(outsider, 'query($id: ID!) { myDiaryEntry(id: $id) { id } }', { id: entry.id })).toBe('NOT_FOUND');
      expect(await codeOf(sam, 'query($id: ID!) { sharedDiaryEntry(id: $id) { id } }', { id: entry.id })).toBe('NOT_FOUND');

      expect(await call(ana, 'mutation($id: ID!) { deleteDiaryEntry(id: $id) { ok message } }', { id: entry.id })).toEqual({
        deleteDiaryEntry: { ok: true, message: 'The entry is deleted.' },
      });
      expect(await codeOf(ana, 'query($id: ID!) { myDiaryEntry(id: $id) { id } }', { id: entry.id })).toBe('NOT_FOUND');
      expect(await codeOf(ana, 'mutation($id: ID!) { deleteDiaryEntry(id: $id) { ok } }', { id: entry.id })).toBe('NOT_FOUND');
    });

    it('refuses, kindly and by field, what it cannot keep', async () => {
      const today = daysAgo(0);
      expect(await writeError({ entryDate: daysAgo(-2), body: 'From the future.' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'entryDate',
        message: expect.stringMatching(/has not come yet/),
      });
      expect(await writeError({ entryDate: '2025-02-30', body: 'No such day.' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entryDate' });
      expect(await writeError({ entryDate: today, body: '   ' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
        message: expect.stringMatching(/even a few words/),
      });
      expect(await writeError({ entryDate: today, body: 'x'.repeat(20_001) })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'body',
        message: expect.stringMatching(/20,000/),
      });
      expect(await writeError({ entryDate: today, body: 'Mood?', mood: 6 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mood' });
      expect(await writeError({ entryDate: today, body: 'Tags?', tags: ['feeling.great'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags' });
      expect(await write({ entryDate: today, body: 'x'.repeat(20_000) })).toMatchObject({ entryDate: today });
    });

    it('is for members: a supporter has no diary here', async () => {
      expect(await codeOf(sam, 'mutation { writeDiaryEntry(input: { entryDate: "2025-01-01", body: "Hi" }) { id } }')).toBe('FORBIDDEN');
    });
  });

  describe('encryption at rest', () => {
    it('stores only ciphertext with its key id: the words are nowhere in the database', async () => {
      const entry = await write({ entryDate: daysAgo(0), body: `Made ${SECRET_WORD} with my daughter; first time in years.` });
      const [row] = (await dataSource.query(`SELECT body, key_id FROM diary_entries WHERE id = $1`, [entry.id])) as { body: string; key_id: string }[];
      expect(row!.key_id).toBe('dev');
      expect(row!.body).toMatch(/^v1\.dev\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(row!.body).not.toContain(SECRET_WORD);
      expect(row!.body).not.toContain('daughter');

      const tables = (await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      )) as {
        table_name: string;
      }[];
      const holding: string[] = [];
      for (const { table_name: table } of tables) {
        const [{ found }] = (await dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${table}" t WHERE t::text ILIKE $1) AS found`, [`%${SECRET_WORD}%`])) as [
          { found: boolean },
        ];
        if (found) holding.push(table);
      }
      expect(holding).toEqual([]);
    });
  });

  describe('searching one’s own diary', () => {
    let searcher: TestAccount;

    beforeAll(async () => {
      searcher = await createAccount(app);
      const entries: [number, string[]][] = [
        [40, ['family.loneliness']],
        [30, ['peer.meeting']],
        [20, ['family.loneliness', 'peer.meeting']],
        [10, []],
        [5, ['community.stigma']],
      ];
      for (const [days, tags] of entries) await write({ entryDate: daysAgo(days), body: `${days} days ago`, tags }, searcher);
      await write({ entryDate: daysAgo(5), body: 'Same day, second entry' }, searcher);
      await write({ entryDate: daysAgo(1), body: 'Someone else’s', tags: ['family.loneliness'] }, outsider);
    });

    const bodies = (page: Page<Entry>) => page.edges.map((edge) => edge.node.body);

    it('lists newest day first, a page at a time, with opaque cursors', async () => {
      const first = await mine({ first: 2 }, searcher);
      expect(first.edges.map((edge) => edge.node.entryDate)).toEqual([daysAgo(5), daysAgo(5)]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await mine({ first: 30, after: first.pageInfo.endCursor }, searcher);
      expect(bodies(rest)).toEqual(['10 days ago', '20 days ago', '30 days ago', '40 days ago']);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect(await codeOf(searcher, 'query { myDiaryEntries(first: 5, after: "not-a-cursor") { edges { cursor } } }')).toBe('BAD_USER_INPUT');
    });

    it('finds entries with any of the given tags, within the given days, and only one’s own', async () => {
      expect(bodies(await mine({ tags: ['family.loneliness'] }, searcher))).toEqual(['20 days ago', '40 days ago']);
      expect(bodies(await mine({ tags: ['community.stigma', 'peer.meeting'] }, searcher))).toEqual(['5 days ago', '20 days ago', '30 days ago']);
      expect(bodies(await mine({ from: daysAgo(30), to: daysAgo(10) }, searcher))).toEqual(['10 days ago', '20 days ago', '30 days ago']);
      expect(bodies(await mine({ tags: ['peer.meeting'], from: daysAgo(25) }, searcher))).toEqual(['20 days ago']);
      expect(bodies(await mine({ tags: ['housing.safe-place'] }, searcher))).toEqual([]);
    });

    it('explains a search it cannot run', async () => {
      const search = 'query($from: String, $to: String, $tags: [String!]) { myDiaryEntries(first: 5, from: $from, to: $to, tags: $tags) { edges { cursor } } }';
      expect(await errorOf(searcher, search, { from: daysAgo(1), to: daysAgo(10) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      expect(await errorOf(searcher, search, { to: 'last week' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(await errorOf(searcher, search, { tags: ['not.a.tag'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tags' });
    });
  });

  describe('sharing one entry at a time', () => {
    let shared: Entry;
    let privateEntry: Entry;

    beforeAll(async () => {
      shared = await write({ entryDate: daysAgo(2), body: 'Told the group about the relapse. Nobody judged me.', mood: 3, tags: ['peer.meeting'] });
      privateEntry = await write({ entryDate: daysAgo(2), body: 'Something only for me.' });
    });

    it('shares with someone who may see shared entries, who then reads that entry and no other', async () => {
      const after = (await share(shared.id, [sam.userId])).shareDiaryEntry;
      expect(after.sharedWith).toEqual([{ personId: sam.userId, displayName: expect.any(String), sharedAt: expect.any(String), visibleNow: true }]);

      const { sharedDiaryEntry } = await call<{ sharedDiaryEntry: { id: string; ownerId: string; body: string; mood: number; tags: string[] } }>(
        sam,
        `query($id: ID!) { sharedDiaryEntry(id: $id) { ${SHARED} } }`,
        { id: shared.id },
      );
      expect(sharedDiaryEntry).toMatchObject({ id: shared.id, ownerId: ana.userId, body: shared.body, mood: 3, tags: ['peer.meeting'] });
      expect((await sharedList(sam)).edges.map((edge) => edge.node.id)).toEqual([shared.id]);

      // The other entry, and the same entry to someone it was not shared with, do not exist for them.
      expect(await readShared(sam, privateEntry.id)).toBe('NOT_FOUND');
      expect(await readShared(tess, shared.id)).toBe('NOT_FOUND');
      expect((await sharedList(tess)).edges).toEqual([]);
      expect(await readShared(outsider, shared.id)).toBe('NOT_FOUND');
      expect(await codeOf(outsider, 'query($o: ID!) { diaryEntriesSharedWithMe(ownerId: $o) { edges { cursor } } }', { o: ana.userId })).toBe('NOT_FOUND');
      expect(await readShared(ana, shared.id)).toBe('NOT_FOUND');
    });

    it('shows the owner every read in their disclosure log, naming the day, never the words', async () => {
      const { myDisclosureLog } = await call<{ myDisclosureLog: { edges: { node: { viewerId: string; scope: string; what: string } }[] } }>(
        ana,
        '{ myDisclosureLog(first: 30) { edges { node { viewerId scope what } } } }',
      );
      const diaryReads = myDisclosureLog.edges.map((edge) => edge.node).filter((entry) => entry.scope === 'DIARY_SHARED');
      expect(diaryReads).toEqual(
        expect.arrayContaining([
          { viewerId: sam.userId, scope: 'DIARY_SHARED', what: `your diary entry of ${daysAgo(2)}` },
          { viewerId: sam.userId, scope: 'DIARY_SHARED', what: `1 of your shared diary entries (${daysAgo(2)})` },
        ]),
      );
      expect(diaryReads.every((entry) => entry.viewerId === sam.userId && !entry.what.includes('relapse'))).toBe(true);
    });

    it('shares only with people allowed to see shared entries, or with all of them at once', async () => {
      expect(
        await errorOf(ana, 'mutation($id: ID!, $g: [ID!]!) { shareDiaryEntry(id: $id, granteeIds: $g) { id } }', {
          id: privateEntry.id,
          g: [sam.userId, outsider.userId],
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'granteeIds', message: expect.stringMatching(/permission/) });
      expect(await readShared(sam, privateEntry.id)).toBe('NOT_FOUND');
      expect(
        await codeOf(outsider, 'mutation($id: ID!, $g: [ID!]!) { shareDiaryEntry(id: $id, granteeIds: $g) { id } }', { id: shared.id, g: [outsider.userId] }),
      ).toBe('NOT_FOUND');

      const { shareDiaryEntryWithEveryoneAllowed } = await call<{ shareDiaryEntryWithEveryoneAllowed: Entry }>(
        ana,
        `mutation($id: ID!) { shareDiaryEntryWithEveryoneAllowed(id: $id) { ${ENTRY} } }`,
        { id: shared.id },
      );
      expect(shareDiaryEntryWithEveryoneAllowed.sharedWith.map((entry) => entry.personId).sort()).toEqual([sam.userId, tess.userId].sort());
      expect(await readShared(tess, shared.id)).toBe('ok');
    });

    it('stops sharing with one person, or everyone, at once', async () => {
      const { unshareDiaryEntry } = await call<{ unshareDiaryEntry: Entry }>(
        ana,
        `mutation($id: ID!, $g: [ID!]) { unshareDiaryEntry(id: $id, granteeIds: $g) { ${ENTRY} } }`,
        {
          id: shared.id,
          g: [tess.userId],
        },
      );
      expect(unshareDiaryEntry.sharedWith.map((entry) => entry.personId)).toEqual([sam.userId]);
      expect(await readShared(tess, shared.id)).toBe('NOT_FOUND');
      expect(await readShared(sam, shared.id)).toBe('ok');
      await call(ana, 'mutation($id: ID!) { unshareDiaryEntry(id: $id) { id } }', { id: shared.id });
      expect(await readShared(sam, shared.id)).toBe('NOT_FOUND');
      await share(shared.id, [sam.userId]);
    });

    it('shows the owner’s edits to whoever it is shared with', async () => {
      await call(ana, 'mutation($id: ID!, $input: DiaryEntryInput!) { editDiaryEntry(id: $id, input: $input) { id } }', {
        id: shared.id,
        input: { entryDate: daysAgo(2), body: 'Told the group. It went better than I feared.', mood: 4, tags: ['peer.meeting'] },
      });
      const { sharedDiaryEntry } = await call<{ sharedDiaryEntry: { body: string } }>(sam, 'query($id: ID!) { sharedDiaryEntry(id: $id) { body } }', {
        id: shared.id,
      });
      expect(sharedDiaryEntry.body).toBe('Told the group. It went better than I feared.');
    });

    it('ends every read at once when the owner revokes the permission, saying so, and a new permission does not revive old shares', async () => {
      expect(await readShared(sam, shared.id)).toBe('ok');
      await call(ana, 'mutation($g: ID!) { revokeSharing(grantId: $g) { active } }', { g: grants['sam'] });
      expect(await readShared(sam, shared.id)).toBe('SHARING_ENDED');
      expect(await codeOf(sam, 'query($o: ID!) { diaryEntriesSharedWithMe(ownerId: $o) { edges { cursor } } }', { o: ana.userId })).toBe('SHARING_ENDED');
      const { myDiaryEntry } = await call<{ myDiaryEntry: Entry }>(ana, `query($id: ID!) { myDiaryEntry(id: $id) { ${ENTRY} } }`, { id: shared.id });
      expect(myDiaryEntry.sharedWith).toEqual([expect.objectContaining({ personId: sam.userId, visibleNow: false })]);
      expect(
        await errorOf(ana, 'mutation($id: ID!, $g: [ID!]!) { shareDiaryEntry(id: $id, granteeIds: $g) { id } }', { id: shared.id, g: [sam.userId] }),
      ).toMatchObject({ code: 'BAD_USER_INPUT' });

      grants['sam'] = await grantDiary(sam);
      expect(await readShared(sam, shared.id)).toBe('NOT_FOUND');
      expect((await sharedList(sam)).edges).toEqual([]);
      await share(shared.id, [sam.userId]);
      expect(await readShared(sam, shared.id)).toBe('ok');
    });

    it('takes a deleted entry away from whoever it was shared with', async () => {
      const gone = await write({ entryDate: daysAgo(1), body: 'Shared, then deleted.' });
      await share(gone.id, [sam.userId]);
      expect(await readShared(sam, gone.id)).toBe('ok');
      await call(ana, 'mutation($id: ID!) { deleteDiaryEntry(id: $id) { ok } }', { id: gone.id });
      expect(await readShared(sam, gone.id)).toBe('NOT_FOUND');
      expect(
        Number(((await dataSource.query(`SELECT count(*) FROM diary_entry_shares WHERE entry_id = $1`, [gone.id])) as { count: string }[])[0]!.count),
      ).toBe(0);
    });
  });

  describe('export and erasure', () => {
    it('exports the owner’s entries decrypted with whom each is shared, and the grantee only who shares with them', async () => {
      const registry = worker.get(PersonalDataRegistry);
      const exported = await dataSource.transaction((manager) => registry.exportAll(manager, ana.userId));
      const diary = exported['diary'] as {
        entries: { entryDate: string; text: string; mood: number | null; tags: string[]; sharedWith: { personId: string }[] }[];
      };
      expect(diary.entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            entryDate: daysAgo(2),
            text: 'Told the group. It went better than I feared.',
            mood: 4,
            tags: ['peer.meeting'],
            sharedWith: [expect.objectContaining({ personId: sam.userId })],
          }),
          expect.objectContaining({ text: 'Something only for me.', sharedWith: [] }),
        ]),
      );
      expect(JSON.stringify(diary)).not.toMatch(/v1\.dev\./);

      const samExport = await dataSource.transaction((manager) => registry.exportAll(manager, sam.userId));
      expect(samExport['diary']).toEqual({ entries: [], entriesSharedWithMe: [{ ownerId: ana.userId, sharedAt: expect.any(Date) }] });
      expect(JSON.stringify(samExport)).not.toContain('It went better than I feared');
    });

    it('erases a grantee’s shares, then the owner’s entries and every share of them', async () => {
      const registry = worker.get(PersonalDataRegistry);
      const count = async (sql: string, id: string): Promise<number> => Number(((await dataSource.query(sql, [id])) as { count: string }[])[0]!.count);

      await dataSource.transaction((manager) => registry.eraseAll(manager, sam.userId));
      expect(await count(`SELECT count(*) FROM diary_entry_shares WHERE grantee_id = $1`, sam.userId)).toBe(0);
      expect(await count(`SELECT count(*) FROM diary_entries WHERE owner_id = $1`, ana.userId)).toBeGreaterThan(0);

      await dataSource.transaction((manager) => registry.eraseAll(manager, ana.userId));
      expect(await count(`SELECT count(*) FROM diary_entries WHERE owner_id = $1`, ana.userId)).toBe(0);
      expect(
        await count(`SELECT count(*) FROM diary_entry_shares share JOIN consent_grants g ON g.id = share.grant_id WHERE g.owner_id = $1`, ana.userId),
      ).toBe(0);
      // Twice changes nothing.
      await dataSource.transaction((manager) => registry.eraseAll(manager, ana.userId));
    });
  });
});
