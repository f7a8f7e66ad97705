import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '@kindred/test-support/processes';

/**
 * Every benchmark, run at a tiny size so none of them rots between the times someone runs it
 * in full. Only that each one completes is checked: its figures at this size mean nothing and
 * timings are never asserted. `npm run test:e2e` compiles them first (build:bench).
 */
const TINY: Record<string, Record<string, string>> = {
  'api-reads': { ROUNDS: '1', SECONDS: '0.3', CONNECTIONS: '2' },
  'messaging-delivery': { SUBSCRIBERS: '4', MESSAGES: '6', SEND_CONCURRENCY: '2', LATENCY_MESSAGES: '2', LATENCY_INTERVAL_MS: '50' },
  'moderation-jobs': { JOBS: '24' },
  'mentor-matching': { MENTORS: '20', MEMBERS: '40', ALLIANCES: '2' },
  'login-flood': { FLOODERS: '2', FLOOD_SECONDS: '1', QUIET_REQUESTS: '5' },
  'websocket-caps': { PEOPLE: '2' },
  'language-scan': { CORPUS_MB: '1', LATENCY_MESSAGES: '50', ROUNDS: '1' },
};

function runBenchmark(name: string, sizes: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'tests', 'bench', `${name}.js`)], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...sizes },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('benchmarks at a tiny size', () => {
  it.each(Object.entries(TINY))(
    '%s runs to the end',
    async (name, sizes) => {
      const script = join(ROOT, 'dist', 'tests', 'bench', `${name}.js`);
      expect(existsSync(script)).toBe(true);
      const { code, output } = await runBenchmark(name, sizes);
      // On failure the diff shows the benchmark's own output, which says why it stopped.
      expect({ code, output: code === 0 ? 'completed' : output }).toEqual({ code: 0, output: 'completed' });
    },
    300_000,
  );
});
