import type { Viewer } from './viewer';

/**
 * Turns a bearer token into a Viewer. Core defines the contract; the identity domain
 * provides it (core knows no domain). Returns null for a missing, invalid, expired or
 * revoked token.
 */
export abstract class Authenticator {
  abstract authenticate(bearerToken: string): Promise<Viewer | null>;

  /**
   * The person behind a session as they are now (current roles), or null once the session
   * is revoked or the account is gone. Checked again before every live event.
   */
  abstract viewerForSession(sessionId: string): Promise<Viewer | null>;
}
