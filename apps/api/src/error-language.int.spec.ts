import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createAccount, type GraphqlBody, type TestAccount } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';

interface Said {
  code: unknown;
  messageKey: unknown;
  message: string;
}

const LEAVE_ALLIANCE = 'mutation { leaveAlliance(allianceId: "not-an-id") { id } }';
const RENAME_CIRCLE = 'mutation($n: String!) { renameSupportCircle(name: $n) { name } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
const ME = '{ me { id } }';

/** Refusals are said in the person's language: their profile's when signed in, else Accept-Language. */
describe('errors in the person’s language', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let english: TestAccount;
  let french: TestAccount;

  const send = async <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    caller: { token?: string; acceptLanguage?: string },
  ): Promise<GraphqlBody<T>> =>
    (
      await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: {
          'content-type': 'application/json',
          ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}),
          ...(caller.acceptLanguage ? { 'accept-language': caller.acceptLanguage } : {}),
        },
        payload: { query, variables },
      })
    ).json<GraphqlBody<T>>();

  const say = async (query: string, variables: Record<string, unknown>, caller: { token?: string; acceptLanguage?: string }): Promise<Said> => {
    const error = (await send(query, variables, caller)).errors?.[0];
    return { code: error?.extensions?.['code'], messageKey: error?.extensions?.['messageKey'], message: error?.message ?? '' };
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('error-language'));
    [english, french] = await Promise.all([createAccount(app), createAccount(app)]);
    await app.get(DataSource).query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [french.userId]);
  });

  afterAll(async () => {
    await stop();
  });

  it('answers a French-speaking person in French, whatever their browser says, keeping codes and keys', async () => {
    expect(await say(LEAVE_ALLIANCE, {}, { token: french.accessToken, acceptLanguage: 'en-GB,en;q=0.9' })).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'INVALID_ID',
      message: 'La valeur donnée pour allianceId n’est pas un identifiant Kindred. Utilisez l’identifiant tel que Kindred l’a donné.',
    });
    expect(await say(RENAME_CIRCLE, { n: ' ' }, { token: french.accessToken })).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'TEXT_LENGTH_RANGE',
      message: 'Indiquez un nom pour votre cercle de 1 à 60 caractères.',
    });
  });

  it('answers an English speaker in English, as written before', async () => {
    expect(await say(LEAVE_ALLIANCE, {}, { token: english.accessToken, acceptLanguage: 'fr' })).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'INVALID_ID',
      message: 'The value given for allianceId is not a Kindred id. Please use an id exactly as Kindred gave it.',
    });
    expect((await say(RENAME_CIRCLE, { n: ' ' }, { token: english.accessToken })).message).toBe('Please give a name for your circle of 1 to 60 characters.');
  });

  it('answers an anonymous caller in the first language of Accept-Language that Kindred speaks', async () => {
    expect(await say(ME, {}, { acceptLanguage: 'de-DE,fr;q=0.8,en;q=0.5' })).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'SIGN_IN_REQUIRED',
      message: 'Connectez-vous pour continuer.',
    });
    expect(await say(LOGIN, { e: 'nobody@example.org', p: 'not the password' }, { acceptLanguage: 'fr-CA' })).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'WRONG_CREDENTIALS',
      message: 'Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les, puis réessayez.',
    });
    expect((await say(ME, {}, {})).message).toBe('Please sign in to continue.');
    expect((await say(ME, {}, { acceptLanguage: 'de' })).message).toBe('Please sign in to continue.');
  });

  describe('acknowledgements', () => {
    const acknowledge = async (query: string, variables: Record<string, unknown>, caller: { token?: string; acceptLanguage?: string }) =>
      (await send<Record<string, { ok: boolean; message: string }>>(query, variables, caller)).data;
    const NUDGES = 'mutation($on: Boolean!) { setSelfDescriptionNudges(enabled: $on) { ok message } }';
    const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) { ok message } }';

    it('says what happens next in the person’s language, as refusals are', async () => {
      expect(await acknowledge(NUDGES, { on: false }, { token: french.accessToken, acceptLanguage: 'en' })).toEqual({
        setSelfDescriptionNudges: { ok: true, message: 'Vous ne recevrez plus de suggestions sur les mots que vous employez pour vous-même.' },
      });
      expect(await acknowledge(NUDGES, { on: true }, { token: english.accessToken, acceptLanguage: 'fr' })).toEqual({
        setSelfDescriptionNudges: { ok: true, message: 'You will get gentle suggestions about words you use for yourself too.' },
      });
    });

    it('answers an anonymous caller in the language of Accept-Language', async () => {
      expect(await acknowledge(RESET, { e: 'nobody-here@example.org' }, { acceptLanguage: 'fr-CA,fr;q=0.9' })).toEqual({
        requestPasswordReset: {
          ok: true,
          message:
            'Si cette adresse correspond à un compte, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien fonctionne pendant une heure.',
        },
      });
    });
  });
});
