import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the workspace's own lint config, not a project
const workspaceConfig = require(join(ROOT, 'eslint.config.js')) as ESLint.Options['overrideConfig'];

/** Lints a would-be file at `path` and returns the complaints about a second after-commit mechanism. */
async function afterCommitErrors(path: string, source: string): Promise<string[]> {
  // Passed in rather than discovered: ESLint loads config files with a dynamic import() that
  // Jest's CommonJS sandbox cannot run.
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: workspaceConfig });
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
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

const MANUAL_DISPATCH = `
import type { DataSource } from 'typeorm';
import type { Outbox } from '@kindred/core';
export async function probe(dataSource: DataSource, outbox: Outbox & { dispatch(message: unknown): Promise<void> }): Promise<void> {
  const message = await dataSource.transaction((manager) => outbox.stage(manager, { name: 'operations.system-check', data: { systemCheckId: 'x' } }));
  await outbox.dispatch(message);
}
`;

const CARRIED_OUT = `
import type { DataSource } from 'typeorm';
export async function probe(dataSource: DataSource): Promise<unknown> {
  const { staged } = await dataSource.transaction(async () => ({ staged: [] as unknown[] }));
  return staged;
}
`;

const OWN_SUBSCRIBER = `
import type { EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
export class Probe implements EntitySubscriberInterface {
  async afterTransactionCommit(_event: TransactionCommitEvent): Promise<void> {}
}
`;

describe('one after-commit mechanism, in core', () => {
  it('fails lint when a domain dispatches staged work by hand', async () => {
    expect(await afterCommitErrors('libs/operations/src/after-commit-probe.ts', MANUAL_DISPATCH)).toEqual([
      expect.stringContaining('do not dispatch it by hand'),
    ]);
  });

  it('fails lint when a domain carries staged work out of its transaction', async () => {
    const errors = await afterCommitErrors('libs/sparks/src/after-commit-probe.ts', CARRIED_OUT);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((message) => message.includes('Do not carry staged work'))).toBe(true);
  });

  it('fails lint when a domain or an app listens to transaction commits itself', async () => {
    for (const path of ['libs/notifications/src/after-commit-probe.ts', 'apps/worker/src/after-commit-probe.ts']) {
      expect(await afterCommitErrors(path, OWN_SUBSCRIBER)).toEqual([expect.stringContaining('AfterCommit from @kindred/core')]);
    }
  });

  it('lets core hold the one mechanism', async () => {
    expect(await afterCommitErrors('libs/core/src/queue/after-commit-probe.ts', OWN_SUBSCRIBER + CARRIED_OUT.replace(/^import .*$/m, ''))).toEqual([]);
  });

  it('finds no second mechanism in the code as it is', async () => {
    // Only files that mention the words are linted (ESLint's own file search needs the dynamic
    // import() Jest cannot run); the lint rule, not the words, decides.
    const suspects = sourceFiles('apps', 'libs', 'tests').filter((path) =>
      /dispatch|staged|Transaction(Start|Commit|Rollback)/.test(readFileSync(path, 'utf8')),
    );
    expect(suspects.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const path of suspects) {
      for (const message of await afterCommitErrors(relative(ROOT, path), readFileSync(path, 'utf8'))) found.push(`${relative(ROOT, path)}: ${message}`);
    }
    expect(found).toEqual([]);
  }, 120_000);
});
