import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
// Not @kindred/core/testing: that also loads Nest modules, whose parameter decorators Playwright's compiler does not take.
import { deleteRunRedisKeys, dropRunDatabases, startTestRun } from '@kindred/core/test-run';
import { e2eEnvironment, freePort, ROOT, spawnProcess, stopProcess, waitUntilReady, type RunningProcess } from '@kindred/test-support/processes';
import { SmtpInbox } from '@kindred/test-support/smtp-inbox';
import { STACK_VARIABLES } from './stack';

const WEB_BUILD = join(ROOT, 'dist', 'web');
const FIXTURE_BUILD = join(__dirname, 'fixture-web');

/** The real build once apps/web exists; a build already in dist/web; else a one-page stand-in. */
function webAppDirectory(): string {
  if (existsSync(join(ROOT, 'apps', 'web', 'package.json')) || existsSync(join(ROOT, 'apps', 'web', 'project.json'))) {
    execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
    return WEB_BUILD;
  }
  return existsSync(join(WEB_BUILD, 'index.html')) ? WEB_BUILD : FIXTURE_BUILD;
}

/** Lets test workers (other processes) read what the SMTP catcher received, as JSON. */
function serveInbox(inbox: SmtpInbox): Promise<Server> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(request.url === '/messages' ? inbox.messages : []));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * One stack for the whole browser run: the built api (serving the web build) and worker on
 * free ports, a fresh database and Redis prefix, and an SMTP catcher the worker sends to.
 * Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  const webAppDir = webAppDirectory();
  if (!existsSync(join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'))) throw new Error('Build first: `npm run test:browser` builds, then runs these tests.');
  const run = startTestRun();
  const inbox = await SmtpInbox.start();
  const inboxServer = await serveInbox(inbox);
  const port = await freePort();
  // 127.0.0.1, not localhost: the api listens on IPv4 only, and Chromium treats both as
  // secure contexts, so Secure cookies work over plain http here.
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...e2eEnvironment(run), REDIS_PREFIX: `${run}-browser`, SMTP_URL: inbox.url, PUBLIC_APP_URL: baseUrl, WEB_APP_DIR: webAppDir };
  const processes: RunningProcess[] = [];
  const teardown = async (): Promise<void> => {
    await Promise.all(processes.map((running) => stopProcess(running)));
    await new Promise((resolve) => inboxServer.close(resolve));
    await inbox.close();
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  };
  try {
    // The API creates and migrates the database; the worker starts after, with nothing to migrate.
    const api = { ...spawnProcess('api', { ...env, PORT: String(port) }, 'browser-api'), url: baseUrl };
    processes.push(api);
    await waitUntilReady(baseUrl, api);
    const workerPort = await freePort();
    const worker = { ...spawnProcess('worker', { ...env, WORKER_PORT: String(workerPort) }, 'browser-worker'), url: `http://127.0.0.1:${workerPort}` };
    processes.push(worker);
    await waitUntilReady(worker.url, worker);
  } catch (error) {
    await teardown();
    throw error;
  }
  process.env[STACK_VARIABLES.baseUrl] = baseUrl;
  process.env[STACK_VARIABLES.inboxUrl] = `http://127.0.0.1:${(inboxServer.address() as AddressInfo).port}`;
  process.env[STACK_VARIABLES.webAppDir] = webAppDir;
  process.env[STACK_VARIABLES.runEnv] = JSON.stringify(env);
  process.stdout.write(`Browser stack ready in ${Date.now() - started} ms at ${baseUrl} (pages from ${webAppDir})\n`);
  return teardown;
}
