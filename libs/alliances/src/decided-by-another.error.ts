import { KindredError, type UserMessage } from '@kindred/core';

/** The code a client branches on when a fellow coordinator's decision got there first. */
export const DECIDED_BY_ANOTHER = 'DECIDED_BY_ANOTHER';

/**
 * Two coordinators decided the same request at once and the other one's decision stands.
 * Its own code, unlike a plain CONFLICT, so a screen can say so calmly and show the outcome
 * instead of suggesting the person did something wrong.
 */
export class DecidedByAnotherError extends KindredError {
  constructor(message: UserMessage) {
    super(DECIDED_BY_ANOTHER, message);
  }
}
