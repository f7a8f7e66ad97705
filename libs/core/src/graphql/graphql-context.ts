import type { FastifyReply, FastifyRequest } from 'fastify';

/** What every resolver receives as its context, over HTTP and over WebSocket alike. */
export interface GraphqlContext {
  /** Correlates log lines of one request; echoed to HTTP clients as x-request-id. */
  requestId: string;
  transport: 'http' | 'websocket';
  req?: FastifyRequest;
  reply?: FastifyReply;
  /** The graphql-ws connection_init payload (credentials travel here over WebSocket). */
  connectionParams?: Readonly<Record<string, unknown>>;
}
