import type { Language } from '../i18n/i18n';
import { renderApp, type Answer, type Harness } from './app-harness';

/** An access token's expiry as the API gives it: a quarter of an hour from now. */
export const inAQuarterHour = (): string => new Date(Date.now() + 15 * 60_000).toISOString();

/** The person the Viewer query answers with while signed in, unless a test changes some of it. */
export const signedInPerson = {
  __typename: 'Account',
  id: 'u1',
  displayName: 'Sam',
  pronouns: null as string | null,
  locale: 'en',
  timeZone: 'Europe/Paris',
  emailVerified: true,
  roles: ['MEMBER'],
};

export type SignedInPerson = typeof signedInPerson;

/** The /auth answer that restores a session from the refresh cookie, as on every start. */
export function restoredSession(accessToken = 'a1'): Record<string, () => Response> {
  return { '/auth/refresh': () => Response.json({ accessToken, accessTokenExpiresAt: inAQuarterHour() }) };
}

/**
 * The whole app with Sam signed in (restored from the refresh cookie): the Viewer query answers
 * `signedInPerson` with `me`'s changes, the header's badge nothing unread; `auth` and `graphql`
 * answers add to or replace those.
 */
export function renderSignedIn(options: {
  path: string;
  graphql?: Record<string, Answer>;
  auth?: Record<string, () => Response>;
  language?: Language;
  me?: Partial<SignedInPerson>;
}): Harness {
  const me = { ...signedInPerson, ...options.me };
  return renderApp({
    path: options.path,
    language: options.language,
    auth: { ...restoredSession(), ...options.auth },
    graphql: {
      Viewer: () => ({ data: { me } }),
      // The header's notification badge, on every signed-in page: nothing unread, nothing arriving.
      UnreadNotificationCount: () => ({ data: { unreadNotificationCount: 0 } }),
      NotificationArrived: () => ({ data: null }),
      ...options.graphql,
    },
  });
}
