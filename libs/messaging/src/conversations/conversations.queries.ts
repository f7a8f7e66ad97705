import { ContentVisibility, defineQuery } from '@kindred/core';
import { ConversationKind } from './conversation.entity';
import type { ParticipantRole } from './conversation-participant.entity';

const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';
const OTHER_ID = '00000000-0000-0000-0000-000000000001';

/**
 * Adds someone as a member; a returning member is reset as if joining afresh (they see
 * messages from their return on), an active one is left untouched.
 */
export const joinAsMember = defineQuery<{ conversationId: string; userId: string }>({
  name: 'conversations.joinAsMember',
  sql: `INSERT INTO conversation_participants (conversation_id, user_id, role) VALUES ($1, $2, 'MEMBER')
        ON CONFLICT (conversation_id, user_id) DO UPDATE
          SET left_at = NULL, joined_at = now(), last_read_message_id = NULL, last_read_at = NULL, role = 'MEMBER'
          WHERE conversation_participants.left_at IS NOT NULL`,
  params: ({ conversationId, userId }) => [conversationId, userId],
  example: { conversationId: EXAMPLE_ID, userId: OTHER_ID },
});

/**
 * The pair's conversation, unless a simultaneous request created it: the unique index on
 * (kind, low, high) makes the second insert wait for the first and return no row.
 */
export const insertPairConversation = defineQuery<{ kind: ConversationKind; lowId: string; highId: string; createdBy: string }, { id: string }>({
  name: 'conversations.insertPair',
  sql: `INSERT INTO conversations (kind, pair_low_id, pair_high_id, created_by) VALUES ($1, $2, $3, $4)
        ON CONFLICT (kind, pair_low_id, pair_high_id) WHERE pair_low_id IS NOT NULL AND pair_high_id IS NOT NULL DO NOTHING
        RETURNING id`,
  params: ({ kind, lowId, highId, createdBy }) => [kind, lowId, highId, createdBy],
  map: (row) => ({ id: row['id'] as string }),
  example: { kind: ConversationKind.DIRECT, lowId: EXAMPLE_ID, highId: OTHER_ID, createdBy: EXAMPLE_ID },
});

/** Moves the read position to the message, only forwards (by time, then id); affected says whether it moved. */
export const moveReadPosition = defineQuery<{ conversationId: string; userId: string; messageId: string }>({
  name: 'conversations.moveReadPosition',
  sql: `UPDATE conversation_participants p SET last_read_message_id = $3, last_read_at = now()
         WHERE p.conversation_id = $1 AND p.user_id = $2 AND p.left_at IS NULL
           AND (p.last_read_message_id IS NULL OR (SELECT (r.created_at, r.id) FROM messages r WHERE r.id = p.last_read_message_id)
                < (SELECT (t.created_at, t.id) FROM messages t WHERE t.id = $3))`,
  params: ({ conversationId, userId, messageId }) => [conversationId, userId, messageId],
  example: { conversationId: EXAMPLE_ID, userId: OTHER_ID, messageId: EXAMPLE_ID },
});

/** The newest message a participant can see, as stored (its body sealed). */
export interface LastMessageRow {
  id: string;
  authorId: string | null;
  body: string;
  replyToId: string | null;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  visibility: ContentVisibility;
  visibilityReason: string | null;
}

export interface ConversationDetails {
  conversationId: string;
  muted: boolean;
  unread: number;
  participants: { userId: string; role: ParticipantRole }[];
  last: LastMessageRow | null;
}

/**
 * For each of the viewer's conversations: their mute, their unread count, the people in it
 * and the newest message they can see. Unread: after the viewer's last read message (by time,
 * then id), not their own, not deleted, and not from before they joined (they cannot see those).
 */
