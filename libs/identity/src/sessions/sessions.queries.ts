import { defineQuery, type Locale, type PlatformRole } from '@kindred/core';

/** The live sessions among these ids, with their person's roles; revoked, expired or erased ones are left out. */
export const liveSessions = defineQuery<{ sessionIds: readonly string[] }, { sessionId: string; userId: string; roles: PlatformRole[]; locale: Locale }>({
  name: 'sessions.liveSessions',
  sql: `SELECT s.id AS session_id, s.user_id, u.roles, u.locale
          FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()
           AND u.erased_at IS NULL AND u.erasure_requested_at IS NULL`,
  params: ({ sessionIds }) => [sessionIds],
  map: (row) => ({
    sessionId: row['session_id'] as string,
    userId: row['user_id'] as string,
    roles: row['roles'] as PlatformRole[],
    locale: row['locale'] as Locale,
  }),
  example: { sessionIds: ['00000000-0000-0000-0000-000000000000'] },
});
