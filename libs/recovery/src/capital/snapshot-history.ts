import type { Repository } from 'typeorm';
import { paginateByKeyset, type Connection, type PageArgs } from '@kindred/core';

/** What every dated snapshot has in common. */
export interface Snapshot {
  id: string;
  userId: string;
  takenAt: Date;
}

export interface SnapshotPage<E extends Snapshot> {
  connection: Connection<E>;
  /** The snapshot taken just before this one, for "change since the previous", or null for the first. */
  previousOf(snapshot: E): E | null;
}

/**
 * One person's snapshots, newest first (by when they were taken, then id), with each one's
 * predecessor. Two queries whatever the page size: the page, and the one snapshot just
 * older than the page, which the last item on the page is compared with.
 */
export async function snapshotHistory<E extends Snapshot>(repository: Repository<E>, ownerId: string, page: PageArgs): Promise<SnapshotPage<E>> {
  const connection = await paginateByKeyset(repository.createQueryBuilder('snapshot').where('snapshot.user_id = :ownerId', { ownerId }), page, {
    sortColumn: 'snapshot.taken_at',
    idColumn: 'snapshot.id',
    direction: 'DESC',
    keyOf: (snapshot) => [snapshot.takenAt.toISOString(), snapshot.id],
  });
  const nodes = connection.edges.map((edge) => edge.node);
  const oldest = nodes.at(-1);
  const beforePage = oldest ? await previousSnapshot(repository, oldest) : null;
  const previous = new Map(nodes.map((node, index) => [node.id, nodes[index + 1] ?? beforePage ?? null]));
  return { connection, previousOf: (snapshot) => previous.get(snapshot.id) ?? null };
}

/** The snapshot of the same person taken just before this one, in history order, or null. */
export function previousSnapshot<E extends Snapshot>(repository: Repository<E>, snapshot: Snapshot): Promise<E | null> {
  return repository
    .createQueryBuilder('snapshot')
    .where('snapshot.user_id = :ownerId', { ownerId: snapshot.userId })
    .andWhere('(snapshot.taken_at, snapshot.id) < (:takenAt, :id)', { takenAt: snapshot.takenAt, id: snapshot.id })
    .orderBy('snapshot.taken_at', 'DESC')
    .addOrderBy('snapshot.id', 'DESC')
    .limit(1)
    .getOne();
}
