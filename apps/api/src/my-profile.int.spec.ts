import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { post, type TestAccount } from '@kindred/test-support/api-client';
import { insertPerson } from '@kindred/test-support/factories';
import { startTestApi } from '@kindred/test-support/test-api';

const UPDATE = 'mutation($input: ProfileInput!) { updateMyProfile(input: $input) { id displayName pronouns locale timeZone } }';
const ME = '{ me { displayName pronouns locale timeZone } }';

interface Refusal {
  code: unknown;
  field: unknown;
  message: string;
}

/** A person changes how they are known (display name, pronouns) and how Kindred speaks to them (language, time zone). */
describe('updateMyProfile', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('my-profile'));
  });

  afterAll(() => stop());

  const update = (person: TestAccount | null, input: Record<string, unknown>) =>
    post<{ updateMyProfile: Record<string, unknown> }>(app, UPDATE, { input }, person?.accessToken);
  const refusal = async (person: TestAccount, input: Record<string, unknown>): Promise<Refusal> => {
    const body = await update(person, input);
    const error = body.errors?.[0];
    return { code: error?.extensions?.['code'], field: error?.extensions?.['field'], message: error?.message ?? '' };
  };
  const me = async (person: TestAccount) => (await post<{ me: Record<string, unknown> }>(app, ME, {}, person.accessToken)).data?.me;

  it('changes what is given and keeps what is left out', async () => {
    const person = await insertPerson(app, undefined, { displayName: 'Sam' });
    const changed = await update(person, { displayName: '  Sam   the   Gardener ', pronouns: 'they/them', locale: 'fr', timeZone: 'America/Toronto' });
    expect(changed.data?.updateMyProfile).toEqual({
      id: person.userId,
      displayName: 'Sam the Gardener',
      pronouns: 'they/them',
      locale: 'fr',
      timeZone: 'America/Toronto',
    });

    await update(person, { timeZone: 'Europe/Paris' });
    expect(await me(person)).toEqual({ displayName: 'Sam the Gardener', pronouns: 'they/them', locale: 'fr', timeZone: 'Europe/Paris' });

    // An empty text removes the pronouns; nothing else moves.
    await update(person, { pronouns: '' });
    expect(await me(person)).toEqual({ displayName: 'Sam the Gardener', pronouns: null, locale: 'fr', timeZone: 'Europe/Paris' });
  });

  it('refuses what it cannot keep, kindly and in the person’s language, and changes nothing', async () => {
    const person = await insertPerson(app, undefined, { displayName: 'Robin' });
    expect(await refusal(person, { displayName: 'R' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'displayName',
      message: 'Please choose a display name of 2 to 40 characters. It does not need to be your real name.',
    });
    expect(await refusal(person, { pronouns: 'x'.repeat(41) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pronouns' });
    expect(await refusal(person, { locale: 'de' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
    expect(await refusal(person, { timeZone: 'Mars/Olympus_Mons' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    // One bad field refuses the whole change: the language stays English.
    expect(await refusal(person, { locale: 'fr', timeZone: 'Nowhere/Town' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await me(person)).toEqual({ displayName: 'Robin', pronouns: null, locale: 'en', timeZone: 'UTC' });

    // Once French is chosen, refusals are said in French.
    await update(person, { locale: 'fr' });
    expect(await refusal(person, { displayName: 'R' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'displayName',
      message: 'Choisissez un nom affiché de 2 à 40 caractères. Il n’a pas besoin d’être votre vrai nom.',
    });
  });

  it('screens a new name and pronouns as it screens an introduction, and saves nothing it would hold', async () => {
    const person = await insertPerson(app, undefined, { displayName: 'Alex' });
    expect(await refusal(person, { displayName: 'selling xanax, hit me up' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'displayName',
      message:
        'These words may look like buying or selling drugs, which Kindred does not allow, so your profile was not changed. You could choose other words.',
    });
    expect(await refusal(person, { pronouns: 'I know where you live', locale: 'fr' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'pronouns',
      message: 'Others might read these words as hurtful, so your profile was not changed. You could choose other words.',
    });
    expect(await me(person)).toEqual({ displayName: 'Alex', pronouns: null, locale: 'en', timeZone: 'UTC' });

    // A new account may not put a link in its name, as in anything else it writes.
    const newcomer = await insertPerson(app, undefined, { newAccount: true });
    expect(await refusal(newcomer, { displayName: 'Visit kindred.example.com' })).toMatchObject({ code: 'TRUST_LIMIT', field: 'displayName' });
  });

  it('lets a paused account change its language and time zone, but not its name', async () => {
    const person = await insertPerson(app, undefined, { displayName: 'Jo' });
    await app.get(DataSource).query(`UPDATE users SET suspended_until = now() + interval '2 days' WHERE id = $1`, [person.userId]);
    expect(await refusal(person, { displayName: 'Joanna' })).toMatchObject({ code: 'ACCOUNT_SUSPENDED' });
    const settings = await update(person, { displayName: 'Jo', locale: 'fr', timeZone: 'Europe/Brussels' });
    expect(settings.errors).toBeUndefined();
    expect(await me(person)).toEqual({ displayName: 'Jo', pronouns: null, locale: 'fr', timeZone: 'Europe/Brussels' });
  });

  it('asks someone who is not signed in to sign in', async () => {
    const body = await update(null, { locale: 'fr' });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
