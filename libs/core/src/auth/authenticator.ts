import type { Viewer } from './viewer';

/**
 * Turns a bearer token into a Viewer. Core defines the contract; the identity domain
 * provides it (core knows no domain). Returns null for a missing, invalid, expired or
 * revoked token.
 */
export abstract class Authenticator {
  abstract authenticate(bearerToken: string): Promise<Viewer | null>;

  /** Whether the session is still usable: checked again for every live event. */
  abstract isSessionActive(sessionId: string): Promise<boolean>;
}
