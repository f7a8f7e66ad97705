import { defineQuery } from '@kindred/core';
import { ConversationKind } from '../conversations/conversation.entity';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const OTHER_ID = '00000000-0000-0000-0000-000000000001';

/** Whether both people take part, now, in a conversation not archived of one of these kinds (any kind when null). */
export const sharesConversation = defineQuery<{ userId: string; otherUserId: string; kinds: readonly ConversationKind[] | null }, { shared: boolean }>({
  name: 'contacts.sharesConversation',
  sql: `SELECT EXISTS (
          SELECT 1 FROM conversation_participants mine
            JOIN conversation_participants theirs ON theirs.conversation_id = mine.conversation_id
            JOIN conversations c ON c.id = mine.conversation_id
           WHERE mine.user_id = $1 AND theirs.user_id = $2 AND mine.left_at IS NULL AND theirs.left_at IS NULL
             AND c.archived_at IS NULL AND ($3::text[] IS NULL OR c.kind = ANY($3))
        ) AS shared`,
  params: ({ userId, otherUserId, kinds }) => [userId, otherUserId, kinds],
  map: (row) => ({ shared: row['shared'] as boolean }),
  example: { userId: EXAMPLE_ID, otherUserId: OTHER_ID, kinds: [ConversationKind.MENTORSHIP] },
});

/** The mentors (the person who opened the mentorship) of the member's mentorship conversations not archived. */
export const mentorsOfMember = defineQuery<{ memberId: string }, { mentorId: string }>({
  name: 'contacts.mentorsOfMember',
  sql: `SELECT DISTINCT c.created_by AS mentor_id
          FROM conversations c
          JOIN conversation_participants member ON member.conversation_id = c.id AND member.user_id = $1 AND member.left_at IS NULL
          JOIN conversation_participants mentor ON mentor.conversation_id = c.id AND mentor.user_id = c.created_by AND mentor.left_at IS NULL
         WHERE c.kind = 'MENTORSHIP' AND c.archived_at IS NULL AND c.created_by IS NOT NULL AND c.created_by <> $1`,
  params: ({ memberId }) => [memberId],
  map: (row) => ({ mentorId: row['mentor_id'] as string }),
  example: { memberId: EXAMPLE_ID },
});
