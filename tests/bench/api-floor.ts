/**
 * The floor for `npm run bench:api`: a raw Fastify + pg server answering the two reads the
 * benchmark measures (the conversation list of 20, signed in; `me`) with the same SQL, the same
 * session check and byte-for-byte the same JSON as the API, and nothing else: no GraphQL, no
 * framework, no logging. The benchmark refuses to compare if any answer differs from the API's.
 * Started by the benchmark as a process of its own, so its CPU can be read from /proc.
 */
import { createSecretKey, type KeyObject } from 'node:crypto';
import Fastify from 'fastify';
import { jwtVerify } from 'jose';
import { Pool } from 'pg';
import { AppConfig, FieldCipher } from '@kindred/core';

const SESSION_SQL = `SELECT s.id AS session_id, s.user_id, u.roles, u.locale
          FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()
           AND u.erased_at IS NULL AND u.erasure_requested_at IS NULL`;

const PAGE_SQL = `SELECT "conversation"."id" AS "conversation_id", "conversation"."kind" AS "conversation_kind", "conversation"."title" AS "conversation_title", "conversation"."alliance_id" AS "conversation_alliance_id", "conversation"."pair_low_id" AS "conversation_pair_low_id", "conversation"."pair_high_id" AS "conversation_pair_high_id", "conversation"."created_by" AS "conversation_created_by", "conversation"."created_at" AS "conversation_created_at", "conversation"."last_message_at" AS "conversation_last_message_at", "conversation"."archived_at" AS "conversation_archived_at", "conversation"."supporter_group" AS "conversation_supporter_group" FROM "conversations" "conversation" WHERE EXISTS (SELECT 1 FROM conversation_participants p
                  WHERE p.conversation_id = "conversation"."id" AND p.user_id = $1 AND p.left_at IS NULL) ORDER BY "conversation"."last_message_at" DESC, "conversation"."id" DESC LIMIT 21`;

const DETAILS_SQL = `SELECT p.conversation_id, p.muted, unread.count AS unread, people.list AS participants,
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
         WHERE p.user_id = $1 AND p.conversation_id = ANY($2::uuid[])`;

/** As TypeORM writes it: one placeholder per id. */
const namesSql = (count: number): string =>
  `SELECT "User"."id" AS "User_id", "User"."display_name" AS "User_display_name" FROM "users" "User" WHERE (("User"."id" IN (${Array.from({ length: count }, (_, index) => `$${index + 1}`).join(', ')})))`;

const ME_SQL = `SELECT "User"."id" AS "User_id", "User"."email" AS "User_email", "User"."email_verified_at" AS "User_email_verified_at", "User"."display_name" AS "User_display_name", "User"."pronouns" AS "User_pronouns", "User"."locale" AS "User_locale", "User"."time_zone" AS "User_time_zone", "User"."roles" AS "User_roles", "User"."created_at" AS "User_created_at", "User"."updated_at" AS "User_updated_at", "User"."erasure_requested_at" AS "User_erasure_requested_at", "User"."erased_at" AS "User_erased_at", "User"."suspended_until" AS "User_suspended_until", "User"."banned_at" AS "User_banned_at", "User"."self_description_nudges" AS "User_self_description_nudges", "User"."profile_intro" AS "User_profile_intro", "User"."profile_intro_visibility" AS "User_profile_intro_visibility", "User"."profile_intro_reason" AS "User_profile_intro_reason" FROM "users" "User" WHERE (("User"."id" = $1)) LIMIT 1`;

const ERASED = 'Deleted person';

interface Viewer {
  userId: string;
}

interface DetailsRow {
  conversation_id: string;
  muted: boolean;
  unread: number;
  participants: { userId: string; role: string }[];
  last_id: string | null;
  last_author_id: string | null;
  last_body: string;
  last_deleted_at: Date | null;
  last_visibility: string;
}

