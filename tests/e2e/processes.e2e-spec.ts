import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { testRunId } from '@kindred/core/testing';
import { e2eEnvironment, ROOT, startProcess, stopProcess } from '@kindred/test-support/processes';

const apiUrl = (): string => process.env['E2E_API_URL'] ?? '';
const workerUrl = (): string => process.env['E2E_WORKER_URL'] ?? '';

describe('the api and worker processes', () => {
  it.each([
    ['api', apiUrl],
    ['worker', workerUrl],
  ])('%s is live and ready when PostgreSQL and Redis are up', async (_kind, url) => {
    const live = await fetch(`${url()}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${url()}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  it("names the worker's queue lag in its readiness", async () => {
    const ready = await fetch(`${workerUrl()}/health/ready`);
    expect(await ready.json()).toMatchObject({ info: { queueLag: { status: 'up', oldestWaitingSeconds: { default: expect.any(Number) as unknown } } } });
  });

  it('sends GraphQL responses with Cache-Control: no-store', async () => {
    const response = await fetch(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(await response.json()).toEqual({ data: { health: { status: 'ok' } } });
  });

  it.each(['api', 'worker'])('%s stops with one clear line when DATABASE_URL is nonsense', (kind) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'apps', kind, 'src', 'main.js')], {
      env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: 'nonsense' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual(['Kindred cannot start: DATABASE_URL must be a URL such as postgres://postgres@127.0.0.1:5432/kindred.']);
  });

  it('a second API copy shuts down cleanly on SIGTERM, answering the request in flight', async () => {
    const env = { ...e2eEnvironment(testRunId()), RUN_MIGRATIONS: 'false' };
    const api = await startProcess('api', env, 'api-shutdown');
    const body = JSON.stringify({ query: '{ health { status } }' });
    const { port } = new URL(api.url);

    // The request is in flight for certain: its headers and half its body have arrived
    // when the signal is sent, and the rest of the body follows after it.
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      request.on('error', reject);
      request.write(body.slice(0, 20));
      setTimeout(() => {
        api.child.kill('SIGTERM');
        setTimeout(() => request.end(body.slice(20)), 300);
      }, 300);
    });

    const response = await answer;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { health: { status: 'ok' } } });
    expect(await api.exited).toEqual({ code: 0, signal: null });
    await expect(fetch(`${api.url}/health/live`)).rejects.toThrow();
  });

  it('a second worker copy finishes and exits cleanly on SIGTERM', async () => {
    const env = { ...e2eEnvironment(testRunId()), RUN_MIGRATIONS: 'false' };
    const worker = await startProcess('worker', env, 'worker-shutdown');
    expect(await stopProcess(worker)).toEqual({ code: 0, signal: null });
  });
});
