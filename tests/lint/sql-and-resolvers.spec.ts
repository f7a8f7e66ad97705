import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { lintComplaints as complaints, ROOT, sourceFiles } from './workspace-lint';

const RAW_QUERY = `
import type { EntityManager } from 'typeorm';
export async function probe(manager: EntityManager, userId: string): Promise<unknown> {
  return manager.query('SELECT 1 FROM users WHERE id = $1', [userId]);
}
`;

const RESOLVER_WITH_DATA_SOURCE = `
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
export class ProbeResolver {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}
}
`;

describe('raw SQL only in *.queries.ts', () => {
  it('fails lint when a domain service or an app runs a raw query', async () => {
    for (const path of ['libs/mentorship/src/mentorships/probe.service.ts', 'libs/messaging/src/probe.ts', 'apps/worker/src/probe.ts']) {
      expect(await complaints(path, RAW_QUERY, 'no-restricted-syntax')).toEqual([expect.stringContaining('*.queries.ts with defineQuery')]);
    }
  });

  it('lets queries modules, migrations and core run SQL', async () => {
    for (const path of [
      'libs/mentorship/src/mentorships/probe.queries.ts',
      'libs/mentorship/src/migrations/1764600000000-probe.ts',
      'libs/core/src/database/probe.ts',
    ]) {
      expect(await complaints(path, RAW_QUERY, 'no-restricted-syntax')).toEqual([]);
    }
  });

  it('finds no raw query in the code as it is', async () => {
    // Only files that call something named query are linted; the rule, not the words, decides.
    const suspects = sourceFiles('apps/api', 'apps/worker', 'libs').filter((path) => /\.query\s*[<(]/.test(readFileSync(path, 'utf8')));
    expect(suspects.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const path of suspects) {
      for (const message of await complaints(relative(ROOT, path), readFileSync(path, 'utf8'), 'no-restricted-syntax')) {
        if (message.includes('*.queries.ts')) found.push(relative(ROOT, path));
      }
    }
    expect(found).toEqual([]);
  }, 120_000);
});

describe('thin resolvers', () => {
  it('fails lint when a resolver takes the DataSource', async () => {
    const errors = await complaints('libs/plans/src/plan/probe.resolver.ts', RESOLVER_WITH_DATA_SOURCE, 'no-restricted-imports');
    expect(errors).toEqual([expect.stringContaining('Resolvers stay thin'), expect.stringContaining('Resolvers stay thin')]);
  });

  it('finds no resolver importing TypeORM in the code as it is', async () => {
    const resolvers = sourceFiles('libs', 'apps/api').filter((path) => path.endsWith('.resolver.ts'));
    expect(resolvers.length).toBeGreaterThan(10);
    const found = resolvers.filter((path) => /from '(typeorm|@nestjs\/typeorm)'/.test(readFileSync(path, 'utf8'))).map((path) => relative(ROOT, path));
    expect(found).toEqual([]);
  });
});
