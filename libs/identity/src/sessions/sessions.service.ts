import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager, type Repository } from 'typeorm';
import { AppConfig, BadUserInputError, RateLimiter, UnauthenticatedError, ViewerChanges, type RateLimit, type Viewer } from '@kindred/core';
import { normaliseEmail } from '../accounts/account-input';
import { PasswordHasher } from '../accounts/password-hasher';
import { User } from '../accounts/user.entity';
import { AuditAction } from '../audit/audit-action';
import { AuditLog } from '../audit/audit-log.service';
import { AccessTokens } from './access-tokens';
import { hashToken, newOpaqueToken } from './opaque-token';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';
import { IdentityMessages } from '../identity.messages';

/**
 * While Redis is down, signing in still works uncounted: people must reach their support
 * network during an outage, and each guess still costs a full password hash.
 */
export const LOGIN_LIMITS = {
  perIp: { name: 'login:ip', limit: 30, windowSeconds: 15 * 60, whenUncounted: 'allow' },
  perAccount: { name: 'login:account', limit: 10, windowSeconds: 15 * 60, whenUncounted: 'allow' },
} satisfies Record<string, RateLimit>;

/**
 * Refreshing (refreshSession and POST /auth/refresh) and signing out by cookie, per address.
 * A refresh token cannot be guessed; this bounds the database work one address can cause.
 * A busy shared connection refreshes every quarter hour per open tab, well under the ceiling;
 * uncounted while Redis is down, so nobody is signed out by an outage.
 */
export const REFRESH_LIMIT = { name: 'refresh:ip', limit: 300, windowSeconds: 15 * 60, whenUncounted: 'allow' } satisfies RateLimit;

