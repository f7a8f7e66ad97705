import { randomUUID } from 'node:crypto';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { specifiedRules, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { Authenticator } from '../auth/authenticator';
import type { AppConfig } from '../config/app-config';
import { checkArgumentsBeforeResolving } from './argument-checks';
import { errorLoggingPlugin, GraphqlErrorPassThrough, logGraphqlError } from './error-logging';
import { createErrorFormatter } from './format-error';
import type { GraphqlContext } from './graphql-context';
import { QUERY_LIMITS, queryLimitProtection } from './query-limits';

export const GRAPHQL_PATH = '/graphql';

interface WebSocketContextArgs {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: { request?: { headers?: Record<string, string | string[] | undefined> } };
}

function isFastifyRequest(value: unknown): value is FastifyRequest {
  return typeof value === 'object' && value !== null && 'raw' in value && 'id' in value;
}

function bearerFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1] ?? null;
}

function buildContext(args: unknown[]): GraphqlContext {
  const [first, second] = args;
  if (isFastifyRequest(first)) {
    return {
      requestId: String(first.id),
      transport: 'http',
      req: first,
      reply: second as FastifyReply,
      bearerToken: bearerFrom(first.headers.authorization),
      clientIp: first.ip,
    };
  }
  const socket = (first ?? {}) as WebSocketContextArgs;
  const connectionParams = socket.connectionParams ?? {};
  return {
    requestId: randomUUID(),
    transport: 'websocket',
    connectionParams,
    bearerToken: bearerFrom(connectionParams['authorization'] ?? connectionParams['Authorization']),
    clientIp: null,
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
    const formatError = createErrorFormatter({ exposeDetails: config.isDevelopment, hideSuggestions: config.isProduction });
    // graphql-ws sends errors as they are: they are logged and formatted here as Apollo does over HTTP.
    const reportErrors = (payload: SubscribePayload, context: GraphqlContext | undefined, errors: readonly GraphQLError[]) => {
      const site = { requestId: context?.requestId ?? null, operationName: payload.operationName ?? null, transport: 'websocket' as const };
      for (const error of errors) logGraphqlError(logger, error, site);
      return errors.map((error) => formatError(error.toJSON(), error));
    };
    const webSocketOptions = (moduleRef: ModuleRef): GraphQLWsSubscriptionsConfig =>
      // Nest's type omits graphql-ws's `validate`, but passes it through: subscriptions get
      // the same query limits as HTTP.
      Object.assign(
        {
          path: GRAPHQL_PATH,
          // A signed-in subscriber is checked again before every event: once their session is
          // revoked, or they lose a role they held when subscribing, the socket is closed
          // before the event is sent. The client may reconnect and be authorized afresh.
          onNext: async (
            context: Context<Record<string, unknown> | undefined, unknown>,
            _id: string,
            payload: SubscribePayload,
            args: ExecutionArgs,
            result: ExecutionResult,
          ) => {
            const graphqlContext = args.contextValue as GraphqlContext | undefined;
            const viewer = graphqlContext?.viewer;
            if (viewer) {
              const authenticator = moduleRef.get(Authenticator, { strict: false });
              const current = await authenticator.viewerForSession(viewer.sessionId);
              if (!current || viewer.roles.some((role) => !current.roles.includes(role))) {
                (context.extra as Extra).socket.close(4403, 'Forbidden');
              }
            }
            return result.errors ? { ...result, errors: reportErrors(payload, graphqlContext, result.errors) } : undefined;
          },
          onError: (_context: unknown, _id: string, payload: SubscribePayload, errors: readonly GraphQLError[]) => reportErrors(payload, undefined, errors),
        },
        { validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, rules) },
      );

    return {
      module: KindredGraphqlModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ModuleRef],
          useFactory: (moduleRef: ModuleRef) => ({
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
          formatError,
          // graphql-js counts tokens while parsing, so an over-long document is a syntax
          // error (400, GRAPHQL_PARSE_FAILED) like any other.
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          transformSchema: checkArgumentsBeforeResolving,
          context: (...args: unknown[]) => buildContext(args),
          subscriptions: {
            'graphql-ws': webSocketOptions(moduleRef),
          },
          }),
        }),
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphqlErrorPassThrough }],
    };
  }
}
