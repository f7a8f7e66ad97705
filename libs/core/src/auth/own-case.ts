import { ErrorCode } from '../graphql/error-codes';
import { KindredError } from '../graphql/errors';
import type { UserMessage } from '../i18n/user-message';

/**
 * Refused because the person deciding is the person the decision is about: their own request,
 * application, content, case, appeal, roles or appointment. Its own code, so a client can say
 * who decides instead rather than "not allowed".
 */
export class OwnCaseError extends KindredError {
  constructor(message: UserMessage) {
    super(ErrorCode.OwnCase, message);
  }
}

/**
 * What the person tried to decide, and who decides it instead, as one catalogued sentence
 * ("You can’t approve your own request to join; another coordinator or an administrator will.").
 */
export type OwnCase = UserMessage;

/**
 * Nobody decides their own case: no one approves, vets, reviews, moderates, appoints or
 * changes the roles of themselves. Every decision about people passes the decider and the
 * people it concerns (absent ones as null) through here, so the rule, its code and its
 * wording are the same in every domain.
 */
export function refuseOwnCase(deciderId: string, concerned: string | null | readonly (string | null)[], ownCase: OwnCase): void {
  const people: readonly (string | null)[] = typeof concerned === 'string' || concerned === null ? [concerned] : concerned;
  if (people.includes(deciderId)) throw new OwnCaseError(ownCase);
}
