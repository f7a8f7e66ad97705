import { GraphQLError } from 'graphql';
import { CoreMessages } from '../core.messages';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { renderMessage, type UserMessage } from '../i18n/user-message';
import { ErrorCode } from './error-codes';

type Extensions = Record<string, unknown>;

/**
 * What a client reads to say a refusal in its own words: the stable key and its parameters
 * (`messageParams` only when the sentence has some).
 */
export function messageExtensions(message: UserMessage): Extensions {
  return Object.keys(message.params).length > 0 ? { messageKey: message.key, messageParams: message.params } : { messageKey: message.key };
}

/**
 * An error meant for the person using Kindred: its words come from a catalogue (see
 * `defineMessages`), its code says what kind of problem it is. `message` is the English
 * sentence; the person reads it in their own language (see ErrorLanguage).
 */
export class KindredError extends GraphQLError {
  constructor(code: ErrorCode | string, message: UserMessage, extensions: Extensions = {}) {
    super(renderMessage(message, DEFAULT_LOCALE) ?? message.key, { extensions: { ...extensions, code, ...messageExtensions(message) } });
  }

  get code(): string {
    return String(this.extensions['code']);
  }
}

/** Something in the request needs changing; `field` names which input, when there is one. */
export class BadUserInputError extends KindredError {
  constructor(message: UserMessage, details: { field?: string } & Extensions = {}) {
    super(ErrorCode.BadUserInput, message, details);
  }
}

export class UnauthenticatedError extends KindredError {
  constructor(message: UserMessage = CoreMessages.SIGN_IN_REQUIRED()) {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends KindredError {
  constructor(message: UserMessage = CoreMessages.NOT_AVAILABLE_TO_YOU()) {
    super(ErrorCode.Forbidden, message);
  }
}

export class NotFoundError extends KindredError {
  constructor(message: UserMessage = CoreMessages.NOT_FOUND()) {
    super(ErrorCode.NotFound, message);
  }
}

export class ConflictError extends KindredError {
  constructor(message: UserMessage, details: Extensions = {}) {
    super(ErrorCode.Conflict, message, details);
  }
}

/** Too many attempts; `retryAfterSeconds` tells the client when to try again. */
export class RateLimitedError extends KindredError {
  constructor(retryAfterSeconds: number, message: UserMessage = CoreMessages.TOO_MANY_ATTEMPTS()) {
    super(ErrorCode.RateLimited, message, { retryAfterSeconds });
  }
}

/**
 * A part of Kindred this request needs is not answering. Said at once rather than after a
 * long wait; the person tries again shortly, and nothing they sent before was lost.
 */
export class ServiceUnavailableError extends KindredError {
  constructor(message: UserMessage = CoreMessages.SERVICE_UNAVAILABLE(), retryAfterSeconds = 30) {
    super(ErrorCode.ServiceUnavailable, message, { retryAfterSeconds });
  }
}
