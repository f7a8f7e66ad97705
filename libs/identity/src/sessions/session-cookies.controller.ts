import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode, KindredError, RateLimiter, messageExtensions, readerLocale, renderMessage, type MessageParams, type UserMessage } from '@kindred/core';
import { IdentityMessages } from '../identity.messages';
import { REFRESH_LIMIT, SessionsService } from './sessions.service';
import { AUTH_PATH, WebSessionCookies } from './web-session-cookies';

const CSRF = 'CSRF';

/**
 * A refusal as JSON with the fields a GraphQL error carries (`code`, `message`, `messageKey`,
 * `messageParams`), its words in the first language of Accept-Language Kindred speaks:
 * nobody is signed in to these calls, only a cookie is presented.
 */
function refusal(request: FastifyRequest, code: string, message: UserMessage, extensions: Record<string, unknown> = {}): Record<string, unknown> {
  const locale = readerLocale(null, request.headers['accept-language']);
  return { code, message: renderMessage(message, locale) ?? message.key, ...messageExtensions(message), ...extensions };
}

/** The catalogued sentence a Kindred error was thrown with. */
function messageOf(error: KindredError): UserMessage {
  return { key: String(error.extensions['messageKey']), params: (error.extensions['messageParams'] as MessageParams | undefined) ?? {} };
}

/**
 * The browser app's session calls (POST, no body): the refresh cookie is the credential,
 * so each needs the CSRF header matching the CSRF cookie of that very session and a request
 * from a page of this site. Answers are JSON, never cached (http-hardening's no-store).
 */
@Controller(AUTH_PATH.slice(1))
export class SessionCookiesController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly cookies: WebSessionCookies,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** 200 `{ accessToken, accessTokenExpiresAt }` with the refresh cookie rotated; 401 when the session is over (cookies cleared); 403 CSRF. */
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.answer(request, reply, async () => {
      const session = await this.checkedSession(request, reply);
      if (!session) return;
      const tokens = await this.sessions.refresh(session.refreshToken, { requestId: String(request.id), clientIp: request.ip });
      this.cookies.set(reply, tokens, session.csrf);
      await reply.code(200).send({ accessToken: tokens.accessToken, accessTokenExpiresAt: tokens.accessTokenExpiresAt.toISOString() });
    });
  }

  /** Ends this browser's session and clears both cookies: 200 `{ ok: true }`, also when it had already ended; 403 CSRF. */
  @Post('logout')
  @HttpCode(200)
  async logout(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.answer(request, reply, async () => {
      await this.rateLimiter.consume(REFRESH_LIMIT, request.ip);
      const session = await this.checkedSession(request, reply, { endedIsFine: true });
      if (session) await this.sessions.logout({ userId: session.userId, sessionId: session.sessionId }, String(request.id));
      if (reply.sent) return;
      this.cookies.clear(reply);
      await reply.code(200).send({ ok: true });
    });
  }

  /**
   * The refresh cookie and its session once the request passed the CSRF checks, or null
   * with the refusal already sent.
   */
  private async checkedSession(
    request: FastifyRequest,
    reply: FastifyReply,
    { endedIsFine = false } = {},
  ): Promise<{ refreshToken: string; csrf: string; sessionId: string; userId: string } | null> {
    const csrf = this.cookies.presentedCsrf(request);
    if (!this.cookies.comesFromThisSite(request) || !csrf) {
      await reply.code(403).send(refusal(request, CSRF, IdentityMessages.REFUSED_AS_CROSS_SITE()));
      return null;
    }
    const refreshToken = this.cookies.refreshTokenOf(request);
    const session = refreshToken ? await this.sessions.sessionOfRefreshToken(refreshToken) : null;
    if (!refreshToken || !session) {
      if (!endedIsFine) await this.ended(request, reply);
      return null;
    }
    if (!this.cookies.isBoundTo(csrf, session.sessionId)) {
      await reply.code(403).send(refusal(request, CSRF, IdentityMessages.REFUSED_AS_CROSS_SITE()));
      return null;
    }
    return { refreshToken, csrf, ...session };
  }

  private async ended(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    this.cookies.clear(reply);
    await reply.code(401).send(refusal(request, ErrorCode.Unauthenticated, IdentityMessages.SESSION_ENDED()));
  }

  /** Kindred's own refusals as JSON with their code; anything else goes to Nest as a failure. */
  private async answer(request: FastifyRequest, reply: FastifyReply, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof KindredError)) throw error;
      if (error.code === ErrorCode.Unauthenticated) return this.ended(request, reply);
      const retryAfter = error.extensions['retryAfterSeconds'];
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      const status = error.code === ErrorCode.RateLimited ? 429 : error.code === ErrorCode.ServiceUnavailable ? 503 : 400;
      await reply.code(status).send(refusal(request, error.code, messageOf(error), typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}));
    }
  }
}