export interface SessionTokens {
  /** The session the tokens belong to: browser cookies are bound to it (never sent in a body). */
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface RequestFacts {
  requestId: string;
  clientIp: string | null;
}

/** Sign-in, refresh-token rotation with reuse detection, and sign-out. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly audit: AuditLog,
    private readonly rateLimiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly viewerChanges: ViewerChanges,
  ) {}

  /** Answers the same way whether or not the email has an account, and takes as long. */
  async login(emailInput: string, password: string, request: RequestFacts): Promise<SessionTokens> {
    const email = normaliseEmail(emailInput);
    if (password.length === 0) throw new BadUserInputError(IdentityMessages.PASSWORD_MISSING(), { field: 'password' });
    await this.rateLimiter.consume(LOGIN_LIMITS.perIp, request.clientIp ?? 'unknown');
    await this.rateLimiter.consume(LOGIN_LIMITS.perAccount, email);

    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email })
      .andWhere('user.erased_at IS NULL AND user.erasure_requested_at IS NULL')
      .getOne();
    const matches = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !matches) {
      await this.audit.record(this.dataSource.manager, { action: AuditAction.LOGIN_FAILED, subjectId: user?.id ?? null, requestId: request.requestId });
      throw new UnauthenticatedError(IdentityMessages.WRONG_CREDENTIALS());
    }
    const tokens = await this.dataSource.transaction((manager) => this.startSession(manager, user.id));
    await this.audit.record(this.dataSource.manager, {
      action: AuditAction.LOGIN_SUCCEEDED,
      actorId: user.id,
      subjectId: user.id,
      requestId: request.requestId,
    });
    return tokens;
  }

  /** Opens a session for a person whose identity was just proven (login). */
  async startSession(manager: EntityManager, userId: string): Promise<SessionTokens> {
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 24 * 3600 * 1000);
    const session = await manager
      .getRepository(Session)
      .save(manager.getRepository(Session).create({ userId, lastRefreshedAt: new Date(), expiresAt: refreshTokenExpiresAt }));
    return this.issueTokens(manager, session);
  }

  /**
   * Exchanges a refresh token for new tokens. Each refresh token works once: presenting a
   * used one means it was copied, so the whole session (token family) is revoked.
   */
  async refresh(refreshToken: string, request: RequestFacts): Promise<SessionTokens> {
    await this.rateLimiter.consume(REFRESH_LIMIT, request.clientIp ?? 'unknown');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const token = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('token')
        .setLock('pessimistic_write')
        .where('token.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!token) return { kind: 'unknown' } as const;
      const session = await manager.getRepository(Session).findOne({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session) return { kind: 'unknown' } as const;
      if (token.usedAt) {
        if (!session.revokedAt) {
          await manager.update(Session, session.id, { revokedAt: new Date(), revokeReason: 'refresh_token_reused' });
          await this.audit.record(manager, {
            action: AuditAction.REFRESH_TOKEN_REUSED,
            subjectId: session.userId,
            requestId: request.requestId,
            details: { sessionId: session.id },
          });
        }
        return { kind: 'reused', userId: session.userId } as const;
      }
      const now = new Date();
      if (session.revokedAt || token.expiresAt <= now || session.expiresAt <= now) return { kind: 'ended' } as const;
      const owner = await manager.getRepository(User).findOneBy({ id: session.userId });
      if (!owner || owner.erasedAt || owner.erasureRequestedAt) return { kind: 'ended' } as const;
      await manager.update(RefreshToken, token.id, { usedAt: now });
      await manager.update(Session, session.id, { lastRefreshedAt: now });
      return { kind: 'rotated', tokens: await this.issueTokens(manager, session) } as const;
    });
    // Thrown after the transaction so a detected reuse stays revoked.
    if (outcome.kind === 'reused') this.viewerChanges.announce(outcome.userId);
    if (outcome.kind !== 'rotated') throw new UnauthenticatedError(IdentityMessages.SESSION_ENDED());
    return outcome.tokens;
  }

  /** The session a refresh token belongs to (used or not), to check what is bound to it. */
  async sessionOfRefreshToken(refreshToken: string): Promise<{ sessionId: string; userId: string } | null> {
    const row = await this.dataSource
      .getRepository(RefreshToken)
      .createQueryBuilder('token')
      .innerJoin(Session, 'session', 'session.id = token.session_id')
      .select(['token.session_id AS "sessionId"', 'session.user_id AS "userId"'])
      .where('token.token_hash = :hash', { hash: hashToken(refreshToken) })
      .getRawOne<{ sessionId: string; userId: string }>();
    return row ?? null;
  }

  async logout(viewer: Pick<Viewer, 'userId' | 'sessionId'>, requestId: string): Promise<void> {
    await this.sessions.update({ id: viewer.sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: 'logout' });
    this.viewerChanges.announce(viewer.userId);
    await this.audit.record(this.dataSource.manager, { action: AuditAction.LOGOUT, actorId: viewer.userId, subjectId: viewer.userId, requestId });
  }

  /** Signs every device out, this one included. */
  async logoutEverywhere(viewer: Viewer, requestId: string): Promise<number> {
    const revoked = await this.revokeAll(this.dataSource.manager, viewer.userId, 'logout_everywhere');
    this.viewerChanges.announce(viewer.userId);
    await this.audit.record(this.dataSource.manager, {
      action: AuditAction.LOGOUT_EVERYWHERE,
      actorId: viewer.userId,
      subjectId: viewer.userId,
      requestId,
      details: { sessionsRevoked: revoked },
    });
    return revoked;
  }

  /**
   * Revokes a person's sessions, optionally sparing one (the device that changed the password).
   * Once the caller's transaction commits, it calls `announceEnded` so live connections end too.
   */
  async revokeAll(manager: EntityManager, userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokeReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    return (await query.execute()).affected ?? 0;
  }

  /** Ends the live connections of sessions just revoked, on every API copy. */
  announceEnded(userId: string): void {
    this.viewerChanges.announce(userId);
  }

  private async issueTokens(manager: EntityManager, session: Session): Promise<SessionTokens> {
    const refreshToken = newOpaqueToken();
    await manager.getRepository(RefreshToken).insert({
      sessionId: session.id,
      tokenHash: hashToken(refreshToken),
      expiresAt: session.expiresAt,
    });
    const access = await this.accessTokens.sign({ userId: session.userId, sessionId: session.id });
    return {
      sessionId: session.id,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
    };
  }
}
