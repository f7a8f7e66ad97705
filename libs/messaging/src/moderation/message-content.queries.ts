import { defineQuery } from '@kindred/core';

/** A current participant who was there when it was sent, and the message not deleted. */
export const isMessageVisibleTo = defineQuery<{ messageId: string; viewerId: string }, { visible: boolean }>({
  name: 'messageContent.isVisibleTo',
  sql: `SELECT EXISTS (
          SELECT 1 FROM messages m
            JOIN conversation_participants p ON p.conversation_id = m.conversation_id
           WHERE m.id = $1 AND p.user_id = $2 AND p.left_at IS NULL AND m.created_at >= p.joined_at AND m.deleted_at IS NULL
        ) AS visible`,
  params: ({ messageId, viewerId }) => [messageId, viewerId],
  map: (row) => ({ visible: row['visible'] as boolean }),
  example: { messageId: '00000000-0000-0000-0000-000000000000', viewerId: '00000000-0000-0000-0000-000000000001' },
});
