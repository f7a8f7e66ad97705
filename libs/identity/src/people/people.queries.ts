import { defineQuery } from '@kindred/core';
import type { Locale } from '../accounts/user.entity';

/** Language, time zone and standing of many people at once, as plain rows (no entity hydration). */
export const personSettings = defineQuery<{ userIds: readonly string[] }, { id: string; locale: Locale; timeZone: string; active: boolean }>({
  name: 'people.personSettings',
  sql: `SELECT id, locale, time_zone, erased_at IS NULL AND erasure_requested_at IS NULL AS active FROM users WHERE id = ANY($1)`,
  params: ({ userIds }) => [userIds],
  map: (row) => ({ id: row['id'] as string, locale: row['locale'] as Locale, timeZone: row['time_zone'] as string, active: row['active'] as boolean }),
  example: { userIds: ['00000000-0000-0000-0000-000000000000'] },
});
