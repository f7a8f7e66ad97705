import { defineQuery } from '@kindred/core';
import { ConversationKind } from './conversation.entity';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const OTHER_ID = '00000000-0000-0000-0000-000000000001';

export const insertCircleConversation = defineQuery<{ ownerId: string; title: string }, { id: string }>({
  name: 'circleConversations.insertConversation',
  sql: `INSERT INTO conversations (kind, title, created_by) VALUES ($1, $2, $3) RETURNING id`,
  params: ({ ownerId, title }) => [ConversationKind.CIRCLE, title, ownerId],
  map: (row) => ({ id: row['id'] as string }),
  example: { ownerId: EXAMPLE_ID, title: 'Circle' },
});

export const insertCircleOwner = defineQuery<{ conversationId: string; ownerId: string }>({
  name: 'circleConversations.insertOwner',
  sql: `INSERT INTO conversation_participants (conversation_id, user_id, role) VALUES ($1, $2, 'OWNER')`,
  params: ({ conversationId, ownerId }) => [conversationId, ownerId],
  example: { conversationId: EXAMPLE_ID, ownerId: OTHER_ID },
});

export const renameCircleConversation = defineQuery<{ conversationId: string; title: string }>({
  name: 'circleConversations.rename',
  sql: `UPDATE conversations SET title = $2 WHERE id = $1 AND kind = $3`,
  params: ({ conversationId, title }) => [conversationId, title, ConversationKind.CIRCLE],
  example: { conversationId: EXAMPLE_ID, title: 'Circle' },
});

export const leaveCircleConversation = defineQuery<{ conversationId: string; userId: string }>({
  name: 'circleConversations.leave',
  sql: `UPDATE conversation_participants SET left_at = now() WHERE conversation_id = $1 AND user_id = $2 AND left_at IS NULL`,
  params: ({ conversationId, userId }) => [conversationId, userId],
  example: { conversationId: EXAMPLE_ID, userId: OTHER_ID },
});

export const deleteCircleConversation = defineQuery<{ conversationId: string }>({
  name: 'circleConversations.remove',
  sql: `DELETE FROM conversations WHERE id = $1 AND kind = $2`,
  params: ({ conversationId }) => [conversationId, ConversationKind.CIRCLE],
  example: { conversationId: EXAMPLE_ID },
});
