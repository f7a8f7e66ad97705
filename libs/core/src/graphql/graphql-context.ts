import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from '../auth/viewer';

/** How an operation reached the API. */
export type GraphqlTransport = 'http' | 'websocket';

/** What every resolver receives as its context, over HTTP and over WebSocket alike. */
export interface GraphqlContext {
  /** Correlates log lines of one request; echoed to HTTP clients as x-request-id. */
  requestId: string;
  transport: GraphqlTransport;
  req?: FastifyRequest;
  reply?: FastifyReply;
  /** The graphql-ws connection_init payload (credentials travel here over WebSocket). */
  connectionParams?: Readonly<Record<string, unknown>>;
  /** The caller's bearer token, from the Authorization header or connectionParams. */
  bearerToken: string | null;
  /** The client's IP address (HTTP only), for rate limits. */
  clientIp: string | null;
  /** Set once per operation by the access guard: the signed-in person, or null. */
  viewer?: Viewer | null;
}
