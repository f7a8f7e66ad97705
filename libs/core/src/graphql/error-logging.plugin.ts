import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import type { Logger } from 'pino';
import { KindredError } from './errors';
import type { GraphqlContext } from './graphql-context';

/** Whether an error was anticipated (a person's mistake or a rule) rather than a fault of ours. */
export function isExpectedError(error: unknown): boolean {
  return error instanceof KindredError || error instanceof HttpException;
}

/**
 * Logs unexpected resolver errors with the request id and operation name, so a person's
 * "something went wrong" can be traced. Variables and documents are never logged.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(requestContext) {
          for (const error of requestContext.errors) {
            if (!error.path) continue; // Parse and validation errors are the client's, and answered as such.
            const original = unwrapResolverError(error);
            if (isExpectedError(original)) continue;
            logger.error(
              {
                requestId: requestContext.contextValue.requestId,
                operationName: requestContext.operationName ?? null,
                path: error.path.join('.'),
                err: original,
              },
              'unexpected error in a GraphQL operation',
            );
          }
        },
      };
    },
  };
}
