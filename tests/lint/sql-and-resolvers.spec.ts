import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the workspace's own lint config, not a project
const workspaceConfig = require(join(ROOT, 'eslint.config.js')) as ESLint.Options['overrideConfig'];

/** Lints a would-be file at `path` and returns the complaints of one rule. */
async function complaints(path: string, source: string, rule: string): Promise<string[]> {
  // Passed in rather than discovered: ESLint loads config files with a dynamic import() that
  // Jest's CommonJS sandbox cannot run.
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: workspaceConfig });
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule).map((message) => message.message);
}

/** Every TypeScript file under these folders of the repository, node_modules and builds aside. */
function sourceFiles(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !/[/\\](node_modules|dist)[/\\]/.test(relative(ROOT, path))),
  );
}

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
