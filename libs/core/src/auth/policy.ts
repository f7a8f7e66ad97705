import type { UserMessage } from '../i18n/user-message';
import type { Viewer } from './viewer';

/**
 * Who-may-do-what for one operation. Policies are providers, so they can load what they
 * need (memberships, grants) to decide; they answer yes or no and never change anything.
 */
export interface Policy {
  /** `viewer` is null for an anonymous caller; `args` are the operation's arguments. */
  allows(viewer: Viewer | null, args: Record<string, unknown>): Promise<boolean>;

  /**
   * Why a signed-in person was refused, in words that fit who they are (a coordinator of
   * another alliance is told so, not invited to join). Without it they read a generic refusal.
   */
  refusal?(viewer: Viewer, args: Record<string, unknown>): Promise<UserMessage>;
}
