import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type Connection, MAX_PAGE_SIZE, type PageArgs } from './connection.types';
import { CoreMessages } from '../core.messages';
import { BadUserInputError } from './errors';

type CursorValue = string | number;

/** How a list is ordered: one sort column plus the id as a tie-breaker, in one direction. */
export interface KeysetOrder<E> {
  /** SQL expression of the sort column, e.g. `check.requested_at`. */
  sortColumn: string;
  /** SQL expression of the unique tie-breaker, e.g. `check.id`. */
  idColumn: string;
  direction: 'ASC' | 'DESC';
  /** The entity's value of the sort column and its id, as stored in the cursor. */
  keyOf: (entity: E) => [CursorValue, string];
}

export function encodeCursor(key: [CursorValue, string]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') && typeof parsed[1] === 'string') {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // Falls through to the error below: a cursor is opaque, so any damage means the same.
  }
  throw new BadUserInputError(CoreMessages.PAGE_POSITION_UNKNOWN(), {
    field: 'after',
  });
}

/** Page size as asked, capped at the maximum; zero or less is a mistake worth explaining. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1) {
    throw new BadUserInputError(CoreMessages.PAGE_SIZE_TOO_SMALL(), { field: 'first' });
  }
  return Math.min(first, MAX_PAGE_SIZE);
}

/**
 * Keyset (seek) pagination: stable under inserts and as fast on page 100 as on page 1,
 * unlike OFFSET. Fetches one extra row to know whether another page follows.
 */
export async function paginateByKeyset<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, args: PageArgs, order: KeysetOrder<E>): Promise<Connection<E>> {
  const limit = pageSize(args.first);
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    const comparison = order.direction === 'DESC' ? '<' : '>';
    query.andWhere(`(${order.sortColumn}, ${order.idColumn}) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(order.sortColumn, order.direction)
    .addOrderBy(order.idColumn, order.direction)
    .take(limit + 1)
    .getMany();
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(order.keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
