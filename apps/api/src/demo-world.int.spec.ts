import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { post } from '@kindred/test-support/api-client';
import { productionEnvironment } from '@kindred/test-support/production-environment';
import { startTestApi } from '@kindred/test-support/test-api';
import { DEMO_PASSWORD, DemoWorld, DemoWorldRefused, demoEmail } from '@kindred/composition';
import { testLogger } from '@kindred/core/testing';

/** Rows in every table of the public schema, to see that a second run writes nothing. */
async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}"`)) as { n: number }[];
    counts[table_name] = row?.n ?? 0;
  }
  return counts;
}

const SAMS_FIRST_LOOK = `{
  mentorSuggestions(first: 5) { displayName reasons }
  myConversations(first: 10) { edges { node { title lastMessage { body } } } }
  mySupportCircle { members { displayName } }
}`;

describe('the demo world', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('demo-world'));
  });

  afterAll(async () => {
    await stop();
  });

  it('is created once from an empty database, and creating it again changes nothing', async () => {
    const world = new DemoWorld(app, testLogger());
    expect(await world.exists()).toBe(false);
    expect(await world.ensure()).toBe('created');
    const afterFirst = await rowCounts(app.get(DataSource));
    expect(afterFirst['users']).toBeGreaterThanOrEqual(20);

    expect(await new DemoWorld(app, testLogger()).ensure()).toBe('present');
    expect(await rowCounts(app.get(DataSource))).toEqual(afterFirst);
    // The whole demo world is written through the services (argon2 hashes included): on a busy
    // 2-core machine that alone can pass the default 30 s.
  }, 90_000);

  it('lets the demo member sign in and see mentor suggestions with reasons, a conversation with messages and a circle', async () => {
    const login = await post<{ login: { accessToken: string } }>(app, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
      e: demoEmail('sam'),
      p: DEMO_PASSWORD,
    });
    const token = login.data?.login.accessToken;
    expect(token).toBeDefined();
    const look = await post<{
      mentorSuggestions: { displayName: string; reasons: string[] }[];
      myConversations: { edges: { node: { title: string; lastMessage: { body: string } | null } }[] };
      mySupportCircle: { members: { displayName: string }[] };
    }>(app, SAMS_FIRST_LOOK, {}, token);
    expect(look.errors).toBeUndefined();
    const seen = look.data!;
    expect(seen.mentorSuggestions.length).toBeGreaterThanOrEqual(2);
    for (const suggestion of seen.mentorSuggestions) expect(suggestion.reasons.length).toBeGreaterThan(0);
    expect(seen.myConversations.edges.some(({ node }) => node.lastMessage?.body.includes('Proud of you'))).toBe(true);
    expect(seen.mySupportCircle.members.map((member) => member.displayName).sort()).toEqual(expect.arrayContaining(['Ben', 'Maggie']));
  });
});

describe('the demo world in production', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('demo-world-production', productionEnvironment()));
  });

  afterAll(async () => {
    await stop();
  });

  it('is refused, and nothing is written', async () => {
    await expect(new DemoWorld(app, testLogger()).ensure()).rejects.toThrow(DemoWorldRefused);
    const [row] = (await app.get(DataSource).query('SELECT count(*)::int AS n FROM users')) as { n: number }[];
    expect(row?.n).toBe(0);
  });
});
