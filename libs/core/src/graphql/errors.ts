import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

type Extensions = Record<string, unknown>;

/**
 * An error meant for the person using Kindred: its message is shown to them as written,
 * so it is plain and kind, and its code says what kind of problem it is.
 */
export class KindredError extends GraphQLError {
  constructor(code: ErrorCode | string, message: string, extensions: Extensions = {}) {
    super(message, { extensions: { ...extensions, code } });
  }

  get code(): string {
    return String(this.extensions['code']);
  }
}

/** Something in the request needs changing; `field` names which input, when there is one. */
export class BadUserInputError extends KindredError {
  constructor(message: string, details: { field?: string } & Extensions = {}) {
    super(ErrorCode.BadUserInput, message, details);
  }
}

export class UnauthenticatedError extends KindredError {
  constructor(message = 'Please sign in to continue.') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends KindredError {
  constructor(message = 'This is not available to you.') {
    super(ErrorCode.Forbidden, message);
  }
}

export class NotFoundError extends KindredError {
  constructor(message = 'We could not find that. It may have been removed.') {
    super(ErrorCode.NotFound, message);
  }
}

export class ConflictError extends KindredError {
  constructor(message: string, details: Extensions = {}) {
    super(ErrorCode.Conflict, message, details);
  }
}

/** Too many attempts; `retryAfterSeconds` tells the client when to try again. */
export class RateLimitedError extends KindredError {
  constructor(retryAfterSeconds: number, message = 'That was a lot of attempts in a short time. Please wait a moment and try again.') {
    super(ErrorCode.RateLimited, message, { retryAfterSeconds });
  }
}

/**
 * A part of Kindred this request needs is not answering. Said at once rather than after a
 * long wait; the person tries again shortly, and nothing they sent before was lost.
 */
export class ServiceUnavailableError extends KindredError {
  constructor(
    message = 'Kindred is having trouble right now. Nothing you sent before was lost; please try again in a minute.',
    retryAfterSeconds = 30,
  ) {
    super(ErrorCode.ServiceUnavailable, message, { retryAfterSeconds });
  }
}
