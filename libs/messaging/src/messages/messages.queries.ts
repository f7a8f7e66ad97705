import { defineQuery } from '@kindred/core';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

/**
 * GREATEST: a message whose transaction started earlier but committed later must not move
 * the conversation back down the list.
 */
export const bumpLastMessageAt = defineQuery<{ conversationId: string; at: Date }>({
  name: 'messages.bumpLastMessageAt',
  sql: `UPDATE conversations SET last_message_at = GREATEST(last_message_at, $2) WHERE id = $1`,
  params: ({ conversationId, at }) => [conversationId, at],
  example: { conversationId: EXAMPLE_ID, at: new Date(0) },
});

/** Whether a message sent at `sentAt` is past its edit window, by the database's clock (the one that stamped it). */
export const isPastEditWindow = defineQuery<{ sentAt: Date; windowMinutes: number }, { late: boolean }>({
  name: 'messages.isPastEditWindow',
  sql: `SELECT $1::timestamptz < now() - make_interval(mins => $2) AS late`,
  params: ({ sentAt, windowMinutes }) => [sentAt, windowMinutes],
  map: (row) => ({ late: row['late'] as boolean }),
  example: { sentAt: new Date(0), windowMinutes: 15 },
});
