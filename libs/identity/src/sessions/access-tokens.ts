import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { AppConfig } from '@kindred/core';

const ISSUER = 'kindred';
const AUDIENCE = 'kindred-api';

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

/**
 * Short-lived signed access tokens (JWT, HS256). They carry ids only: roles and session
 * state are read fresh on every request, so revocation and role changes apply at once.
 */
@Injectable()
export class AccessTokens {
  /**
   * Imported once: given raw bytes, jose imports the key again on every sign and verify, which
   * was a tenth of the CPU of a small signed-in request.
   */
  private readonly key: KeyObject;

  constructor(private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  async sign(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000);
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string') return null;
      return { userId: payload.sub, sessionId: payload['sid'] };
    } catch {
      return null;
    }
  }
}
