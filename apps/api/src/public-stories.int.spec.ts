import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PlatformRole } from '@kindred/core';
import { callAs, codeAs, post, type TestAccount } from '@kindred/test-support/api-client';
import { allianceRunBy, joinAlliance } from '@kindred/test-support/alliance-fixtures';
import { insertPerson } from '@kindred/test-support/factories';
import { startTestApi } from '@kindred/test-support/test-api';

const PUBLIC_STORIES = 'query($first: Int) { publicStories(first: $first) { edges { node { id title body authorDisplayName publishedAt } } } }';
const WRITE = 'mutation($input: StoryInput!) { writeStory(input: $input) { story { id status isPublic showNamePublicly } } }';
const REVIEW = 'mutation($s: ID!, $approve: Boolean!, $note: String) { reviewStory(storyId: $s, approve: $approve, note: $note) { status } }';

interface PublicStory {
  id: string;
  title: string;
  body: string;
  authorDisplayName: string | null;
  publishedAt: string;
}

/**
 * The public door's stories: only published stories their authors chose to share with
 * everyone, read without signing in, with nothing about the author but a name they chose to show.
 */
describe('publicStories', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let author: TestAccount;
  let moderator: TestAccount;
  let allianceId = '';
  let counter = 0;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('public-stories'));
    const [admin, coordinator] = await Promise.all([insertPerson(app, [PlatformRole.ADMIN]), insertPerson(app)]);
    author = await insertPerson(app, undefined, { displayName: 'Marguerite' });
    moderator = await insertPerson(app);
    allianceId = await allianceRunBy(app, admin, coordinator, 'Public stories');
    for (const person of [author, moderator]) await joinAlliance(app, person, coordinator, allianceId);
    await callAs(app, coordinator, 'mutation($a: ID!, $u: ID!) { appointModerator(allianceId: $a, userId: $u) { userId } }', {
      a: allianceId,
      u: moderator.userId,
    });
  });

  afterAll(() => stop());

  const onTheDoor = async (): Promise<PublicStory[]> => {
    const body = await post<{ publicStories: { edges: { node: PublicStory }[] } }>(app, PUBLIC_STORIES, { first: 20 });
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.publicStories.edges.map((edge) => edge.node);
  };
  const write = async (input: Record<string, unknown>): Promise<string> => {
    counter += 1;
    const { writeStory } = await callAs<{ writeStory: { story: { id: string } } }>(app, author, WRITE, {
      input: { title: `Story ${counter}`, body: `Story ${counter}: two years ago I could not imagine this morning.`, ...input },
    });
    return writeStory.story.id;
  };
  const approve = (storyId: string) => callAs(app, moderator, REVIEW, { s: storyId, approve: true });

  it('shows a published story shared with everyone, without the author unless they chose to show their name', async () => {
    const anonymous = await write({ isPublic: true });
    const named = await write({ isPublic: true, showNamePublicly: true });
    expect(await onTheDoor()).toEqual([]);
    await approve(anonymous);
    await approve(named);
    const door = await onTheDoor();
    expect(door.map((story) => story.id)).toEqual([named, anonymous]);
    expect(door[0]).toMatchObject({ title: expect.stringMatching(/^Story/), authorDisplayName: 'Marguerite' });
    expect(door[1]?.authorDisplayName).toBeNull();
    // The public type has no author id to ask for.
    const withAuthor = await post(app, '{ publicStories { edges { node { authorId } } } }');
    expect(withAuthor.errors?.[0]).toMatchObject({ message: expect.stringContaining('authorId'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('never shows a members-only, unreviewed, declined, held, withdrawn or alliance story', async () => {
    const before = new Set((await onTheDoor()).map((story) => story.id));
    const membersOnly = await write({});
    await approve(membersOnly);
    // Shared with everyone, but no moderator has read it yet.
    await write({ isPublic: true });
    const declined = await write({ isPublic: true });
    await callAs(app, moderator, REVIEW, { s: declined, approve: false, note: 'Could you leave out the names of other people?' });
    const held = await write({ isPublic: true, title: 'Deals', body: 'selling xans and oxys this week, dm for prices and delivery' });
    expect(await codeAs(app, moderator, REVIEW, { s: held, approve: true })).toBe('CONFLICT');
    const withdrawn = await write({ isPublic: true });
    await approve(withdrawn);
    await callAs(app, author, 'mutation($s: ID!) { withdrawStory(storyId: $s) { status } }', { s: withdrawn });
    const toAlliance = await write({ allianceId });
    await approve(toAlliance);

    // The members-only story is read by members, so it was published; it is just not on the door.
    const { stories } = await callAs<{ stories: { edges: { node: { id: string } }[] } }>(app, moderator, '{ stories(first: 50) { edges { node { id } } } }');
    expect(stories.edges.map((edge) => edge.node.id)).toEqual(expect.arrayContaining([membersOnly, toAlliance]));
    expect((await onTheDoor()).filter((story) => !before.has(story.id))).toEqual([]);
  });

  it('takes a changed story off the door until a moderator approves the new words', async () => {
    const storyId = await write({ isPublic: true });
    await approve(storyId);
    expect((await onTheDoor()).map((story) => story.id)).toContain(storyId);
    await callAs(app, author, 'mutation($s: ID!, $input: StoryInput!) { editStory(storyId: $s, input: $input) { story { status } } }', {
      s: storyId,
      input: { title: 'A new title', body: 'New words about the mornings that got easier, one at a time.' },
    });
    expect((await onTheDoor()).map((story) => story.id)).not.toContain(storyId);
    await approve(storyId);
    expect((await onTheDoor()).find((story) => story.id === storyId)?.title).toBe('A new title');
  });

  it('refuses to share a story to one alliance on the public door', async () => {
    const body = await post(
      app,
      WRITE,
      { input: { title: 'Ours', body: 'For the people of my alliance only, and the door.', allianceId, isPublic: true } },
      author.accessToken,
    );
    expect(body.errors?.[0]).toMatchObject({
      message: 'Only a story to everyone on Kindred can also be shared on the public page. You could choose everyone, or keep it within your alliance.',
      extensions: { code: 'BAD_USER_INPUT', field: 'isPublic' },
    });
    const mine = await callAs<{ myStories: { title: string }[] }>(app, author, '{ myStories { title } }');
    expect(mine.myStories.map((story) => story.title)).not.toContain('Ours');
  });

  it('shows at most 20 at a time and limits how often one address may ask', async () => {
    const address = '203.0.113.9';
    const ask = (first: number) => post<{ publicStories: { edges: unknown[] } }>(app, PUBLIC_STORIES, { first }, undefined, address);
    for (let extra = 0; extra < 21; extra++) await approve(await write({ isPublic: true }));
    expect((await ask(100)).data?.publicStories.edges).toHaveLength(20);
    for (let asked = 1; asked < 300; asked++) await ask(1);
    const refused = await ask(1);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    // Another address is not held back.
    expect((await post(app, PUBLIC_STORIES, { first: 1 }, undefined, '203.0.113.10')).errors).toBeUndefined();
  });
});
