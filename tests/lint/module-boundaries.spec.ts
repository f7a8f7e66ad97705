import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the workspace's own lint config, not a project
const workspaceConfig = require(join(ROOT, 'eslint.config.js')) as ESLint.Options['overrideConfig'];

/** Lints a would-be file at `path` and returns the module-boundary complaints. */
async function boundaryErrors(path: string, source: string): Promise<string[]> {
  // The workspace config is passed in rather than discovered, because ESLint loads config
  // files with a dynamic import() that Jest's CommonJS sandbox cannot run.
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: workspaceConfig });
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
}

describe('module boundaries (apps → domains → core)', () => {
  beforeAll(async () => {
    // The lint rule reads Nx's cached project graph; make sure it exists and is current.
    await createProjectGraphAsync({ exitOnError: false });
  }, 60000);

  it('fails lint when core imports a domain', async () => {
    const errors = await boundaryErrors(
      'libs/core/src/boundary-probe.ts',
      "import { OperationsModule } from '@kindred/operations';\nexport const probe = OperationsModule;\n",
    );
    expect(errors).not.toHaveLength(0);
  });

  it('fails lint when a domain imports an app', async () => {
    const errors = await boundaryErrors(
      'libs/operations/src/boundary-probe.ts',
      "import { WorkerModule } from '../../../apps/worker/src/worker.module';\nexport const probe = WorkerModule;\n",
    );
    expect(errors).not.toHaveLength(0);
  });

  it('fails lint when a domain reaches into another project past its index', async () => {
    const errors = await boundaryErrors(
      'libs/operations/src/boundary-probe.ts',
      "import { Outbox } from '../../core/src/queue/outbox.service';\nexport const probe = Outbox;\n",
    );
    expect(errors).not.toHaveLength(0);
  });

  it('fails lint when a domain imports the list of domains (only apps and tests compose them)', async () => {
    const errors = await boundaryErrors(
      'libs/operations/src/boundary-probe.ts',
      "import { DOMAINS } from '@kindred/composition';\nexport const probe = DOMAINS;\n",
    );
    expect(errors).not.toHaveLength(0);
  });

  it("fails lint when production code imports the test support; an app's test file may", async () => {
    const probe = "import { startTestApi } from '@kindred/test-support/test-api';\nexport const probe = startTestApi;\n";
    expect(await boundaryErrors('apps/api/src/boundary-probe.ts', probe)).not.toHaveLength(0);
    expect(await boundaryErrors('apps/api/src/boundary-probe.int.spec.ts', probe)).toEqual([]);
  });

  it('lets an app use a domain and core through their index', async () => {
    const errors = await boundaryErrors(
      'apps/api/src/boundary-probe.ts',
      "import { OperationsModule } from '@kindred/operations';\nimport { AppConfig } from '@kindred/core';\nexport const probe = [OperationsModule, AppConfig];\n",
    );
    expect(errors).toEqual([]);
  });
});
