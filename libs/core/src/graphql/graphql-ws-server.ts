import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getOperationAST, validate, type ExecutionArgs, type GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type FormattedExecutionResult, type Server } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logging.module';
import { bearerFromConnectionParams } from './bearer-token';
import { ErrorCode } from './error-codes';
import { ErrorLanguage } from './error-language';
import { logGraphqlError, type GraphqlErrorSite } from './error-logging';
import { CoreMessages } from '../core.messages';
import { KindredError } from './errors';
import { createErrorFormatter } from './format-error';
import type { GraphqlContext } from './graphql-context';
import { GRAPHQL_PATH } from './graphql-path';
import { LiveConnections, type LiveConnection } from './live-connections';
import { KindredMetrics } from '../metrics/kindred-metrics';
import { countErrorCodes, operationLabels } from '../metrics/graphql-metrics.plugin';

/** The validation rules of every WebSocket operation: the same query limits as over HTTP. */
export const WEBSOCKET_VALIDATION_RULES = Symbol('WEBSOCKET_VALIDATION_RULES');

/** graphql-ws's own keep-alive: a socket that does not answer a ping within this long is dropped. */
const KEEP_ALIVE_MS = 12_000;

const GOING_AWAY = { code: 1001, reason: 'Going away' } as const;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
  connection?: LiveConnection;
  /** The socket's running operations by id: their metric labels and when they started. */
  running: Map<string, { labels: ReturnType<typeof operationLabels>; startedAt: bigint }>;
}

/**
 * graphql-ws on /graphql, with its limits: a socket is admitted by LiveConnections (signed
 * in, a bounded number per person) and watched by it until it closes; one socket runs a
 * bounded number of operations at once; a message is at most WS_MAX_MESSAGE_BYTES (ws
 * closes with 1009 past it, before buffering more). Errors get the same codes and wording
 * as over HTTP.
 */
