import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ErrorCode } from './error-codes';
import { KindredError } from './errors';
import { isRefusedRequest } from './format-error';
import type { GraphqlContext } from './graphql-context';

/** Whether an error was anticipated (a person's mistake, or a rule saying no) rather than a fault of ours. */
export function isExpectedError(error: unknown): boolean {
  if (error instanceof KindredError) return true;
  if (error instanceof HttpException) return error.getStatus() < 500;
  return isRefusedRequest(error);
}

function codeOf(error: unknown): string {
  if (error instanceof HttpException) return String(error.getStatus());
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  return typeof code === 'string' ? code : ErrorCode.BadUserInput;
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
