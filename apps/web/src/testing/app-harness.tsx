import { render, type RenderResult } from '@testing-library/react';
import { vi } from 'vitest';
import { createMemoryRouter } from 'react-router';
import { App, appRoutes } from '../app/App';
import { createApolloClient } from '../graphql/client';
import { createI18n, type Language } from '../i18n/i18n';
import { SessionClient } from '../session/session-client';

export type Answer = (request: { operationName: string | null; variables: Record<string, unknown>; headers: Headers }) => unknown;

export interface Harness extends RenderResult {
  session: SessionClient;
  router: ReturnType<typeof createMemoryRouter>;
  fetch: ReturnType<typeof vi.fn<typeof globalThis.fetch>>;
  /** GraphQL operation names in the order they were sent. */
  operations: string[];
}

/**
 * The whole app over a fake network: `graphql` answers by operation name, `auth` answers the
 * /auth calls (by default the refresh cookie is missing: 401). Nothing leaves the test.
 */
export function renderApp(options: { path: string; graphql?: Record<string, Answer>; auth?: Record<string, () => Response>; language?: Language }): Harness {
  const operations: string[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    if (url.includes('/auth/')) {
      const path = new URL(url, 'http://kindred.test').pathname;
      const answer = options.auth?.[path];
      return answer ? answer() : new Response(JSON.stringify({ code: 'UNAUTHENTICATED' }), { status: 401 });
    }
    const body = JSON.parse(String(init?.body)) as { operationName: string | null; variables?: Record<string, unknown> };
    operations.push(body.operationName ?? '');
    const answer = options.graphql?.[body.operationName ?? ''];
    if (!answer) throw new Error(`no answer for ${body.operationName}`);
    const result = answer({ operationName: body.operationName, variables: body.variables ?? {}, headers });
    return new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  const i18n = createI18n(options.language ?? 'en');
  const session = new SessionClient({ fetch, readCookies: () => '', language: () => i18n.language });
  const { client } = createApolloClient({ session, language: () => i18n.language, httpUri: 'http://kindred.test/graphql', fetch, subscriptions: false });
  const router = createMemoryRouter(appRoutes(), { initialEntries: [options.path] });
  const result = render(<App client={client} i18n={i18n} session={session} router={router} />);
  // As main.tsx does: try to restore a session from the refresh cookie.
  void session.refresh();
  return { ...result, session, router, fetch, operations };
}
