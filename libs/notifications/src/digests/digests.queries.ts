import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const EXAMPLE_TIME = new Date('2026-01-01T00:00:00Z');

/**
 * Notifications still worth an email: the person opted in when it was sent, still wants this
 * kind by email now, has not read it, and no digest mentioned it yet. `$1` is the person,
 * `$2` the cut-off for settling.
 */
const DUE = `
  n.email_due AND n.emailed_at IS NULL AND n.read_at IS NULL AND n.created_at <= $2
  AND NOT EXISTS (
    SELECT 1 FROM notification_preferences p WHERE p.user_id = n.user_id AND p.kind = n.kind AND NOT p.email
  )`;

/** The next people, after `after`, with something due and no digest since `recent`: a keyset over people. */
export const peopleWithDigestDue = defineQuery<{ after: string; settled: Date; recent: Date; limit: number }, { userId: string }>({
  name: 'digests.peopleWithDigestDue',
  sql: `SELECT DISTINCT n.user_id FROM notifications n
         WHERE n.user_id > $1 AND ${DUE}
           AND NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.user_id = n.user_id AND d.last_sent_at > $3)
         ORDER BY n.user_id LIMIT $4`,
  params: ({ after, settled, recent, limit }) => [after, settled, recent, limit],
  map: (row) => ({ userId: row['user_id'] as string }),
  example: { after: EXAMPLE_ID, settled: EXAMPLE_TIME, recent: EXAMPLE_TIME, limit: 200 },
});

/** Claims the person's digest unless one went out since `recent`; a row back means claimed. */
export const claimDigest = defineQuery<{ userId: string; now: Date; recent: Date }, { userId: string }>({
  name: 'digests.claimDigest',
  sql: `INSERT INTO notification_digests (user_id, last_sent_at) VALUES ($1, $2)
        ON CONFLICT (user_id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at
          WHERE notification_digests.last_sent_at <= $3
        RETURNING user_id`,
  params: ({ userId, now, recent }) => [userId, now, recent],
  map: (row) => ({ userId: row['user_id'] as string }),
  example: { userId: EXAMPLE_ID, now: EXAMPLE_TIME, recent: EXAMPLE_TIME },
});

/** Marks the person's due notifications as emailed at `now`. */
export const markDigestEmailed = defineQuery<{ userId: string; settled: Date; now: Date }>({
  name: 'digests.markDigestEmailed',
  sql: `UPDATE notifications n SET emailed_at = $3 WHERE n.user_id = $1 AND ${DUE}`,
  params: ({ userId, settled, now }) => [userId, settled, now],
  example: { userId: EXAMPLE_ID, settled: EXAMPLE_TIME, now: EXAMPLE_TIME },
});
