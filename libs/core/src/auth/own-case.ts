import { ErrorCode } from '../graphql/error-codes';
import { KindredError } from '../graphql/errors';

/**
 * Refused because the person deciding is the person the decision is about: their own request,
 * application, content, case, appeal, roles or appointment. Its own code, so a client can say
 * who decides instead rather than "not allowed".
 */
export class OwnCaseError extends KindredError {
  constructor(message: string) {
    super(ErrorCode.OwnCase, message);
  }
}

/** What the person tried to decide, and who decides it instead: "You can’t {decide}; {decidedBy} will." */
export interface OwnCase {
  /** e.g. "approve your own request to join". */
  decide: string;
  /** e.g. "another coordinator or an administrator". */
  decidedBy: string;
}

/**
 * Nobody decides their own case: no one approves, vets, reviews, moderates, appoints or
 * changes the roles of themselves. Every decision about people passes the decider and the
 * people it concerns (absent ones as null) through here, so the rule, its code and its
 * wording are the same in every domain.
 */
export function refuseOwnCase(deciderId: string, concerned: string | null | readonly (string | null)[], ownCase: OwnCase): void {
  const people: readonly (string | null)[] = typeof concerned === 'string' || concerned === null ? [concerned] : concerned;
  if (people.includes(deciderId)) throw new OwnCaseError(`You can’t ${ownCase.decide}; ${ownCase.decidedBy} will.`);
}
