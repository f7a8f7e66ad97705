import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { specifiedRules } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { AcknowledgementWords } from './acknowledgement-words.resolver';
import { checkArgumentsBeforeResolving } from './argument-checks';
import { bearerFrom } from './bearer-token';
import { ErrorLanguage, ErrorLanguagePlugin } from './error-language';
import { errorLoggingPlugin, GraphqlErrorPassThrough } from './error-logging';
import { createErrorFormatter } from './format-error';
import type { GraphqlContext } from './graphql-context';
import { GRAPHQL_PATH } from './graphql-path';
import { GraphqlWebSocketServer, WEBSOCKET_VALIDATION_RULES } from './graphql-ws-server';
import { LiveConnections } from './live-connections';
import { QUERY_LIMITS, queryLimitProtection } from './query-limits';
import { GraphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';

export { GRAPHQL_PATH } from './graphql-path';

function httpContext(request: FastifyRequest, reply: FastifyReply): GraphqlContext {
  return {
    requestId: String(request.id),
    transport: 'http',
    req: request,
    reply,
    bearerToken: bearerFrom(request.headers.authorization),
    clientIp: request.ip,
  };
}

/**
 * Apollo Server 5 on Fastify, code-first, for HTTP POST; graphql-ws on the same path is
 * served by GraphqlWebSocketServer, with its own limits. Both get the same query limits,
 * argument checks, error codes, error language, error logging and context shape.
 */
@Module({})
export class KindredGraphqlModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    const limits = queryLimitProtection({ blockFieldSuggestions: config.isProduction, exemptIntrospection: config.isDevelopment });
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
            // Every answer is `cache-control: no-store` (http-hardening), so Apollo's cache hints,
            // worked out field by field on every request, would never be used.
            ApolloServerPluginCacheControlDisabled() as NonNullable<ApolloDriverConfig['plugins']>[number],
          ],
          validationRules: limits.validationRules,
          formatError: createErrorFormatter({ exposeDetails: config.isDevelopment, hideSuggestions: config.isProduction }),
          // graphql-js counts tokens while parsing, so an over-long document is a syntax
          // error (400, GRAPHQL_PARSE_FAILED) like any other.
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          // The schema both transports execute (GraphQLSchemaHost holds the transformed one).
          transformSchema: checkArgumentsBeforeResolving,
          context: (request: FastifyRequest, reply: FastifyReply) => httpContext(request, reply),
        }),
      ],
      providers: [
        { provide: WEBSOCKET_VALIDATION_RULES, useValue: [...specifiedRules, ...limits.validationRules] },
        { provide: APP_FILTER, useClass: GraphqlErrorPassThrough },
        LiveConnections,
        GraphqlWebSocketServer,
        GraphqlMetricsPlugin,
        ErrorLanguage,
        ErrorLanguagePlugin,
        AcknowledgementWords,
      ],
    };
  }
}