async function main(): Promise<void> {
  const config = AppConfig.fromEnvironment(process.env);
  const cipher = new FieldCipher(config);
  const key: KeyObject = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  const pool = new Pool({ connectionString: config.databaseUrl, max: config.databasePoolSize });

  async function viewerOf(authorization: string | undefined): Promise<Viewer | null> {
    if (!authorization?.startsWith('Bearer ')) return null;
    try {
      const { payload } = await jwtVerify(authorization.slice(7), key, { issuer: 'kindred', audience: 'kindred-api', algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string') return null;
      const { rows } = await pool.query<{ user_id: string }>(SESSION_SQL, [[payload['sid']]]);
      return rows[0]?.user_id === payload.sub ? { userId: payload.sub } : null;
    } catch {
      return null;
    }
  }

  async function myConversations(viewer: Viewer): Promise<unknown> {
    const page = await pool.query<{
      conversation_id: string;
      conversation_kind: string;
      conversation_title: string | null;
      conversation_last_message_at: Date;
      conversation_archived_at: Date | null;
    }>(PAGE_SQL, [viewer.userId]);
    const conversations = page.rows.slice(0, 20);
    const details = await pool.query<DetailsRow>(DETAILS_SQL, [viewer.userId, conversations.map((row) => row.conversation_id)]);
    const byId = new Map(details.rows.map((row) => [row.conversation_id, row]));
    const ids = [
      ...new Set(details.rows.flatMap((row) => [...row.participants.map((person) => person.userId), ...(row.last_author_id ? [row.last_author_id] : [])])),
    ];
    const names = new Map(
      ids.length === 0
        ? []
        : (await pool.query<{ User_id: string; User_display_name: string }>(namesSql(ids.length), ids)).rows.map((row) => [row.User_id, row.User_display_name]),
    );
    const cursor = (row: (typeof conversations)[number]) =>
      Buffer.from(JSON.stringify([row.conversation_last_message_at.toISOString(), row.conversation_id]), 'utf8').toString('base64url');
    const edges = conversations.flatMap((conversation) => {
      const row = byId.get(conversation.conversation_id);
      if (!row) return [];
      const other = row.participants.find((person) => person.userId !== viewer.userId);
      const grouped = conversation.conversation_kind === 'GROUP' || conversation.conversation_kind === 'CIRCLE';
      const deleted = row.last_deleted_at !== null;
      const sentByMe = row.last_author_id !== null && row.last_author_id === viewer.userId;
      const held = row.last_visibility !== 'VISIBLE';
      return [
        {
          node: {
            id: conversation.conversation_id,
            kind: conversation.conversation_kind,
            title: grouped ? (conversation.conversation_title ?? '') : other ? (names.get(other.userId) ?? ERASED) : ERASED,
            archived: conversation.conversation_archived_at !== null,
            muted: row.muted,
            unreadCount: row.unread,
            lastActivityAt: conversation.conversation_last_message_at.toISOString(),
            lastMessage: row.last_id
              ? {
                  id: row.last_id,
                  sentByMe,
                  body: deleted || (held && !sentByMe) ? null : cipher.decrypt(row.last_body, { table: 'messages', column: 'body', rowId: row.last_id }),
                  deleted,
                }
              : null,
          },
        },
      ];
    });
    const last = conversations.at(-1);
    return { myConversations: { edges, pageInfo: { hasNextPage: page.rows.length > 20, endCursor: last ? cursor(last) : null } } };
  }

  async function me(viewer: Viewer): Promise<unknown> {
    const { rows } = await pool.query<{
      User_id: string;
      User_display_name: string;
      User_email: string;
      User_roles: string[];
      User_locale: string;
      User_erased_at: Date | null;
    }>(ME_SQL, [viewer.userId]);
    const row = rows[0];
    if (!row || row.User_erased_at) return null;
    return { me: { id: row.User_id, displayName: row.User_display_name, email: row.User_email, roles: row.User_roles, locale: row.User_locale } };
  }

  const app = Fastify({ logger: false });
  app.post<{ Body: { operationName?: string } }>('/graphql', async (request, reply) => {
    const viewer = await viewerOf(request.headers.authorization);
    if (!viewer) return reply.code(401).send({ errors: [{ message: 'Please sign in.' }] });
    const data = request.body.operationName === 'Me' ? await me(viewer) : await myConversations(viewer);
    return reply.header('cache-control', 'no-store').send({ data });
  });
  await app.listen({ host: '127.0.0.1', port: Number(process.env['PORT'] ?? 0) });
  process.stdout.write(`floor listening on ${String(app.server.address() && (app.server.address() as { port: number }).port)}\n`);
  const stop = () => void app.close().then(() => pool.end());
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`floor failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
