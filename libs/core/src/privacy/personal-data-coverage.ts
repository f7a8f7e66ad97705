import type { EntityManager } from 'typeorm';
import type { PersonalDataContributor } from './personal-data';

/**
 * Uuid columns whose name says they point at a person, even without a foreign key
 * (`user_id`, `author_id`, `participant_ids`, `created_by`, ...).
 */
export const PERSON_COLUMN_PATTERN = '(^|_)(user|person|author|owner|sender|recipient|member|actor|subject|participant)_ids?$|_by(_id)?$';

interface ColumnRow {
  table_name: string;
  column_name: string;
}

/**
 * What export and erasure would miss: every column of the public schema that references the
 * person table (by foreign key, or by a person-like name on a uuid column) and that no
 * contributor covers, plus any coverage naming a table or column that no longer exists.
 * Returns one plain sentence per problem; an empty list means full coverage.
 */
export async function findPersonalDataGaps(manager: EntityManager, contributors: readonly PersonalDataContributor[], personTable: string): Promise<string[]> {
  const referencing: ColumnRow[] = await manager.query(
    `SELECT DISTINCT c.relname AS table_name, a.attname AS column_name
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND n.nspname = 'public'
        AND k.confrelid = (SELECT oid FROM pg_class WHERE relname = $1 AND relnamespace = 'public'::regnamespace)
     UNION
     SELECT table_name, column_name
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> $1
        AND udt_name IN ('uuid', '_uuid') AND column_name ~ $2`,
    [personTable, PERSON_COLUMN_PATTERN],
  );
  const existing: ColumnRow[] = await manager.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`);
  const exists = new Set(existing.map((row) => `${row.table_name}.${row.column_name}`));
  const covered = new Set<string>();
  const problems: string[] = [];
  for (const contributor of contributors) {
    for (const { table, personColumns } of contributor.covers) {
      for (const column of personColumns) {
        covered.add(`${table}.${column}`);
        if (!exists.has(`${table}.${column}`)) {
          problems.push(`${contributor.domain} covers ${table}.${column}, which does not exist: update its covers`);
        }
      }
    }
  }
  for (const { table_name: table, column_name: column } of referencing) {
    if (covered.has(`${table}.${column}`)) continue;
    problems.push(
      `${table}.${column} refers to a person but no @PersonalData() contributor covers it: ` +
        `list { table: '${table}', personColumns: ['${column}'] } in its domain's contributor and export and erase it there`,
    );
  }
  return problems.sort();
}
