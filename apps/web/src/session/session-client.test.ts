import { describe, expect, it, vi } from 'vitest';
import { SessionClient, readCookie } from './session-client';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function setup(responses: (() => Response | Promise<Response>)[], cookies = 'kindred_csrf=abc%3D; other=1') {
  const fetch = vi.fn<typeof globalThis.fetch>(async () => {
    const next = responses.shift();
    if (!next) throw new Error('unexpected request');
    return next();
  });
  const timers: { run: () => void; ms: number }[] = [];
  const session = new SessionClient({
    fetch,
    readCookies: () => cookies,
    language: () => 'fr',
    now: () => Date.parse('2026-12-04T10:00:00Z'),
    setTimer: (run, ms) => {
      const timer = {
        ms,
        run: () => {
          timers.splice(timers.indexOf(timer), 1);
          run();
        },
      };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      const index = timers.indexOf(timer as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
  });
  return { session, fetch, timers };
}

const grant = { accessToken: 'token-1', accessTokenExpiresAt: '2026-12-04T10:15:00Z' };

describe('SessionClient', () => {
  it('restores a session on start from the refresh cookie, sending the CSRF header and language', async () => {
    const { session, fetch } = setup([() => jsonResponse(200, grant)]);
    expect(session.getSnapshot().status).toBe('restoring');

    await expect(session.refresh()).resolves.toBe('refreshed');

    expect(session.getSnapshot()).toEqual({ status: 'signedIn', accessToken: 'token-1' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/auth/refresh');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-kindred-client': 'web', 'x-kindred-csrf': 'abc=', 'accept-language': 'fr' },
    });
  });

  it('is signed out when the API answers 401', async () => {
    const { session } = setup([() => jsonResponse(401, { code: 'UNAUTHENTICATED' })]);
    await expect(session.refresh()).resolves.toBe('signedOut');
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', accessToken: null });
  });

  it('shares one request between concurrent refreshes, so the single-use cookie is spent once', async () => {
    let release: (response: Response) => void = () => undefined;
    const { session, fetch } = setup([() => new Promise<Response>((resolve) => (release = resolve))]);
    const first = session.refresh();
    const second = session.refresh();
    release(jsonResponse(200, grant));
    await expect(Promise.all([first, second])).resolves.toEqual(['refreshed', 'refreshed']);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('renews the access token a minute before it expires', async () => {
    const { session, fetch, timers } = setup([() => jsonResponse(200, { accessToken: 'token-2', accessTokenExpiresAt: '2026-12-04T10:30:00Z' })]);
    session.signIn(grant);
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(14 * 60_000);

    timers[0]!.run();
    await vi.waitFor(() => expect(session.accessToken).toBe('token-2'));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(timers.map((timer) => timer.ms)).toEqual([29 * 60_000]);
  });

  it('keeps the session when the network fails during a renewal', async () => {
    const { session } = setup([() => Promise.reject(new TypeError('offline'))]);
    session.signIn(grant);
    await expect(session.refresh()).resolves.toBe('unreachable');
    expect(session.getSnapshot()).toEqual({ status: 'signedIn', accessToken: 'token-1' });
  });

  it('signs out: revokes on the server, clears the cookies, forgets the token and the timer', async () => {
    const { session, fetch, timers } = setup([() => new Response(null, { status: 204 })]);
    session.signIn(grant);
    const revoke = vi.fn(async () => ({ ok: true }));

    await session.signOut(revoke);

    expect(revoke).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe('/auth/logout');
    expect(fetch.mock.calls[0]![1]).toMatchObject({ headers: { 'x-kindred-csrf': 'abc=' } });
    expect(session.getSnapshot()).toEqual({ status: 'signedOut', accessToken: null });
    expect(timers).toHaveLength(0);
  });

  it('still signs out on this device when the server cannot be reached', async () => {
    const { session } = setup([() => Promise.reject(new TypeError('offline'))]);
    session.signIn(grant);
    await session.signOut(() => Promise.reject(new TypeError('offline')));
    expect(session.getSnapshot().status).toBe('signedOut');
  });

  it('never writes a token to web storage', async () => {
    const { session } = setup([() => jsonResponse(200, grant)]);
    await session.refresh();
    expect(JSON.stringify({ ...localStorage })).not.toContain('token-1');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('token-1');
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('a=1; kindred_csrf=x%2By; b=2', 'kindred_csrf')).toBe('x+y');
    expect(readCookie('a=1', 'kindred_csrf')).toBeNull();
  });
});
