import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startTestApi } from '@kindred/test-support/test-api';
import { WEB_APP_CONTENT_SECURITY_POLICY } from '@kindred/composition';

const INDEX =
  '<!doctype html><html lang="en"><head><title>Kindred</title><script type="module" src="/assets/app-3f9a1c.js"></script></head><body></body></html>';
const SCRIPT = 'document.title = "Kindred";';
const PAGE = { accept: 'text/html,application/xhtml+xml' };
const WORKER = "self.addEventListener('install', () => self.skipWaiting());";
const MANIFEST = '{"name":"Kindred","start_url":"/","display":"standalone"}';

/** The built web app served from the API's origin, from a directory shaped like Vite's output. */
describe('serving the web app', () => {
  let build: string;
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'kindred-web-'));
    mkdirSync(join(build, 'assets'));
    writeFileSync(join(build, 'index.html'), INDEX);
    writeFileSync(join(build, 'assets', 'app-3f9a1c.js'), SCRIPT);
    writeFileSync(join(build, 'robots.txt'), 'User-agent: *\n');
    writeFileSync(join(build, '.env'), 'SECRET=1\n');
    writeFileSync(join(build, 'sw.js'), WORKER);
    writeFileSync(join(build, 'manifest.webmanifest'), MANIFEST);
    ({ app, stop } = await startTestApi('web-app', { WEB_APP_DIR: build }));
  });

  afterAll(async () => {
    await stop();
    rmSync(build, { recursive: true, force: true });
  });

  it('serves index.html at / with the strict headers, revalidated on every visit', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: PAGE });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['content-security-policy']).toBe(WEB_APP_CONTENT_SECURITY_POLICY);
    expect(WEB_APP_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(WEB_APP_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    // Only React Aria's two fixed style elements, by hash: never 'unsafe-inline'.
    expect(WEB_APP_CONTENT_SECURITY_POLICY).toContain(
      "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o=' 'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg='",
    );
    expect(WEB_APP_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers a page the app routes itself (an email link) with index.html', async () => {
    const response = await app.inject({ method: 'GET', url: '/verify-email?token=abc', headers: PAGE });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers['content-security-policy']).toBe(WEB_APP_CONTENT_SECURITY_POLICY);
  });

  it('caches hashed assets for a year and serves other files as they are', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/app-3f9a1c.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe(SCRIPT);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const robots = await app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.body).toBe('User-agent: *\n');
    expect(robots.headers['cache-control']).toBe('no-cache');
  });

  it('serves the installable app’s manifest and service worker for the whole scope, and never the app in their place', async () => {
    const worker = await app.inject({ method: 'GET', url: '/sw.js', headers: { accept: '*/*', 'service-worker': 'script' } });
    expect(worker.statusCode).toBe(200);
    expect(worker.body).toBe(WORKER);
    expect(worker.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(worker.headers['service-worker-allowed']).toBe('/');
    expect(worker.headers['cache-control']).toBe('no-cache');
    const manifest = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(JSON.parse(manifest.body)).toMatchObject({ name: 'Kindred', start_url: '/' });
    expect(WEB_APP_CONTENT_SECURITY_POLICY).toContain("manifest-src 'self'");
    expect(WEB_APP_CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    // This build has no offline page: asked for as a page, it is still a 404, not index.html.
    const offline = await app.inject({ method: 'GET', url: '/offline.html', headers: PAGE });
    expect(offline.statusCode).toBe(404);
    expect(offline.body).not.toBe(INDEX);
  });

  it('answers 404, not the app, for a missing asset, a hidden file, a path outside the build and API paths', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/gone-123.js', headers: PAGE })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/.env', headers: PAGE })).body).not.toContain('SECRET');
    expect((await app.inject({ method: 'GET', url: '/..%2f..%2fetc%2fpasswd' })).statusCode).toBe(404);
    for (const url of ['/auth/refresh', '/health/nothing', '/metrics', '/admin/people']) {
      const response = await app.inject({ method: 'GET', url, headers: PAGE });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 404 });
      expect(response.body).not.toBe(INDEX);
    }
  });

  it('keeps the API as it was: GraphQL, its refusal of GET and the health probes', async () => {
    expect((await app.inject({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ method: 'GET', url: '/graphql', headers: PAGE })).statusCode).toBe(405);
    const graphql = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
    expect(graphql.json()).toEqual({ data: { __typename: 'Query' } });
    expect(graphql.headers['cache-control']).toBe('no-store');
  });
});

describe('without a web app build', () => {
  it('serves no pages and the API works as before', async () => {
    const { app, stop } = await startTestApi('no-web-app', { WEB_APP_DIR: join(tmpdir(), 'kindred-web-never-built') });
    try {
      expect((await app.inject({ method: 'GET', url: '/', headers: PAGE })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await stop();
    }
  });
});
