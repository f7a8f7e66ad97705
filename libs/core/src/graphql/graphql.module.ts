import { randomUUID } from 'node:crypto';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { errorLoggingPlugin } from './error-logging.plugin';
import { createErrorFormatter } from './format-error';
import type { GraphqlContext } from './graphql-context';
import { queryLimitProtection } from './query-limits';

export const GRAPHQL_PATH = '/graphql';

interface WebSocketContextArgs {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: { request?: { headers?: Record<string, string | string[] | undefined> } };
}

function isFastifyRequest(value: unknown): value is FastifyRequest {
  return typeof value === 'object' && value !== null && 'raw' in value && 'id' in value;
}

function buildContext(args: unknown[]): GraphqlContext {
  const [first, second] = args;
  if (isFastifyRequest(first)) {
    return { requestId: String(first.id), transport: 'http', req: first, reply: second as FastifyReply };
  }
  const socket = (first ?? {}) as WebSocketContextArgs;
  return {
    requestId: randomUUID(),
    transport: 'websocket',
    connectionParams: socket.connectionParams ?? {},
  };
}

/**
 * Apollo Server 5 on Fastify, code-first. HTTP POST and graphql-ws subscriptions share
 * /graphql; both get the same query limits, error formatting and context shape.
 */
@Module({})
export class KindredGraphqlModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    const limits = queryLimitProtection({ blockFieldSuggestions: config.isProduction });
    const rules = [...specifiedRules, ...limits.validationRules];
    // Nest's type omits graphql-ws's `validate`, but passes it through: subscriptions get
    // the same query limits as HTTP.
    const graphqlWs: GraphQLWsSubscriptionsConfig = Object.assign(
      { path: GRAPHQL_PATH },
      { validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, rules) },
    );
    return {
      module: KindredGraphqlModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: GRAPHQL_PATH,
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !config.isProduction,
          graphiql: false,
          playground: false,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: config.isDevelopment,
          hideSchemaDetailsFromClientErrors: config.isProduction,
          autoTransformHttpErrors: false,
          // Apollo ships CommonJS and ESM builds whose plugin types differ only nominally.
          plugins: [
            ...(limits.plugins as NonNullable<ApolloDriverConfig['plugins']>),
            errorLoggingPlugin(logger) as NonNullable<ApolloDriverConfig['plugins']>[number],
          ],
          validationRules: limits.validationRules,
          formatError: createErrorFormatter({ exposeDetails: config.isDevelopment }),
          context: (...args: unknown[]) => buildContext(args),
          subscriptions: {
            'graphql-ws': graphqlWs,
          },
        }),
      ],
    };
  }
}
