import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the workspace's own lint config, not a project
const workspaceConfig = require(join(ROOT, 'eslint.config.js')) as ESLint.Options['overrideConfig'];

/** Lints a would-be file at `path` (from the repository root) and returns the complaints of one rule. */
export async function lintComplaints(path: string, source: string, ruleId: string): Promise<string[]> {
  // Passed in rather than discovered: ESLint loads config files with a dynamic import() that
  // Jest's CommonJS sandbox cannot run.
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: workspaceConfig });
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

/** Every TypeScript file under these folders of the repository, node_modules and builds aside. */
export function sourceFiles(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !/[/\\](node_modules|dist)[/\\]/.test(relative(ROOT, path))),
  );
}
