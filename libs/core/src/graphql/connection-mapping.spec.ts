import { mapConnection, mapConnectionInBatch } from './connection-mapping';

const page = {
  edges: [
    { cursor: 'a', node: 1 },
    { cursor: 'b', node: 2 },
  ],
  pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'a', endCursor: 'b' },
};

describe('connection mapping', () => {
  it('maps nodes and keeps cursors and page info', () => {
    expect(mapConnection(page, (node) => `#${node}`)).toEqual({
      edges: [
        { cursor: 'a', node: '#1' },
        { cursor: 'b', node: '#2' },
      ],
      pageInfo: page.pageInfo,
    });
  });

  it('maps a whole page in one call, in order', async () => {
    const calls: number[][] = [];
    const mapped = await mapConnectionInBatch(page, async (nodes) => {
      calls.push(nodes);
      return nodes.map((node) => node * 10);
    });
    expect(calls).toEqual([[1, 2]]);
    expect(mapped.edges.map((edge) => edge.node)).toEqual([10, 20]);
  });
});
