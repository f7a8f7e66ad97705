import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, type GraphqlContext } from '@kindred/core';
import type { SessionTokensObject } from './session.types';
import type { SessionTokens } from './sessions.service';

/** A request carrying `x-kindred-client: web` is the browser app: its refresh token goes in a cookie. */
export const WEB_CLIENT_HEADER = 'x-kindred-client';
export const REFRESH_COOKIE = 'kindred_refresh';
export const CSRF_COOKIE = 'kindred_csrf';
export const CSRF_HEADER = 'x-kindred-csrf';
/** The refresh cookie travels only to POST /auth/refresh and /auth/logout. */
export const AUTH_PATH = '/auth';

interface CookieRule {
  path: string;
  httpOnly: boolean;
}
const REFRESH_RULE: CookieRule = { path: AUTH_PATH, httpOnly: true };
const CSRF_RULE: CookieRule = { path: '/', httpOnly: false };

/** Kindred's cookie values are base64url, so they need no encoding. */
function setCookie(reply: FastifyReply, name: string, value: string, rule: CookieRule, maxAgeSeconds: number): void {
  const line = [`${name}=${value}`, `Max-Age=${maxAgeSeconds}`, `Path=${rule.path}`, ...(rule.httpOnly ? ['HttpOnly'] : []), 'Secure', 'SameSite=Strict'].join(
    '; ',
  );
  const earlier = reply.getHeader('set-cookie');
  reply.header('set-cookie', [...(Array.isArray(earlier) ? earlier : typeof earlier === 'string' ? [earlier] : []), line]);
}

function cookieOf(request: FastifyRequest, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim() || null;
  }
  return null;
}

/**
 * Browser sessions: the refresh token lives in an HttpOnly, Secure, SameSite=Strict cookie
 * that page scripts cannot read, beside a readable CSRF cookie the app echoes in a header
 * (double submit). The CSRF value is a nonce with an HMAC binding it to the session, so a
 * value planted from elsewhere, or from another session, is refused.
 */
@Injectable()
export class WebSessionCookies {
  private readonly key: Buffer;
  private readonly publicOrigin: string;

  constructor(config: AppConfig) {
    this.publicOrigin = new URL(config.publicAppUrl).origin;
    // Derived, so the CSRF binding never shares a key with access-token signatures.
    this.key = createHmac('sha256', config.jwtSecret).update('kindred-csrf-binding').digest();
  }

  isWebClient(request: FastifyRequest | undefined): boolean {
    return request?.headers[WEB_CLIENT_HEADER] === 'web';
  }

  /**
   * What a GraphQL mutation answers with new tokens: as they are for API clients; for the
   * web app, the refresh token set as a cookie and left out of the body.
   */
  deliver(tokens: SessionTokens, context: GraphqlContext): SessionTokensObject {
    const { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt } = tokens;
    if (!context.reply || !this.isWebClient(context.req)) return { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt };
    this.set(context.reply, tokens);
    return { accessToken, accessTokenExpiresAt, refreshToken: null, refreshTokenExpiresAt };
  }

  /** Sets the refresh cookie and a CSRF cookie bound to the session, both ending with it. */
  set(reply: FastifyReply, tokens: SessionTokens, csrf = this.newCsrf(tokens.sessionId)): void {
    const maxAge = Math.max(0, Math.floor((tokens.refreshTokenExpiresAt.getTime() - Date.now()) / 1000));
    setCookie(reply, REFRESH_COOKIE, tokens.refreshToken, REFRESH_RULE, maxAge);
    setCookie(reply, CSRF_COOKIE, csrf, CSRF_RULE, maxAge);
  }

  clear(reply: FastifyReply): void {
    setCookie(reply, REFRESH_COOKIE, '', REFRESH_RULE, 0);
    setCookie(reply, CSRF_COOKIE, '', CSRF_RULE, 0);
  }

  /**
   * Whether a cookie-authenticated request comes from a page of this site. SameSite=Strict
   * already keeps the cookies off cross-site requests; this also refuses same-site sibling
   * origins and old browsers. The Origin must be this host (the Vite dev server proxies with
   * its own) or PUBLIC_APP_URL (behind a proxy that rewrites Host).
   */
  comesFromThisSite(request: FastifyRequest): boolean {
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin') return false;
    const origin = request.headers.origin;
    if (typeof origin !== 'string' || !URL.canParse(origin)) return false;
    return new URL(origin).host === request.headers.host || new URL(origin).origin === this.publicOrigin;
  }

  refreshTokenOf(request: FastifyRequest): string | null {
    return cookieOf(request, REFRESH_COOKIE);
  }

  /** The CSRF cookie, when the header repeats it exactly. */
  presentedCsrf(request: FastifyRequest): string | null {
    const cookie = cookieOf(request, CSRF_COOKIE);
    const header = request.headers[CSRF_HEADER];
    if (!cookie || typeof header !== 'string') return null;
    const [a, b] = [Buffer.from(cookie), Buffer.from(header)];
    return a.length === b.length && timingSafeEqual(a, b) ? cookie : null;
  }

  isBoundTo(csrf: string, sessionId: string): boolean {
    const [nonce = '', mac = ''] = csrf.split('.');
    const expected = Buffer.from(this.mac(sessionId, nonce));
    const given = Buffer.from(mac);
    return nonce.length > 0 && expected.length === given.length && timingSafeEqual(expected, given);
  }

  private newCsrf(sessionId: string): string {
    const nonce = randomBytes(18).toString('base64url');
    return `${nonce}.${this.mac(sessionId, nonce)}`;
  }

  private mac(sessionId: string, nonce: string): string {
    return createHmac('sha256', this.key).update(`${sessionId}:${nonce}`).digest('base64url');
  }
}
