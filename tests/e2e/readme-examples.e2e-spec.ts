import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '@kindred/test-support/processes';

const run = promisify(execFile);
const apiUrl = (): string => process.env['E2E_API_URL'] ?? '';

/** Every curl command in the README's shell blocks, continuation lines joined, as a newcomer would paste it. */
function readmeCurlCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return blocks
    .flatMap((block) => block.replace(/\\\n\s*/g, '').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.startsWith('curl '));
}

describe('the README’s examples, against a running api', () => {
  const commands = readmeCurlCommands();

  it('has examples to try', () => {
    expect(commands.length).toBeGreaterThan(0);
  });

  it.each(commands)('answers without errors: %s', async (command) => {
    const pointed = command.replaceAll('localhost:3000', apiUrl().replace(/^http:\/\//, ''));
    const { stdout } = await run('bash', ['-c', pointed], { cwd: ROOT });
    const answer = JSON.parse(stdout) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(expect.any(Object));
  });
});