@Injectable()
export class GraphqlWebSocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private webSockets?: WebSocketServer;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => this.upgrade(request, socket, head);

  constructor(
    private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly connections: LiveConnections,
    private readonly language: ErrorLanguage,
    private readonly metrics: KindredMetrics,
    @Inject(WEBSOCKET_VALIDATION_RULES) private readonly validationRules: readonly ValidationRule[],
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!httpServer) return;
    this.webSockets = new WebSocketServer({
      noServer: true,
      path: GRAPHQL_PATH,
      maxPayload: this.config.webSocketLimits.maxMessageBytes,
      perMessageDeflate: false,
      handleProtocols,
    });
    const graphqlWs = this.graphqlWsServer();
    this.webSockets.on('connection', (socket: WebSocket, request: IncomingMessage) => this.opened(graphqlWs, socket, request));
    httpServer.on('upgrade', this.onUpgrade);
  }

  async onModuleDestroy(): Promise<void> {
    this.adapterHost.httpAdapter?.getHttpServer()?.off('upgrade', this.onUpgrade);
    const webSockets = this.webSockets;
    if (!webSockets) return;
    for (const socket of webSockets.clients) socket.close(GOING_AWAY.code, GOING_AWAY.reason);
    await new Promise<void>((resolve) => webSockets.close(() => resolve()));
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const webSockets = this.webSockets;
    if (!webSockets?.shouldHandle(request)) {
      // Nothing else upgrades: answered and closed, rather than left holding a descriptor.
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    webSockets.handleUpgrade(request, socket, head, (webSocket) => webSockets.emit('connection', webSocket, request));
  }

  private graphqlWsServer(): Server<Extra> {
    const limits = this.config.webSocketLimits;
    const format = createErrorFormatter({ exposeDetails: this.config.isDevelopment, hideSuggestions: this.config.isProduction });
    return makeServer<Record<string, unknown> | undefined, Extra>({
      schema: this.schemaHost.schema,
      validate: (schema, document) => validate(schema, document, this.validationRules),
      context: (ctx): GraphqlContext => {
        const connectionParams = ctx.connectionParams ?? {};
        return {
          requestId: randomUUID(),
          transport: 'websocket',
          connectionParams,
          bearerToken: bearerFromConnectionParams(connectionParams),
          clientIp: null,
        };
      },
      // graphql-ws then closes a refused socket with 4403, which a socket already closing ignores.
      onConnect: async (ctx) => {
        const connection = await this.connections.admit(ctx.extra.socket, ctx.connectionParams ?? {}, ctx.subscriptions);
        if (connection) ctx.extra.connection = connection;
        return connection !== null;
      },
      onSubscribe: (ctx): readonly GraphQLError[] | void => {
        // graphql-ws has already counted this operation among the socket's own.
        if (Object.keys(ctx.subscriptions).length > limits.subscriptionsPerConnection) {
          return [new KindredError(ErrorCode.LimitReached, CoreMessages.LIVE_SUBSCRIPTION_LIMIT({ limit: limits.subscriptionsPerConnection }))];
        }
      },
      onOperation: (ctx, id, _payload, args: ExecutionArgs) => {
        const labels = operationLabels(args.schema, getOperationAST(args.document, args.operationName), 'websocket');
        ctx.extra.running.set(id, { labels, startedAt: process.hrtime.bigint() });
        if (ctx.extra.connection) this.connections.authorized(ctx.extra.connection, (args.contextValue as GraphqlContext | undefined)?.viewer);
      },
      // Checked again before every event: nothing is sent once the socket is closed.
      onNext: async (ctx, _id, payload, args, result): Promise<FormattedExecutionResult | void> => {
        if (ctx.extra.connection) await this.connections.recheck(ctx.extra.connection);
        if (!result.errors) return;
        countErrorCodes(this.metrics, result.errors);
        const context = args.contextValue as GraphqlContext | undefined;
        const site = this.siteOf(payload.operationName, context);
        const formatted = result.errors.map((error) => {
          logGraphqlError(this.logger, error, site);
          return format(error.toJSON(), error);
        });
        return {
          ...result,
          errors: await this.language.translate(formatted, {
            context,
            viewer: context?.viewer ?? ctx.extra.connection?.viewer,
            acceptLanguage: ctx.extra.request.headers['accept-language'],
          }),
        };
      },
      // Errors instead of results (refused before running, or a failing live source) are
      // logged and worded as over HTTP.
      onError: (ctx, id, payload, errors): Promise<GraphQLFormattedError[]> => {
        const site = this.siteOf(payload.operationName, undefined);
        const formatted = errors.map((error) => {
          logGraphqlError(this.logger, error, site);
          // graphql-ws gives its validation errors no code; over HTTP, Apollo names them so.
          const coded =
            error.originalError || error.extensions['code'] ? error.toJSON() : { ...error.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
          return format(coded, error);
        });
        // Refused before it ran, like an HTTP operation that never resolved.
        if (!ctx.extra.running.has(id)) this.metrics.graphqlOperations.inc(operationLabels(this.schemaHost.schema, null, 'websocket'));
        countErrorCodes(this.metrics, formatted);
        // Only signed-in sockets are admitted: the person's own language.
        return this.language.translate(formatted, {
          viewer: ctx.extra.connection?.viewer ?? null,
          acceptLanguage: ctx.extra.request.headers['accept-language'],
        });
      },
      // A query or mutation once answered; a subscription once it ends, whichever side ends it.
      onComplete: (ctx, id) => this.finished(ctx.extra, id),
      onClose: (ctx) => {
        for (const id of ctx.extra.running.keys()) this.finished(ctx.extra, id);
        if (ctx.extra.connection) this.connections.forget(ctx.extra.connection);
      },
    });
  }

  private finished(extra: Extra, id: string): void {
    const operation = extra.running.get(id);
    if (!operation) return;
    extra.running.delete(id);
    this.metrics.graphqlOperations.inc(operation.labels);
    this.metrics.graphqlDuration.observe(operation.labels, Number(process.hrtime.bigint() - operation.startedAt) / 1e9);
  }

  private siteOf(operationName: string | null | undefined, context: GraphqlContext | undefined): GraphqlErrorSite {
    return { requestId: context?.requestId ?? null, operationName: operationName ?? null, transport: 'websocket' };
  }

  /** What graphql-ws's `useServer` does for `ws`, with Kindred's logger instead of the console. */
  private opened(graphqlWs: Server<Extra>, socket: WebSocket, request: IncomingMessage): void {
    // ws has already closed the socket (1009 for an oversized message, 1002 for a bad frame).
    socket.on('error', (error: Error & { code?: string }) => this.logger.debug({ code: error.code }, 'websocket closed for a protocol error'));
    let pongWait: NodeJS.Timeout | undefined;
    const keepAlive = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, KEEP_ALIVE_MS);
    const closed = graphqlWs.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data: Buffer) => {
            handle(data.toString()).catch((error: unknown) => {
              this.logger.error({ err: messageOf(error) }, 'a live operation failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request, running: new Map() },
    );
    socket.once('close', (code: number, reason: Buffer) => {
      clearTimeout(pongWait);
      clearInterval(keepAlive);
      closed(code, reason.toString()).catch((error: unknown) => this.logger.error({ err: messageOf(error) }, 'closing a live connection failed'));
    });
  }
}
