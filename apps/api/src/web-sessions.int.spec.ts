import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import { createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';

const HOST = 'kindred.test';
const SAME_SITE = { host: HOST, origin: `https://${HOST}`, 'sec-fetch-site': 'same-origin' };
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken refreshTokenExpiresAt } }';
const ME = '{ me { id } }';

interface BrowserSession {
  refresh: string;
  csrf: string;
  accessToken: string;
}

function cookie(response: LightMyRequestResponse, name: string) {
  return response.cookies.find((candidate) => candidate.name === name);
}

/** The refresh token in an HttpOnly cookie for the web app, beside the body-token flow API clients keep. */
describe('browser sessions by cookie', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('web-sessions'));
  });

  afterAll(() => stop());

  async function webLogin(person: TestAccount) {
    return app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-kindred-client': 'web', ...SAME_SITE },
      payload: { query: LOGIN, variables: { email: person.email, password: person.password } },
    });
  }

  async function signedInBrowser(): Promise<BrowserSession> {
    const response = await webLogin(await createAccount(app));
    return {
      refresh: cookie(response, 'kindred_refresh')?.value ?? '',
      csrf: cookie(response, 'kindred_csrf')?.value ?? '',
      accessToken: (response.json() as { data: { login: { accessToken: string } } }).data.login.accessToken,
    };
  }

  function call(path: '/auth/refresh' | '/auth/logout', session: Pick<BrowserSession, 'refresh' | 'csrf'>, headers: Record<string, string | undefined> = {}) {
    const all: Record<string, string> = { ...SAME_SITE, 'x-kindred-csrf': session.csrf };
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) delete all[name];
      else all[name] = value;
    }
    return app.inject({ method: 'POST', url: path, headers: all, cookies: { kindred_refresh: session.refresh, kindred_csrf: session.csrf } });
  }

  const isSignedIn = async (accessToken: string): Promise<boolean> => !(await post(app, ME, {}, accessToken)).errors;

  it('signs in with the web header: the refresh token is set as cookies, never in the body', async () => {
    const response = await webLogin(await createAccount(app));
    const login = (response.json() as { data: { login: { accessToken: string; refreshToken: string | null; refreshTokenExpiresAt: string } } }).data.login;
    expect(login.refreshToken).toBeNull();
    expect(await isSignedIn(login.accessToken)).toBe(true);

    const refresh = cookie(response, 'kindred_refresh');
    const csrf = cookie(response, 'kindred_csrf');
    const lifetime = (Date.parse(login.refreshTokenExpiresAt) - Date.now()) / 1000;
    expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/auth' });
    expect(refresh?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Math.abs((refresh?.maxAge ?? 0) - lifetime)).toBeLessThan(5);
    expect(csrf).toMatchObject({ secure: true, sameSite: 'Strict', path: '/' });
    expect(csrf?.httpOnly).toBeUndefined();
    expect(csrf?.maxAge).toBe(refresh?.maxAge);
    expect(csrf?.value).not.toBe(refresh?.value);
  });

  it('rotates the refresh cookie once; presenting the old one again signs that browser out', async () => {
    const session = await signedInBrowser();
    const first = await call('/auth/refresh', session);
    expect(first.statusCode).toBe(200);
    const body = first.json() as { accessToken: string; accessTokenExpiresAt: string };
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
    expect(await isSignedIn(body.accessToken)).toBe(true);
    const rotated = cookie(first, 'kindred_refresh')?.value ?? '';
    expect(rotated).not.toBe(session.refresh);
    expect(cookie(first, 'kindred_csrf')?.value).toBe(session.csrf);

    const reused = await call('/auth/refresh', session);
    expect(reused.statusCode).toBe(401);
    expect(reused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(cookie(reused, 'kindred_refresh')).toMatchObject({ value: '', maxAge: 0, path: '/auth' });
    expect(cookie(reused, 'kindred_csrf')).toMatchObject({ value: '', maxAge: 0 });
    // The whole session is over: the rotated cookie and the access tokens no longer work.
    expect((await call('/auth/refresh', { ...session, refresh: rotated })).statusCode).toBe(401);
    expect(await isSignedIn(body.accessToken)).toBe(false);
    expect(await isSignedIn(session.accessToken)).toBe(false);
  });

  it('refuses a refresh without the CSRF header, with a different one, or with the CSRF value of another session', async () => {
    const session = await signedInBrowser();
    const other = await signedInBrowser();
    const missing = await call('/auth/refresh', session, { 'x-kindred-csrf': undefined });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'CSRF' });
    expect((await call('/auth/refresh', session, { 'x-kindred-csrf': `${session.csrf}x` })).statusCode).toBe(403);
    // Header and cookie agree, but were made for another session (a cookie planted by a sibling site).
    expect((await call('/auth/refresh', { refresh: session.refresh, csrf: other.csrf })).statusCode).toBe(403);
    // None of that used the refresh token up.
    expect((await call('/auth/refresh', session)).statusCode).toBe(200);
  });

  it('refuses cross-site requests: another Origin, no Origin, or Sec-Fetch-Site other than same-origin', async () => {
    const session = await signedInBrowser();
    for (const headers of [
      { origin: 'https://elsewhere.example' },
      { origin: 'https://kindred.test.elsewhere.example' },
      { origin: undefined },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ]) {
      const response = await call('/auth/refresh', session, headers);
      expect({ headers, status: response.statusCode }).toEqual({ headers, status: 403 });
    }
    // The public address counts as this site even when a proxy rewrote Host.
    expect((await call('/auth/refresh', session, { host: 'api.internal:3000', origin: 'http://localhost:3000' })).statusCode).toBe(200);
  });

  it('says its refusals in the caller’s language, with the fields of a GraphQL error', async () => {
    const session = await signedInBrowser();
    const french = { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.8' };

    const crossSite = await call('/auth/refresh', session, { ...french, origin: 'https://elsewhere.example' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toEqual({
      code: 'CSRF',
      messageKey: 'REFUSED_AS_CROSS_SITE',
      message: 'Cette demande ne vient pas d’une page de Kindred, elle a donc été refusée. Rechargez la page, puis réessayez.',
    });
    expect((await call('/auth/logout', session, { 'x-kindred-csrf': undefined })).json()).toMatchObject({
      code: 'CSRF',
      message: 'This request did not come from a Kindred page, so it was refused. Please reload the page and try again.',
    });

    expect((await call('/auth/logout', session, french)).statusCode).toBe(200);
    const ended = await call('/auth/refresh', session, french);
    expect(ended.statusCode).toBe(401);
    expect(ended.json()).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'SESSION_ENDED',
      message: 'Votre session est terminée. Connectez-vous à nouveau.',
    });
    expect((await call('/auth/refresh', session, { 'accept-language': 'de' })).json()).toMatchObject({
      messageKey: 'SESSION_ENDED',
      message: 'Your session has ended. Please sign in again.',
    });
  });

  it('signs out with the cookie: the session ends and both cookies are cleared', async () => {
    const session = await signedInBrowser();
    expect((await call('/auth/logout', session, { origin: 'https://elsewhere.example' })).statusCode).toBe(403);
    expect(await isSignedIn(session.accessToken)).toBe(true);

    const out = await call('/auth/logout', session);
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    expect(cookie(out, 'kindred_refresh')).toMatchObject({ value: '', maxAge: 0, path: '/auth' });
    expect(cookie(out, 'kindred_csrf')).toMatchObject({ value: '', maxAge: 0, path: '/' });
    expect(await isSignedIn(session.accessToken)).toBe(false);
    expect((await call('/auth/refresh', session)).statusCode).toBe(401);
  });

  it('keeps the body-token flow for API clients: no cookies, the refresh token in the body', async () => {
    const person = await createAccount(app);
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: LOGIN, variables: { email: person.email, password: person.password } },
    });
    expect(response.headers['set-cookie']).toBeUndefined();
    const refreshToken = (response.json() as { data: { login: { refreshToken: string } } }).data.login.refreshToken;
    expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const refreshed = await post<{ refreshSession: { refreshToken: string } }>(
      app,
      'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }',
      { t: refreshToken },
    );
    expect(refreshed.data?.refreshSession.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
