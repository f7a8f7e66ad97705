import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Authenticator, type Viewer, isUuid } from '@kindred/core';
import { AccessTokens } from './access-tokens';
import { liveSessions } from './sessions.queries';

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

  /**
   * Every live event re-checks every subscriber's session. Checks made in the same tick (one
   * event reaching a thousand subscribers) go to the database as one query; nothing is cached,
   * so a revoked session is refused from the next event on.
   */
  private readonly activeSessions = new DataLoader<string, Viewer | null>((ids) => this.loadActiveSessions(ids), { cache: false });

  async authenticate(bearerToken: string): Promise<Viewer | null> {
    const claims = await this.accessTokens.verify(bearerToken);
    if (!claims) return null;
    const viewer = await this.viewerForSession(claims.sessionId);
    return viewer?.userId === claims.userId ? viewer : null;
  }

  viewerForSession(sessionId: string): Promise<Viewer | null> {
    return isUuid(sessionId) ? this.activeSessions.load(sessionId) : Promise.resolve(null);
  }

  private async loadActiveSessions(sessionIds: readonly string[]): Promise<(Viewer | null)[]> {
    const rows = await liveSessions.all(this.dataSource.manager, { sessionIds });
    const viewers = new Map(rows.map((row) => [row.sessionId, { userId: row.userId, sessionId: row.sessionId, roles: row.roles, locale: row.locale }]));
    return sessionIds.map((id) => viewers.get(id) ?? null);
  }
}
