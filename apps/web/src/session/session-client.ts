/**
 * The browser's side of a Kindred session.
 *
 * The access token lives only in this object's memory: never in localStorage, never in a
 * cookie JS can read. The refresh token is an httpOnly cookie the API sets on /auth; this
 * code never sees it. It only sends the readable `kindred_csrf` cookie's value back as a
 * header, which a cross-site page cannot do.
 */

export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface SessionSnapshot {
  status: SessionStatus;
  accessToken: string | null;
}

export interface AccessGrant {
  accessToken: string;
  /** ISO 8601 */
  accessTokenExpiresAt: string;
}

/** What a refresh attempt came to: a network failure keeps the session as it was. */
export type RefreshOutcome = 'refreshed' | 'signedOut' | 'unreachable';

export interface SessionClientOptions {
  fetch?: typeof fetch;
  /** The `document.cookie` string, read when the CSRF header is needed. */
  readCookies?: () => string;
  /** The current UI language, sent as Accept-Language. */
  language?: () => string;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** How long before expiry the token is renewed. */
  refreshLeadMs?: number;
}

export const WEB_CLIENT_HEADER = { 'x-kindred-client': 'web' } as const;
const CSRF_COOKIE = 'kindred_csrf';
const DEFAULT_LEAD_MS = 60_000;
/** Never schedule renewals closer together than this, whatever the server says. */
const MIN_DELAY_MS = 5_000;

export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export class SessionClient {
  private snapshot: SessionSnapshot = { status: 'restoring', accessToken: null };
  private readonly listeners = new Set<() => void>();
  private inFlight: Promise<RefreshOutcome> | null = null;
  private timer: unknown = null;
  private readonly fetchImpl: typeof fetch;
  private readonly readCookies: () => string;
  private readonly language: () => string;
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private readonly leadMs: number;

  constructor(options: SessionClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.readCookies = options.readCookies ?? (() => document.cookie);
    this.language = options.language ?? (() => 'en');
    this.now = options.now ?? (() => Date.now());
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    this.leadMs = options.refreshLeadMs ?? DEFAULT_LEAD_MS;
  }

  /** For useSyncExternalStore: the same object until something changes. */
  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get accessToken(): string | null {
    return this.snapshot.accessToken;
  }

  /** After sign-in (or any mutation returning SessionTokens). */
  signIn(grant: AccessGrant): void {
    this.accept(grant);
  }

  /**
   * Asks the API for a new access token with the refresh cookie. Concurrent callers share one
   * request, so a burst of UNAUTHENTICATED answers uses the single-use refresh token once.
   */
  refresh(): Promise<RefreshOutcome> {
    this.inFlight ??= this.doRefresh().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /**
   * Ends the session on the server (the GraphQL mutation, given by the caller so this file
   * stays free of Apollo), then clears the cookies. The local session ends even when the
   * network fails: a person who asked to sign out is signed out on this device.
   */
  async signOut(revokeOnServer: () => Promise<unknown>): Promise<void> {
    try {
      if (this.snapshot.accessToken) await revokeOnServer();
    } catch {
      // The cookie call below still ends this device's session.
    }
    try {
      await this.post('/auth/logout');
    } catch {
      // Offline: the httpOnly cookie expires on its own; nothing here can read it.
    }
    this.end();
  }

  /** Called when the API says the session is over and refreshing did not help. */
  end(): void {
    this.cancelTimer();
    this.set({ status: 'signedOut', accessToken: null });
  }

  private async doRefresh(): Promise<RefreshOutcome> {
    let response: Response;
    try {
      response = await this.post('/auth/refresh');
    } catch {
      if (this.snapshot.status === 'restoring') this.set({ status: 'signedOut', accessToken: null });
      return 'unreachable';
    }
    if (response.ok) {
      const body = (await response.json()) as Partial<AccessGrant>;
      if (typeof body.accessToken === 'string' && typeof body.accessTokenExpiresAt === 'string') {
        this.accept({ accessToken: body.accessToken, accessTokenExpiresAt: body.accessTokenExpiresAt });
        return 'refreshed';
      }
    }
    if (response.status >= 500 && this.snapshot.status !== 'restoring') return 'unreachable';
    this.end();
    return 'signedOut';
  }

  private post(path: string): Promise<Response> {
    const headers: Record<string, string> = { ...WEB_CLIENT_HEADER, 'accept-language': this.language() };
    const csrf = readCookie(this.readCookies(), CSRF_COOKIE);
    if (csrf) headers['x-kindred-csrf'] = csrf;
    return this.fetchImpl(path, { method: 'POST', credentials: 'same-origin', headers });
  }

  private accept(grant: AccessGrant): void {
    this.set({ status: 'signedIn', accessToken: grant.accessToken });
    this.cancelTimer();
    const expiresAt = Date.parse(grant.accessTokenExpiresAt);
    if (Number.isNaN(expiresAt)) return;
    const delay = Math.max(MIN_DELAY_MS, expiresAt - this.now() - this.leadMs);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.refresh();
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private set(next: SessionSnapshot): void {
    if (next.status === this.snapshot.status && next.accessToken === this.snapshot.accessToken) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
