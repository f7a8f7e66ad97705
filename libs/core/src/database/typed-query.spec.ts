import type { EntityManager } from 'typeorm';
import { defineQuery, registeredQueries } from './typed-query';

/** A manager inside a transaction: its query runner answers like pg through TypeORM. */
function managerAnswering(records: Record<string, unknown>[], affected?: number): { manager: EntityManager; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const queryRunner = { query: async (sql: string, params: unknown[]) => (calls.push([sql, params]), { records, affected }) };
  return { manager: { queryRunner } as unknown as EntityManager, calls };
}

describe('defineQuery', () => {
  const byOwner = defineQuery<{ ownerId: string }, { entryId: string; sharedAt: Date }>({
    name: 'spec.byOwner',
    sql: 'SELECT entry_id, shared_at FROM shares WHERE owner_id = $1',
    params: ({ ownerId }) => [ownerId],
    map: (row) => ({ entryId: row['entry_id'] as string, sharedAt: row['shared_at'] as Date }),
    example: { ownerId: 'example' },
  });

  it('registers the query under its name', () => {
    expect(registeredQueries()).toContain(byOwner);
  });

  it("runs on the caller's manager with positional parameters and maps rows to camelCase", async () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const { manager, calls } = managerAnswering([{ entry_id: 'e1', shared_at: at }]);
    expect(await byOwner.all(manager, { ownerId: 'o1' })).toEqual([{ entryId: 'e1', sharedAt: at }]);
    expect(calls).toEqual([['SELECT entry_id, shared_at FROM shares WHERE owner_id = $1', ['o1']]]);
  });

  it('answers one() with undefined when there is no row, and affected() with the count', async () => {
    expect(await byOwner.one(managerAnswering([]).manager, { ownerId: 'o1' })).toBeUndefined();
    expect(await byOwner.affected(managerAnswering([], 3).manager, { ownerId: 'o1' })).toBe(3);
  });

  it('refuses a second query with the same name', () => {
    expect(() => defineQuery({ name: 'spec.byOwner', sql: 'SELECT 1', params: () => [], example: {} })).toThrow('Two queries are named spec.byOwner');
  });
});
