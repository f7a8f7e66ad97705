import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { lintComplaints, ROOT, sourceFiles } from './workspace-lint';

/** The complaints about a second after-commit mechanism in a would-be file at `path`. */
const afterCommitErrors = (path: string, source: string): Promise<string[]> => lintComplaints(path, source, 'no-restricted-syntax');

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
