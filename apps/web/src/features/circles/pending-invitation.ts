const KEY = 'kindred.pendingInvitation';
/** Longer than an invitation link lives, so the link itself says when it has expired. */
const KEEP_MS = 14 * 24 * 60 * 60 * 1000;

interface Stored {
  path: string;
  until: number;
}

/**
 * The invitation link a signed-out person opened, kept in this browser while they create an
 * account and confirm their address (in another tab, from their email), so signing in brings
 * them back to answer it instead of making them find the email again.
 */
export const pendingInvitation = {
  remember(path: string): void {
    try {
      localStorage.setItem(KEY, JSON.stringify({ path, until: Date.now() + KEEP_MS } satisfies Stored));
    } catch {
      // Storage refused (private browsing): they can still open the link from the email again.
    }
  },

  /** The invitation page to return to, if one is waiting. */
  path(): string | null {
    try {
      const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Stored | null;
      if (stored && stored.until > Date.now() && stored.path.startsWith('/circles/join?')) return stored.path;
      localStorage.removeItem(KEY);
    } catch {
      // Unreadable storage is the same as nothing waiting.
    }
    return null;
  },

  forget(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Nothing to forget where nothing could be stored.
    }
  },
};
