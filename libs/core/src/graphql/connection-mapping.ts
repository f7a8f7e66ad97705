import type { Connection } from './connection.types';

/** The same page with each node turned into what the API shows; cursors and page info kept. */
export function mapConnection<A, B>(connection: Connection<A>, map: (node: A) => B): Connection<B> {
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}

/** As mapConnection, for mappers that load what they need for the whole page at once. */
export async function mapConnectionInBatch<A, B>(connection: Connection<A>, map: (nodes: A[]) => Promise<B[]>): Promise<Connection<B>> {
  const mapped = await map(connection.edges.map((edge) => edge.node));
  return { ...connection, edges: connection.edges.map((edge, index) => ({ cursor: edge.cursor, node: mapped[index]! })) };
}
