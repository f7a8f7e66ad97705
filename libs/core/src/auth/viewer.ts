import type { Locale } from '../i18n/locale';
import type { PlatformRole } from './platform-role';

/** The signed-in person making a request, as established from their access token. */
export interface Viewer {
  userId: string;
  /** The session (refresh-token family) the access token belongs to. */
  sessionId: string;
  roles: readonly PlatformRole[];
  /** Their profile's language, which refusals are said in; absent for a viewer made up in a test. */
  locale?: Locale;
}

export function hasAnyRole(viewer: Viewer, roles: readonly PlatformRole[]): boolean {
  return roles.some((role) => viewer.roles.includes(role));
}
