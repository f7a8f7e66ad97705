import { HttpException } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CoreMessages } from '../core.messages';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { renderMessage } from '../i18n/user-message';
import { ErrorCode } from './error-codes';
import { KindredError, messageExtensions } from './errors';

const INTERNAL = CoreMessages.INTERNAL_ERROR();

/** Codes Apollo and graphql-js produce for a malformed or refused request. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo's or graphql-js's own refusal of a request it could not run (its syntax, its
 * validation, a variable's value): no path, and nothing of ours underneath. graphql-js gives
 * some of these no code: over WebSocket, where Apollo adds none, and when a variable has
 * too many errors to list.
 */
export function isRefusedRequest(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError) || error.path) return false;
  if (error.originalError && !(error.originalError instanceof GraphQLError)) return false;
  const code = error.extensions['code'];
  return code === undefined || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code));
}

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  429: ErrorCode.RateLimited,
};

export interface FormatErrorOptions {
  /** Outside development, stack traces and internal details never reach a client. */
  exposeDetails: boolean;
  /**
   * In production, graphql-js's "Did you mean …?" hints are removed from every message:
   * Apollo removes them from validation errors only, not from a variable's value refused
   * at execution (an unknown enum value, an unknown input field), and they spell out the
   * schema to someone probing it.
   */
  hideSuggestions?: boolean;
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return exception.message;
}

/**
 * Gives every error a code from the agreed list and a message fit for a person. Errors we
 * did not anticipate become INTERNAL_SERVER_ERROR with a generic message (they are logged,
 * with the request id, by the error-logging plugin). The words are English here; ErrorLanguage
 * then says them in the caller's language.
 */
export function createErrorFormatter(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const message = options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    const base = { message, locations: formatted.locations, path: formatted.path };
    const detail = options.exposeDetails ? { stacktrace: formatted.extensions?.['stacktrace'] } : {};

    if (original instanceof KindredError) {
      return { ...base, message: original.message, extensions: { ...original.extensions, ...detail } };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()];
      if (code) return { ...base, message: httpExceptionMessage(original), extensions: { code, ...detail } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { ...base, extensions: { code: ErrorCode.BadUserInput, reason: code, ...detail } };
    }
    if (isRefusedRequest(original)) return { ...base, extensions: { code: ErrorCode.BadUserInput, ...detail } };
    if (typeof code === 'string' && code !== ErrorCode.Internal && Object.values<string>(ErrorCode).includes(code)) {
      return { ...base, extensions: { code, ...detail } };
    }
    return {
      message: options.exposeDetails ? message : (renderMessage(INTERNAL, DEFAULT_LOCALE) ?? message),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.Internal, ...(options.exposeDetails ? {} : messageExtensions(INTERNAL)), ...detail },
    };
  };
}
