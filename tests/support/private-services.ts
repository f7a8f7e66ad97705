import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes';

/**
 * PostgreSQL and Redis servers of the fault tests' own, on free ports and in temporary
 * directories, so stopping, freezing, emptying or restarting them touches nobody else.
 */

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A Redis server started by the test: nothing saved, so a restart comes back empty. */
export interface PrivateRedis {
  url: string;
  /** Starts it (again) on the same port, empty. */
  start(): Promise<void>;
  /** Stops it at once, without saving. */
  stop(): Promise<void>;
  /** SIGSTOP: the socket stays open and nothing answers. */
  freeze(): void;
  /** SIGCONT. */
  thaw(): void;
  /** Stops it and deletes its directory. */
  destroy(): Promise<void>;
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'kindred-fault-redis-'));
  let child: ChildProcess | undefined;

  const answers = async (): Promise<boolean> => {
    try {
      return (
        execFileSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8', timeout: 2000, stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'PONG'
      );
    } catch {
      return false;
    }
  };
  const start = async (): Promise<void> => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', directory], {
      stdio: 'ignore',
    });
    for (let tries = 0; tries < 100 && !(await answers()); tries += 1) await sleep(50);
    if (!(await answers())) throw new Error(`redis-server did not start on port ${port}`);
  };
  const stop = async (): Promise<void> => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGCONT');
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  process.once('exit', () => child?.kill('SIGKILL'));
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    freeze: () => child?.kill('SIGSTOP'),
    thaw: () => child?.kill('SIGCONT'),
    destroy: async () => {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL cluster made by initdb for the test run, trusting local connections. */
export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  serverUrl: string;
  /** A database URL on this server (the API creates the database). */
  databaseUrl(name: string): string;
  start(): void;
  /** pg_ctl restart -m fast: every connection is cut, then it answers again. */
  restart(): void;
  /** Stops it and deletes its files. */
  destroy(): void;
}

function postgresBinaries(): string {
  const versions = readdirSync('/usr/lib/postgresql')
    .filter((version) => existsSync(join('/usr/lib/postgresql', version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error('No PostgreSQL server found under /usr/lib/postgresql: install the postgresql package');
  return join('/usr/lib/postgresql', versions[0], 'bin');
}

/** Where a private cluster lives: enough to control it from another process (a test file). */
interface PostgresPlace {
  bin: string;
  directory: string;
  port: number;
  asRoot: boolean;
}

const PLACE_VARIABLE = 'FAULT_POSTGRES';

function controlled(place: PostgresPlace): PrivatePostgres {
  const data = join(place.directory, 'data');
  const log = join(place.directory, 'postgres.log');
  const run = (program: string, args: string[]): void => {
    const command = place.asRoot ? 'runuser' : join(place.bin, program);
    const commandArgs = place.asRoot ? ['-u', 'postgres', '--', join(place.bin, program), ...args] : args;
    execFileSync(command, commandArgs, { cwd: place.directory, stdio: 'pipe', timeout: 60_000 });
  };
  const options = [
    `-p ${place.port}`,
    `-k ${place.directory}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=100',
  ].join(' ');
  return {
    serverUrl: `postgres://postgres@127.0.0.1:${place.port}/postgres`,
    databaseUrl: (name) => `postgres://postgres@127.0.0.1:${place.port}/${name}`,
    start: () => {
      if (!existsSync(data)) run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
      run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-w', 'start']);
    },
    restart: () => run('pg_ctl', ['-D', data, '-o', options, '-l', log, '-m', 'fast', '-w', 'restart']),
    destroy: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(place.directory, { recursive: true, force: true });
      }
    },
  };
}

/** Makes and starts a cluster, and tells processes started later (test files) where it is. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const directory = mkdtempSync(join(tmpdir(), 'kindred-fault-pg-'));
  // initdb refuses to run as root: then the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const user = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const group = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(directory, user, group);
  }
  const place: PostgresPlace = { bin: postgresBinaries(), directory, port: await freePort(), asRoot };
  const postgres = controlled(place);
  postgres.start();
  process.env[PLACE_VARIABLE] = JSON.stringify(place);
  return postgres;
}

/** The cluster the fault tests' global setup started. */
export function privatePostgres(): PrivatePostgres {
  const place = process.env[PLACE_VARIABLE];
  if (!place) throw new Error(`${PLACE_VARIABLE} is not set: run through jest.fault.config.js`);
  return controlled(JSON.parse(place) as PostgresPlace);
}
