import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { FieldCipher, PlatformRole } from '@kindred/core';
import { callAs, createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { waitFor } from '@kindred/test-support/polling';
import { startTestApi } from '@kindred/test-support/test-api';
import { startTestWorker } from '@kindred/test-support/test-worker';

const NUL = '\u0000';
const LONE_SURROGATE = '\uD83C';
const today = (): string => new Date().toISOString().slice(0, 10);

interface Refusal {
  code: unknown;
  field: unknown;
  message: string;
}

/** What reaches PostgreSQL is checked once, at the edge, against the schema's argument types. */
describe('input checked at the edge', () => {
  let app: NestFastifyApplication;
  let worker: TestingModule;
  let stop: () => Promise<void>;
  let dataSource: DataSource;
  let member: TestAccount;
  let admin: TestAccount;

  const refusalOf = async (account: TestAccount, query: string, variables: Record<string, unknown>): Promise<Refusal> => {
    const body = await post(app, query, variables, account.accessToken);
    const error = body.errors?.[0];
    return { code: error?.extensions?.['code'], field: error?.extensions?.['field'], message: error?.message ?? '' };
  };
  const rowsOf = async (table: string, column: string, userId: string): Promise<number> =>
    Number((await dataSource.query(`SELECT count(*) FROM ${table} WHERE ${column} = $1`, [userId]))[0].count);

  beforeAll(async () => {
    let env;
    ({ app, stop, env } = await startTestApi('input-edge'));
    worker = await startTestWorker(env);
    dataSource = app.get(DataSource);
    [member, admin] = await Promise.all([createAccount(app), createAccount(app, [PlatformRole.ADMIN])]);
  });

  afterAll(async () => {
    await worker.close();
    await stop();
  });

  // Each of these reached PostgreSQL and came back INTERNAL_SERVER_ERROR (issue 16).
  it.each([
    ['leaveAlliance', 'member', 'mutation($a: ID!) { leaveAlliance(allianceId: $a) { id } }', () => ({ a: 'abc' }), 'allianceId'],
    [
      'writeStory with a malformed alliance',
      'member',
      'mutation($i: StoryInput!) { writeStory(input: $i) { __typename } }',
      () => ({ i: { title: 'Hope', body: 'A long road.', allianceId: 'lisbon' } }),
      'allianceId',
    ],
    [
      'writeStory with a NUL',
      'member',
      'mutation($i: StoryInput!) { writeStory(input: $i) { __typename } }',
      () => ({ i: { title: 'Hope', body: `A long${NUL} road.` } }),
      'body',
    ],
    ['allianceModerators', 'admin', 'query($a: ID!) { allianceModerators(allianceId: $a) { __typename } }', () => ({ a: '1' }), 'allianceId'],
    ['grantRole', 'admin', 'mutation($u: ID!) { grantRole(userId: $u, role: MODERATOR) { id } }', () => ({ u: `${admin.userId}${NUL}` }), 'userId'],
    ['renameSupportCircle', 'member', 'mutation($n: String!) { renameSupportCircle(name: $n) { name } }', () => ({ n: `Team${NUL}Ana` }), 'name'],
    [
      'an id in a list',
      'member',
      'mutation($e: ID!, $g: [ID!]!) { shareDiaryEntry(id: $e, granteeIds: $g) { id } }',
      () => ({ e: member.userId, g: [admin.userId, 'x'] }),
      'granteeIds',
    ],
    ['an id written in the document', 'member', 'mutation { leaveAlliance(allianceId: "not-an-id") { id } }', () => ({}), 'allianceId'],
  ] as const)('refuses %s as BAD_USER_INPUT naming the argument', async (_name, persona, query, variables, field) => {
    const refusal = await refusalOf(persona === 'admin' ? admin : member, query, variables());
    expect(refusal).toEqual({ code: 'BAD_USER_INPUT', field, message: expect.stringContaining(`for ${field} `) });
  });

  it('refuses a NUL or half an emoji in a diary entry or a check-in note, and stores nothing', async () => {
    const diary = 'mutation($i: DiaryEntryInput!) { writeDiaryEntry(input: $i) { id } }';
    expect(await refusalOf(member, diary, { i: { entryDate: today(), body: `A calm day${NUL}` } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await refusalOf(member, diary, { i: { entryDate: today(), body: `A calm day ${LONE_SURROGATE}` } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
    const checkIn = 'mutation($i: CheckinInput!) { checkIn(input: $i) { id } }';
    expect(await refusalOf(member, checkIn, { i: { mood: 4, cravings: 1, note: `Slept${NUL} well` } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(await rowsOf('diary_entries', 'owner_id', member.userId)).toBe(0);
    expect(await rowsOf('checkins', 'member_id', member.userId)).toBe(0);

    // A whole emoji is two UTF-16 halves, and welcome.
    const written = await callAs<{ writeDiaryEntry: { body: string } }>(app, member, diary.replace('{ id }', '{ body }'), {
      i: { entryDate: today(), body: 'A calm day 🌱' },
    });
    expect(written.writeDiaryEntry.body).toBe('A calm day 🌱');
  });

  it('answers a GraphQL syntax error, or a document over the token limit, with HTTP 400 and a code', async () => {
    for (const query of ['{ health { status } ', `{ ${Array.from({ length: 600 }, (_, index) => `a${index}: __typename`).join(' ')} }`]) {
      const response = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        errors: [
          expect.objectContaining({
            message: expect.stringMatching(/^Syntax Error: /),
            extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' },
          }),
        ],
      });
    }
  });

  it('exports a person’s data even when a note stored before these checks holds a NUL', async () => {
    const person = await createAccount(app);
    const diary = await callAs<{ writeDiaryEntry: { id: string } }>(app, person, 'mutation($i: DiaryEntryInput!) { writeDiaryEntry(input: $i) { id } }', {
      i: { entryDate: today(), body: 'placeholder' },
    });
    const checkin = await callAs<{ checkIn: { id: string } }>(app, person, 'mutation($i: CheckinInput!) { checkIn(input: $i) { id } }', {
      i: { mood: 3, cravings: 2, note: 'placeholder' },
    });
    // Written as the API accepted them before: encrypted, so PostgreSQL never saw the NUL.
    const cipher = app.get(FieldCipher);
    const entryId = diary.writeDiaryEntry.id;
    const checkinId = checkin.checkIn.id;
    await dataSource.query('UPDATE diary_entries SET body = $2 WHERE id = $1', [
      entryId,
      cipher.encrypt(`Cried${NUL} then ${LONE_SURROGATE}laughed`, { table: 'diary_entries', column: 'body', rowId: entryId }),
    ]);
    await dataSource.query('UPDATE checkins SET note = $2 WHERE id = $1', [
      checkinId,
      cipher.encrypt(`Tired${NUL}`, { table: 'checkins', column: 'note', rowId: checkinId }),
    ]);

    const { requestDataExport } = await callAs<{ requestDataExport: { id: string } }>(app, person, 'mutation { requestDataExport { id } }');
    const read = () =>
      callAs<{
        myDataExport: { status: string; content: { data: { diary: { entries: { text: string }[] }; checkins: { checkins: { note: string }[] } } } | null };
      }>(app, person, 'query($id: ID!) { myDataExport(id: $id) { status content } }', { id: requestDataExport.id });
    const ready = await waitFor(read, (value) => value.myDataExport.status === 'READY', 'the export to be built');
    expect(ready.myDataExport.content?.data.diary.entries.map((entry) => entry.text)).toEqual(['Cried then \uFFFDlaughed']);
    expect(ready.myDataExport.content?.data.checkins.checkins.map((entry) => entry.note)).toEqual(['Tired']);
  });
});