export const conversationDetails = defineQuery<{ viewerId: string; conversationIds: readonly string[] }, ConversationDetails>({
  name: 'conversations.details',
  sql: `SELECT p.conversation_id, p.muted, unread.count AS unread, people.list AS participants,
               last.id AS last_id, last.author_id AS last_author_id, last.body AS last_body,
               last.reply_to_id AS last_reply_to_id, last.created_at AS last_created_at,
               last.edited_at AS last_edited_at, last.deleted_at AS last_deleted_at,
               last.visibility AS last_visibility, last.visibility_reason AS last_visibility_reason
          FROM conversation_participants p
          LEFT JOIN messages lr ON lr.id = p.last_read_message_id
          LEFT JOIN LATERAL (
            SELECT m.id, m.author_id, m.body, m.reply_to_id, m.created_at, m.edited_at, m.deleted_at, m.visibility, m.visibility_reason
              FROM messages m
             WHERE m.conversation_id = p.conversation_id AND m.created_at >= p.joined_at
             ORDER BY m.created_at DESC, m.id DESC
             LIMIT 1
          ) last ON true
          LEFT JOIN LATERAL (
            SELECT count(*)::int AS count
              FROM messages m
             WHERE m.conversation_id = p.conversation_id AND m.created_at >= p.joined_at
               AND m.deleted_at IS NULL AND m.author_id IS DISTINCT FROM p.user_id
               AND (lr.id IS NULL OR (m.created_at, m.id) > (lr.created_at, lr.id))
          ) unread ON true
          LEFT JOIN LATERAL (
            SELECT coalesce(json_agg(json_build_object('userId', o.user_id, 'role', o.role) ORDER BY o.joined_at, o.user_id), '[]') AS list
              FROM conversation_participants o
             WHERE o.conversation_id = p.conversation_id AND o.left_at IS NULL
          ) people ON true
         WHERE p.user_id = $1 AND p.conversation_id = ANY($2::uuid[])`,
  params: ({ viewerId, conversationIds }) => [viewerId, conversationIds],
  map: (row) => ({
    conversationId: row['conversation_id'] as string,
    muted: row['muted'] as boolean,
    unread: row['unread'] as number,
    participants: row['participants'] as ConversationDetails['participants'],
    last:
      row['last_id'] === null
        ? null
        : {
            id: row['last_id'] as string,
            authorId: row['last_author_id'] as string | null,
            body: row['last_body'] as string,
            replyToId: row['last_reply_to_id'] as string | null,
            createdAt: row['last_created_at'] as Date,
            editedAt: row['last_edited_at'] as Date | null,
            deletedAt: row['last_deleted_at'] as Date | null,
            visibility: row['last_visibility'] as ContentVisibility,
            visibilityReason: row['last_visibility_reason'] as string | null,
          },
  }),
  example: { viewerId: EXAMPLE_ID, conversationIds: [OTHER_ID] },
});

/** An alliance's supporter groups, oldest first, with whether the viewer is in each and how many are. */
export const supporterGroupsOf = defineQuery<
  { allianceId: string; viewerId: string },
  { id: string; title: string | null; joined: boolean; participantCount: number }
>({
  name: 'conversations.supporterGroupsOf',
  sql: `SELECT c.id, c.title,
               EXISTS (SELECT 1 FROM conversation_participants p WHERE p.conversation_id = c.id AND p.user_id = $2 AND p.left_at IS NULL) AS joined,
               (SELECT count(*) FROM conversation_participants p WHERE p.conversation_id = c.id AND p.left_at IS NULL) AS participants
          FROM conversations c
         WHERE c.alliance_id = $1 AND c.supporter_group
         ORDER BY c.created_at`,
  params: ({ allianceId, viewerId }) => [allianceId, viewerId],
  map: (row) => ({
    id: row['id'] as string,
    title: row['title'] as string | null,
    joined: row['joined'] as boolean,
    // count(*) is a bigint, which pg hands over as text.
    participantCount: Number(row['participants']),
  }),
  example: { allianceId: EXAMPLE_ID, viewerId: OTHER_ID },
});

export interface AllianceGroupRow {
  id: string;
  title: string | null;
  supporterGroup: boolean;
  participants: { userId: string; role: ParticipantRole }[];
}

/** Every group of an alliance, oldest first, with the people in each now (never what they said). */
export const allianceGroupsOf = defineQuery<{ allianceId: string }, AllianceGroupRow>({
  name: 'conversations.allianceGroupsOf',
  sql: `SELECT c.id, c.title, c.supporter_group, people.list AS participants
          FROM conversations c
          LEFT JOIN LATERAL (
            SELECT coalesce(json_agg(json_build_object('userId', p.user_id, 'role', p.role) ORDER BY p.joined_at, p.user_id), '[]') AS list
              FROM conversation_participants p
             WHERE p.conversation_id = c.id AND p.left_at IS NULL
          ) people ON true
         WHERE c.alliance_id = $1 AND c.kind = 'GROUP'
         ORDER BY c.created_at, c.id`,
  params: ({ allianceId }) => [allianceId],
  map: (row) => ({
    id: row['id'] as string,
    title: row['title'] as string | null,
    supporterGroup: row['supporter_group'] as boolean,
    participants: row['participants'] as AllianceGroupRow['participants'],
  }),
  example: { allianceId: EXAMPLE_ID },
});
