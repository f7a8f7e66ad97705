import type { EntityManager, QueryResult } from 'typeorm';

/** A row as the driver returns it: snake_case columns, values as pg parsed them. */
export type RawRow = Record<string, unknown>;

export interface QueryDefinition<Params, Row> {
  /** Unique across the code base, `<feature>.<what it does>`: the EXPLAIN test names it. */
  readonly name: string;
  /** Positional parameters ($1, $2…); never interpolate a value. */
  readonly sql: string;
  /** The positional values, in $n order. */
  readonly params: (params: Params) => unknown[];
  /** The camelCase result, from one raw row; omit it for statements whose rows are not read. */
  readonly map?: (row: RawRow) => Row;
  /** Representative parameters: the EXPLAIN test plans the query with them. */
  readonly example: Params;
}

/** Runs on the manager's own query runner (its transaction), or on a pooled one released after. */
async function structuredQuery(manager: EntityManager, sql: string, params: unknown[]): Promise<QueryResult> {
  const pooled = manager.queryRunner ? undefined : manager.connection.createQueryRunner();
  const runner = manager.queryRunner ?? pooled!;
  try {
    return await runner.query(sql, params, true);
  } finally {
    await pooled?.release();
  }
}

/**
 * One raw SQL statement with typed parameters and typed camelCase results. It runs with the
 * EntityManager given first, so it joins the caller's transaction (and locks) when there is one.
 */
export class TypedQuery<Params, Row> {
  constructor(readonly definition: QueryDefinition<Params, Row>) {}

  get name(): string {
    return this.definition.name;
  }

  /** Every row, mapped. */
  async all(manager: EntityManager, params: Params): Promise<Row[]> {
    const result = await structuredQuery(manager, this.definition.sql, this.definition.params(params));
    const map = this.definition.map;
    if (!map) throw new Error(`Query ${this.name} declares no map: use affected() instead`);
    return (result.records as RawRow[]).map((row) => map(row));
  }

  /** The first row, mapped, or undefined. */
  async one(manager: EntityManager, params: Params): Promise<Row | undefined> {
    const [row] = await this.all(manager, params);
    return row;
  }

  /** How many rows the statement inserted, updated or deleted. */
  async affected(manager: EntityManager, params: Params): Promise<number> {
    const result = await structuredQuery(manager, this.definition.sql, this.definition.params(params));
    return result.affected ?? 0;
  }
}

const registry = new Map<string, TypedQuery<unknown, unknown>>();

/** Declares and registers a query; two with one name fail at import, not in production. */
export function defineQuery<Params, Row = never>(definition: QueryDefinition<Params, Row>): TypedQuery<Params, Row> {
  if (registry.has(definition.name)) throw new Error(`Two queries are named ${definition.name}`);
  const query = new TypedQuery(definition);
  registry.set(definition.name, query as unknown as TypedQuery<unknown, unknown>);
  return query;
}

/**
 * A statement about one person whose rows are not read, `$1` being their id: the shape of most
 * of a domain's share of erasure.
 */
export function definePersonStatement(name: string, sql: string): TypedQuery<{ userId: string }, never> {
  return defineQuery<{ userId: string }>({ name, sql, params: ({ userId }) => [userId], example: { userId: '00000000-0000-0000-0000-000000000000' } });
}

/** Every query declared so far (those whose modules were imported). */
export function registeredQueries(): readonly TypedQuery<unknown, unknown>[] {
  return [...registry.values()];
}
