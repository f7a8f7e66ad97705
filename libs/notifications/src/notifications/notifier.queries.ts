import { defineQuery } from '@kindred/core';
import { DEFAULT_PREFERENCE } from '../preferences/notification-preference.entity';
import { NotificationKind } from './notification-kind';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * One notice of a kind about one subject for many people at once, with the same rules as
 * `Notifier.notify` for each: only people whose account is active, as their preferences for
 * the kind say (the defaults where they chose nothing; push only to someone with a device), nobody who turned it off entirely, and
 * nothing for someone who still has an unread notice about the subject (the pending unique
 * index). Rows go in by person id, so two such inserts never wait on each other in a cycle.
 */
export const insertNoticesForMany = defineQuery<
  { userIds: readonly string[]; kind: NotificationKind; subjectId: string },
  { id: string; userId: string; inApp: boolean; pushDue: boolean }
>({
  name: 'notifier.insertNoticesForMany',
  sql: `INSERT INTO notifications (user_id, kind, subject_ref, in_app, email_due, push_due)
        SELECT u.id, $2, $3, chosen.in_app, chosen.email, chosen.push
          FROM users u
          LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2
         CROSS JOIN LATERAL (
               SELECT coalesce(p.in_app, $4) AS in_app, coalesce(p.email, $5) AS email,
                      coalesce(p.push, $6) AND EXISTS (SELECT 1 FROM push_subscriptions s WHERE s.user_id = u.id) AS push
             ) chosen
         WHERE u.id = ANY($1::uuid[]) AND u.erased_at IS NULL AND u.erasure_requested_at IS NULL
           AND (chosen.in_app OR chosen.email OR chosen.push)
         ORDER BY u.id
        ON CONFLICT DO NOTHING
        RETURNING id, user_id, in_app, push_due`,
  params: ({ userIds, kind, subjectId }) => [userIds, kind, subjectId, DEFAULT_PREFERENCE.inApp, DEFAULT_PREFERENCE.email, DEFAULT_PREFERENCE.push],
  map: (row) => ({ id: row['id'] as string, userId: row['user_id'] as string, inApp: row['in_app'] as boolean, pushDue: row['push_due'] as boolean }),
  example: { userIds: [EXAMPLE_ID], kind: NotificationKind.NEW_MESSAGE, subjectId: EXAMPLE_ID },
});
