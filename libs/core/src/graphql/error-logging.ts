import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { KindredError } from './errors';
import type { GraphqlContext } from './graphql-context';

/** Codes Apollo and graphql-js give a request they refuse before running it. */
const REFUSED_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Whether an error was anticipated (a person's mistake, or a rule saying no) rather than a fault of ours. */
export function isExpectedError(error: unknown): boolean {
  if (error instanceof KindredError) return true;
  if (error instanceof HttpException) return error.getStatus() < 500;
  // Apollo wraps graphql-js's own parse and validation errors; anything else underneath is a fault.
  if (!(error instanceof GraphQLError) || (error.originalError && !(error.originalError instanceof GraphQLError))) return false;
  const code = error.extensions['code'];
  return typeof code === 'string' && REFUSED_REQUEST_CODES.has(code);
}

function codeOf(error: unknown): string {
  if (error instanceof HttpException) return String(error.getStatus());
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

export interface GraphqlErrorSite {
  requestId: string | null;
  operationName: string | null;
  transport: GraphqlContext['transport'];
}

/**
 * The one place GraphQL errors are logged. A refusal the API meant to give (a code from
 * the agreed list, or a domain code) is one short info line: floods of wrong passwords or
 * forbidden calls stay cheap to log. Anything else is an error with its (redacted) stack.
 */
export function logGraphqlError(logger: Logger, error: GraphQLError, site: GraphqlErrorSite): void {
  const original = unwrapResolverError(error);
  const path = error.path?.join('.') ?? null;
  if (isExpectedError(original)) {
    logger.info({ ...site, path, code: codeOf(original) }, 'request refused');
  } else {
    logger.error({ ...site, path, err: original }, 'unexpected error in a GraphQL operation');
  }
}

/** Logs every error of an HTTP GraphQL request, with its request id and operation name. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(requestContext) {
          const site: GraphqlErrorSite = {
            requestId: requestContext.contextValue.requestId,
            operationName: requestContext.operationName ?? null,
            transport: 'http',
          };
          for (const error of requestContext.errors) logGraphqlError(logger, error, site);
        },
      };
    },
  };
}

/**
 * Lets resolver errors reach GraphQL untouched. Without a filter, Nest logs each one
 * (refusals included) at error level with its stack and raw fields, before GraphQL logs it
 * again; GraphQL errors are logged once, by {@link logGraphqlError}. HTTP routes keep
 * Nest's usual handling.
 */
@Catch()
export class GraphqlErrorPassThrough extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
