import type { Page } from '@playwright/test';
import { expect, newPerson, signIn, test } from './fixtures';
import { stackValue } from './stack';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }';

/** What the web app does: POST with the CSRF cookie's value repeated in a header, no body. */
function postFromPage(page: Page, path: '/auth/refresh' | '/auth/logout'): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(async (url) => {
    const csrf =
      document.cookie
        .split('; ')
        .find((pair) => pair.startsWith('kindred_csrf='))
        ?.slice('kindred_csrf='.length) ?? '';
    const response = await fetch(url, { method: 'POST', headers: { 'x-kindred-csrf': csrf } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }, path);
}

for (const host of ['127.0.0.1', 'localhost']) {
  test(`Chromium keeps the Secure session cookies over plain http on ${host}, and the page refreshes and signs out with them`, async ({ browser }) => {
    const person = await newPerson();
    const origin = stackValue('baseUrl').replace('127.0.0.1', host);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);

    const login = await page.evaluate(
      async ({ query, variables }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kindred-client': 'web' },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data: { login: { accessToken: string; refreshToken: string | null } } };
      },
      { query: LOGIN, variables: { email: person.email, password: person.password } },
    );
    expect(login.data.login.refreshToken).toBeNull();
    const cookies = await context.cookies(`${origin}/auth/refresh`);
    expect(cookies.find((cookie) => cookie.name === 'kindred_refresh')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/auth' });
    expect(cookies.find((cookie) => cookie.name === 'kindred_csrf')).toMatchObject({ httpOnly: false, secure: true, sameSite: 'Strict', path: '/' });
    // Page scripts see the CSRF value and never the refresh token.
    const visible = await page.evaluate(() => document.cookie);
    expect(visible).toContain('kindred_csrf=');
    expect(visible).not.toContain('kindred_refresh');

    const refreshed = await postFromPage(page, '/auth/refresh');
    expect(refreshed.status).toBe(200);
    expect(typeof refreshed.body['accessToken']).toBe('string');

    expect(await postFromPage(page, '/auth/logout')).toEqual({ status: 200, body: { ok: true } });
    expect((await context.cookies(`${origin}/auth/refresh`)).map((cookie) => cookie.name)).toEqual([]);
    expect((await postFromPage(page, '/auth/refresh')).status).toBe(403);
    await context.close();
  });
}

test('signIn puts a web session in the browser, which the page can take up as after a reload', async ({ page, context }) => {
  const person = await newPerson();
  await signIn(context, person);
  await page.goto('/');
  const refreshed = await postFromPage(page, '/auth/refresh');
  expect(refreshed.status).toBe(200);
  const me = await page.evaluate(async (accessToken) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    return (await response.json()) as { data: { me: { id: string } } };
  }, String(refreshed.body['accessToken']));
  expect(me.data.me.id).toBe(person.userId);
});
