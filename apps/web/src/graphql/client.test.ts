import { describe, expect, it, vi } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { SessionClient } from '../session/session-client';
import { createApolloClient } from './client';
import { graphql } from './generated';

const ViewerName = graphql(`
  query TestViewerName {
    me {
      id
      displayName
    }
  }
`);

const unauthenticated = { errors: [{ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } }], data: null };
const viewer = { data: { me: { __typename: 'Account', id: 'u1', displayName: 'Sam' } } };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function setup(graphqlAnswers: Response[], refreshAnswers: Response[]) {
  const seen: { authorization: string | null; language: string | null; client: string | null }[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    if (url.endsWith('/auth/refresh')) {
      const answer = refreshAnswers.shift();
      if (!answer) throw new Error('unexpected refresh');
      return answer;
    }
    seen.push({
      authorization: headers.get('authorization'),
      language: headers.get('accept-language'),
      client: headers.get('x-kindred-client'),
    });
    const answer = graphqlAnswers.shift();
    if (!answer) throw new Error('unexpected GraphQL request');
    return answer;
  });
  const session = new SessionClient({ fetch, readCookies: () => 'kindred_csrf=c', setTimer: () => null, clearTimer: () => undefined });
  const { client } = createApolloClient({
    session,
    language: () => 'fr',
    httpUri: 'http://kindred.test/graphql',
    fetch,
    subscriptions: false,
  });
  return { client, session, fetch, seen };
}

const expiresAt = new Date(Date.now() + 15 * 60_000).toISOString();

describe('Apollo client session handling', () => {
  it('sends the bearer token, the web client header and the UI language', async () => {
    const { client, session, seen } = setup([json(viewer)], []);
    session.signIn({ accessToken: 'a1', accessTokenExpiresAt: expiresAt });
    await client.query({ query: ViewerName });
    expect(seen).toEqual([{ authorization: 'Bearer a1', language: 'fr', client: 'web' }]);
  });

  it('refreshes once on UNAUTHENTICATED and retries with the new token', async () => {
    const { client, session, seen } = setup([json(unauthenticated), json(viewer)], [json({ accessToken: 'a2', accessTokenExpiresAt: expiresAt })]);
    session.signIn({ accessToken: 'a1', accessTokenExpiresAt: expiresAt });

    const result = await client.query({ query: ViewerName });

    expect(result.data?.me.displayName).toBe('Sam');
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer a1', 'Bearer a2']);
    expect(session.getSnapshot().status).toBe('signedIn');
  });

  it('does not retry a second time: a second UNAUTHENTICATED ends the session', async () => {
    const { client, session, seen, fetch } = setup(
      [json(unauthenticated), json(unauthenticated)],
      [json({ accessToken: 'a2', accessTokenExpiresAt: expiresAt })],
    );
    session.signIn({ accessToken: 'a1', accessTokenExpiresAt: expiresAt });

    await expect(client.query({ query: ViewerName })).rejects.toSatisfy((error) => CombinedGraphQLErrors.is(error));

    expect(seen).toHaveLength(2);
    expect(fetch.mock.calls.filter(([url]) => String(url).endsWith('/auth/refresh'))).toHaveLength(1);
    expect(session.getSnapshot().status).toBe('signedOut');
  });

  it('signs out when the refresh cookie is no longer valid, and passes the error on', async () => {
    const { client, session, seen } = setup([json(unauthenticated)], [json({ code: 'UNAUTHENTICATED' }, 401)]);
    session.signIn({ accessToken: 'a1', accessTokenExpiresAt: expiresAt });

    await expect(client.query({ query: ViewerName })).rejects.toSatisfy((error) => CombinedGraphQLErrors.is(error));

    expect(seen).toHaveLength(1);
    expect(session.getSnapshot().status).toBe('signedOut');
  });
});
