import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

/**
 * No inline script or style, nothing from another origin, no plugins, no framing. `'self'`
 * in connect-src also covers ws:/wss: to this same host (CSP level 3, which Chromium, Firefox
 * and Safari follow), so graphql-ws needs no wider source.
 */
export const WEB_APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React Aria injects two fixed <style> elements (press feedback, iOS scroll lock); only those
  // exact contents are allowed, never inline styles in general.
  "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o=' 'sha256-gYiS/BvZvRcK27JIXTuwhZ3hs2+VJ1X+2gUlE+farlg='",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The installable app: its manifest and its service worker (/sw.js), from this origin only.
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Paths the API answers itself: never a page, so an unknown one is a 404, not the app. */
const API_PATHS = ['/graphql', '/auth', '/health', '/metrics', '/admin'];

/**
 * Files the browser fetches by name, never as a page: when missing they are a 404, not the
 * app's index.html (a service worker script that is HTML would fail to install, silently).
 */
const NEVER_A_PAGE = new Set(['sw.js', 'manifest.webmanifest', 'offline.html']);

/** The service worker: served from the root so its scope is the whole app, and always revalidated. */
const SERVICE_WORKER = 'sw.js';

/** Vite puts every built file under /assets with a content hash in its name, so it never changes. */
const HASHED_ASSETS = 'assets/';

function isApiPath(path: string): boolean {
  return API_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

async function isFileIn(directory: string, relative: string): Promise<boolean> {
  const full = resolve(directory, relative);
  if (!full.startsWith(directory + sep)) return false;
  try {
    return (await stat(full)).isFile();
  } catch {
    return false;
  }
}

function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

function sendWebFile(reply: FastifyReply, relative: string, cacheControl: string): FastifyReply {
  return reply
    .header('content-security-policy', WEB_APP_CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cache-control', cacheControl)
    .sendFile(relative);
}

/**
 * Serves the built web app from the API's own origin, so pages, /graphql and /auth share
 * cookies and one Content-Security-Policy. A GET for a page the app routes itself
 * (/verify-email, /circles/join…) gets index.html, the app's only HTML. Without a build,
 * nothing is registered and the API answers as before.
 */
export async function serveWebApp(app: NestFastifyApplication, directory: string, logger: Logger): Promise<boolean> {
  if (!(await isFileIn(directory, 'index.html'))) {
    logger.info({ directory }, 'no web app build found; serving the API only');
    return false;
  }
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, { root: directory, serve: false, cacheControl: false, dotfiles: 'ignore' });
  fastify.get('/*', async (request, reply) => {
    const path = `/${(request.params as { '*'?: string })['*'] ?? ''}`;
    if (isApiPath(path)) return reply.callNotFound();
    const relative = path.slice(1);
    if (relative !== '' && (await isFileIn(directory, relative))) {
      if (relative === SERVICE_WORKER) reply.header('service-worker-allowed', '/');
      if (relative.endsWith('.webmanifest')) reply.type('application/manifest+json');
      return sendWebFile(reply, relative, relative.startsWith(HASHED_ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    if (NEVER_A_PAGE.has(relative)) return reply.callNotFound();
    if (relative === '' || (!relative.startsWith(HASHED_ASSETS) && wantsPage(request))) return sendWebFile(reply, 'index.html', 'no-cache');
    return reply.callNotFound();
  });
  logger.info({ directory }, 'serving the web app');
  return true;
}
