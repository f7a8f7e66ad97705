import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Authenticator, type PlatformRole, type Viewer } from '@kindred/core';
import { AccessTokens } from './access-tokens';

const ACTIVE_SESSION = `
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
    AND u.erased_at IS NULL AND u.erasure_requested_at IS NULL`;

/**
 * A valid signature is not enough: the session must still be open and the account
 * still there. Roles come from the account now, not from when the token was signed.
 */
@Injectable()
export class TokenAuthenticator extends Authenticator {
  constructor(
    private readonly accessTokens: AccessTokens,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  async authenticate(bearerToken: string): Promise<Viewer | null> {
    const claims = await this.accessTokens.verify(bearerToken);
    if (!claims) return null;
    const viewer = await this.viewerForSession(claims.sessionId);
    return viewer?.userId === claims.userId ? viewer : null;
  }

  async viewerForSession(sessionId: string): Promise<Viewer | null> {
    const rows: { user_id: string; roles: PlatformRole[] }[] = await this.dataSource.query(
      `SELECT s.user_id, u.roles ${ACTIVE_SESSION}`,
      [sessionId],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, sessionId, roles: row.roles } : null;
  }
}
