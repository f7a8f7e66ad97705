import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModule } from '@nestjs/testing';
import { KindredMetrics } from '@kindred/core';
import { createAccount, post } from '@kindred/test-support/api-client';
import { LiveListeners, settle } from '@kindred/test-support/live-listener';
import { CapturingMailTransport } from '@kindred/test-support/capturing-mail';
import { waitFor } from '@kindred/test-support/polling';
import { startTestApi } from '@kindred/test-support/test-api';
import { startTestWorker } from '@kindred/test-support/test-worker';

/** Scrapes a process's metrics port as Prometheus would, and reads one series' value. */
async function scrape(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

function valueOf(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('metrics for an operator', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let worker: TestingModule;
  let apiPort: number;
  let workerPort: number;

  beforeAll(async () => {
    let env: Parameters<typeof startTestWorker>[0];
    ({ app, stop, env } = await startTestApi('metrics'));
    worker = await startTestWorker(env, new CapturingMailTransport());
    apiPort = await app.get(KindredMetrics).serve('127.0.0.1', 0);
    await app.listen(0, '127.0.0.1');
    workerPort = await worker.get(KindredMetrics).serve('127.0.0.1', 0);
  });

  afterAll(async () => {
    await worker?.close();
    await stop();
  });

  it('counts requests and GraphQL operations by schema field, and errors by code, never by what a client named', async () => {
    const before = await scrape(apiPort);
    const requests = 'kindred_http_requests_total{method="POST",route="/graphql",status="200"}';
    const registrations = 'kindred_graphql_operations_total{type="mutation",operation="register",transport="http"}';
    await createAccount(app);
    await post(app, 'query SomeonesPrivateName { me { id } }');

    const after = await scrape(apiPort);
    expect(valueOf(after, requests)).toBeGreaterThan(valueOf(before, requests));
    expect(valueOf(after, registrations)).toBe(valueOf(before, registrations) + 1);
    expect(valueOf(after, 'kindred_graphql_errors_total{code="UNAUTHENTICATED"}')).toBeGreaterThan(0);
    expect(after).toContain('kindred_graphql_operation_duration_seconds_bucket{le="0.005",type="mutation",operation="register",transport="http"}');
    expect(after).not.toContain('SomeonesPrivateName');
    expect(after).toMatch(/^kindred_db_pool_connections\{state="total"\} [1-9]/m);
    expect(after).toContain('kindred_websocket_connections 0');
    expect(after).toContain('kindred_process_resident_memory_bytes');
  });

  it('counts operations over graphql-ws like those over HTTP, with their errors', async () => {
    const url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
    const person = await createAccount(app);
    const queries = 'kindred_graphql_operations_total{type="query",operation="me",transport="websocket"}';
    const refused = 'kindred_graphql_operations_total{type="unresolved",operation="unresolved",transport="websocket"}';
    const invalid = 'kindred_graphql_errors_total{code="BAD_USER_INPUT"}';
    const before = await scrape(apiPort);
    const live = new LiveListeners(url);
    try {
      const answered = await live.listen(person.accessToken, 'query SomeonesPrivateName { me { id } }');
      const wrong = await live.listen(person.accessToken, '{ noSuchField }');
      await settle(() => answered.ended && wrong.ended);
      expect(answered.results).toHaveLength(1);
      expect(wrong.errors.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    } finally {
      await live.dispose();
    }

    const after = await scrape(apiPort);
    expect(valueOf(after, queries)).toBe(valueOf(before, queries) + 1);
    expect(after).toMatch(/^kindred_graphql_operation_duration_seconds_count\{type="query",operation="me",transport="websocket"\} [1-9]/m);
    expect(valueOf(after, refused)).toBe(valueOf(before, refused) + 1);
    expect(valueOf(after, invalid)).toBe(valueOf(before, invalid) + 1);
    expect(after).not.toContain('SomeonesPrivateName');
  });

  it('counts the jobs the worker runs, and shows its queues and outbox', async () => {
    const completed = (text: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith('kindred_jobs_total{') && line.includes('state="completed"'))
        .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
    const before = completed(await scrape(workerPort));
    await createAccount(app);

    await waitFor(
      () => scrape(workerPort),
      (text) => completed(text) > before,
      'the worker to count a completed job',
    );
    const after = await scrape(workerPort);
    expect(after).toMatch(/^kindred_job_duration_seconds_count\{queue="default",job="[a-z.-]+"\} [1-9]/m);
    expect(after).toMatch(/^kindred_queue_jobs\{queue="default",state="waiting"\} \d+/m);
    expect(after).toMatch(/^kindred_queue_lag_seconds\{queue="default"\} [\d.]+/m);
    expect(after).toMatch(/^kindred_outbox_oldest_unfinished_age_seconds [\d.e+-]+/m);
  });

  it('serves nothing but /metrics on its port', async () => {
    const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`);
    expect(response.status).toBe(404);
  });
});
