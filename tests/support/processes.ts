import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** The repository root, whether this runs from tests/ (Jest) or compiled in dist/tests (benchmarks). */
export const ROOT = ((): string => {
  let directory = __dirname;
  while (!existsSync(join(directory, 'nx.json')) && dirname(directory) !== directory) directory = dirname(directory);
  return directory;
})();
export const LOG_DIR = join(ROOT, 'tmp', 'e2e-logs');

const ENTRY_POINTS = {
  api: join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'),
  worker: join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js'),
} as const;

export type ProcessKind = keyof typeof ENTRY_POINTS;

export interface RunningProcess {
  kind: ProcessKind;
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Environment shared by every process of one end-to-end run. */
export function e2eEnvironment(run: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/kindred_${run}_e2e`,
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `${run}-e2e`,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  };
}

/** Starts the built api or worker as a real process, with its output kept in tmp/e2e-logs. */
export function spawnProcess(kind: ProcessKind, env: Record<string, string>, label: string = kind): Omit<RunningProcess, 'url'> {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(join(LOG_DIR, `${label}.log`));
  const child = spawn(process.execPath, [ENTRY_POINTS[kind]], {
    cwd: ROOT,
    // Many copies run at once: unless a test names one, each metrics server takes a free port.
    env: { PATH: process.env['PATH'] ?? '', API_METRICS_PORT: '0', WORKER_METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { kind, child, exited };
}

/** Polls GET /health/ready (with a pause between tries) until it answers 200. */
export async function waitUntilReady(url: string, process: Pick<RunningProcess, 'exited' | 'kind'>, timeoutMs = 45000): Promise<void> {
  let exitedEarly = false;
  void process.exited.then(() => (exitedEarly = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitedEarly) throw new Error(`${process.kind} exited before it was ready; see ${LOG_DIR}`);
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${process.kind} was not ready within ${timeoutMs} ms; see ${LOG_DIR}`);
}

export async function startProcess(kind: ProcessKind, env: Record<string, string>, label?: string): Promise<RunningProcess> {
  const port = await freePort();
  const portVariable = kind === 'api' ? 'PORT' : 'WORKER_PORT';
  const started = spawnProcess(kind, { ...env, [portVariable]: String(port) }, label);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(url, started);
  return { ...started, url };
}

/** SIGTERM, then waits for the exit; SIGKILL if it does not come. */
export async function stopProcess(running: Pick<RunningProcess, 'child' | 'exited'>, timeoutMs = 15000) {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return running.exited;
  running.child.kill('SIGTERM');
  const timer = setTimeout(() => running.child.kill('SIGKILL'), timeoutMs);
  try {
    return await running.exited;
  } finally {
    clearTimeout(timer);
  }
}
