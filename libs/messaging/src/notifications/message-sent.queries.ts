import { ContentVisibility, defineQuery } from '@kindred/core';

/**
 * Who should hear of a message now: participants other than its author, who were there when
 * it was sent, have not left or muted, and are not blocked either way; nobody when it was
 * deleted or is not visible (held for review).
 */
export const newMessageRecipients = defineQuery<{ messageId: string }, { userId: string; conversationId: string }>({
  name: 'messageSent.recipients',
  sql: `SELECT p.user_id, p.conversation_id
          FROM messages m
          JOIN conversation_participants p ON p.conversation_id = m.conversation_id
         WHERE m.id = $1 AND m.deleted_at IS NULL AND m.author_id IS NOT NULL AND m.visibility = $2
           AND p.user_id <> m.author_id AND p.left_at IS NULL AND NOT p.muted AND p.joined_at <= m.created_at
           AND NOT EXISTS (SELECT 1 FROM blocks b
                            WHERE (b.blocker_id = p.user_id AND b.blocked_id = m.author_id)
                               OR (b.blocker_id = m.author_id AND b.blocked_id = p.user_id))
         ORDER BY p.user_id`,
  params: ({ messageId }) => [messageId, ContentVisibility.VISIBLE],
  map: (row) => ({ userId: row['user_id'] as string, conversationId: row['conversation_id'] as string }),
  example: { messageId: '00000000-0000-0000-0000-000000000000' },
});
