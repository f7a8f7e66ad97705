import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { from, switchMap, tap, throwError } from 'rxjs';
import { WEB_CLIENT_HEADER, type SessionClient } from '../session/session-client';

export interface ApolloSetup {
  session: SessionClient;
  /** The current UI language, sent as Accept-Language so the API answers in it. */
  language: () => string;
  /** Defaults to the page's own origin, as in production and behind the Vite proxy. */
  httpUri?: string;
  wsUrl?: string;
  fetch?: typeof fetch;
  /** Tests pass false: no WebSocket is opened. */
  subscriptions?: boolean;
}

function sameOriginWsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

function isUnauthenticated(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): boolean {
  return errors?.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ?? false;
}

/**
 * On an UNAUTHENTICATED answer, refresh the session once and send the operation again. The
 * retried answer does not pass through this link again, so there is never a second retry: if
 * it is UNAUTHENTICATED too, the session is over. Subscriptions are left to graphql-ws.
 */
function retryOnceAfterRefresh(session: SessionClient): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error) || !isUnauthenticated(error.errors)) return;
    // A signed-out visitor asking for a member-only field: nothing to refresh.
    if (session.getSnapshot().status !== 'signedIn') return;
    return from(session.refresh()).pipe(
      switchMap((outcome) =>
        outcome === 'refreshed'
          ? forward(operation).pipe(
              tap((result) => {
                if (isUnauthenticated(result.errors)) session.end();
              }),
            )
          : throwError(() => error),
      ),
    );
  });
}

export function createApolloClient(setup: ApolloSetup): { client: ApolloClient; ws: WsClient | null } {
  const { session, language } = setup;

  const headers = new SetContextLink((prev) => {
    const token = session.accessToken;
    return {
      headers: {
        ...(prev['headers'] as Record<string, string> | undefined),
        ...WEB_CLIENT_HEADER,
        'accept-language': language(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });

  const http = new HttpLink({
    uri: setup.httpUri ?? '/graphql',
    credentials: 'same-origin',
    ...(setup.fetch ? { fetch: setup.fetch } : {}),
  });

  let ws: WsClient | null = null;
  let transport: ApolloLink = http;
  if (setup.subscriptions !== false) {
    ws = createClient({
      url: setup.wsUrl ?? sameOriginWsUrl(),
      lazy: true,
      // Read at every (re)connection, so a renewed token is used after a reconnect.
      connectionParams: () => {
        const token = session.accessToken;
        return { 'accept-language': language(), ...(token ? { authorization: `Bearer ${token}` } : {}) };
      },
    });
    const wsLink = new GraphQLWsLink(ws);
    transport = ApolloLink.split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
      },
      wsLink,
      http,
    );
  }

  const client = new ApolloClient({
    link: ApolloLink.from([retryOnceAfterRefresh(session), headers, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        // A person's own recovery capital and plan have no id of their own, and several sections
        // select different fields of them: what each brings is merged, not replaced.
        RecoveryCapital: { merge: true },
        RecoveryPlan: { merge: true },
        // One per person, without an id: check-ins and recovery capital each ask for their part.
        CheckinPreferences: { merge: true },
        // Lists of objects without ids that each answer brings whole: the newest replaces the last.
        DiaryEntry: { fields: { sharedWith: { merge: false } } },
        // One per person, without an id: a newer answer completes the older one.
        RecoveryJourney: { merge: true, fields: { milestones: { merge: false } } },
        // "Who saw what": older pages are added under the newest, not swapped for them.
        Query: { fields: { myDisclosureLog: relayStylePagination() } },
      },
    }),
  });
  return { client, ws };
}
