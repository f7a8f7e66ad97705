import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** The Set-Cookie lines of the response (browser sessions, `x-kindred-client: web`). */
  setCookies?: string[];
}

export interface RequestOptions {
  /**
   * Local address to send from (any 127.x.y.z reaches the API on Linux). Per-IP rate limits
   * are shared by every test file of a run, so a file that signs in or registers a lot
   * sends from its own address: see `clientAddressFor`.
   */
  sourceAddress?: string;
  /** More request headers, e.g. `x-kindred-client: web` to be answered as a browser. */
  headers?: Record<string, string>;
}

/** POST /graphql, as any client would. */
export async function graphql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  accessToken?: string,
  options: RequestOptions = {},
): Promise<GraphqlResponse<T>> {
  const headers = {
    'content-type': 'application/json',
    ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    ...options.headers,
  };
  const body = JSON.stringify({ query, variables });
  if (options.sourceAddress) return postFrom<T>(options.sourceAddress, `${apiUrl}/graphql`, headers, body);
  const response = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers, body });
  const setCookies = response.headers.getSetCookie();
  return { status: response.status, ...(setCookies.length > 0 ? { setCookies } : {}), ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>) };
}

/** A loopback address of this test file's own (127.x.y.z, never 127.0.0.1), stable from run to run. */
export function clientAddressFor(testFile: string): string {
  const [a = 0, b = 0, c = 0] = createHash('sha256').update(testFile).digest();
  return `127.${a}.${b}.${Math.max(2, Math.min(c, 254))}`;
}

function postFrom<T>(localAddress: string, url: string, headers: Record<string, string>, body: string): Promise<GraphqlResponse<T>> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      // A connection of its own (agent: false): a kept-alive socket may be closed by the server
      // while this process is blocked (grantRoleWithCli runs synchronously), and reusing it then
      // fails with "socket hang up".
      { method: 'POST', localAddress, agent: false, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              ...(response.headers['set-cookie'] ? { setCookies: response.headers['set-cookie'] } : {}),
              ...(JSON.parse(text) as Omit<GraphqlResponse<T>, 'status' | 'setCookies'>),
            });
          } catch {
            reject(new Error(`not a GraphQL response (HTTP ${response.statusCode ?? '?'}): ${text.slice(0, 200)}`));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A graphql-ws client over a real WebSocket to the API, signed in when given a token. */
export function webSocketClient(apiUrl: string, accessToken?: string, onClosed?: (code: number) => void): Client {
  return createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    // With 0 (the default) the socket is closed the moment the last subscription ends, and a
    // subscription started in that instant rides the closing socket and completes without a
    // result (graphql-ws 6 client). Keeping the socket a moment lets the next one reuse it.
    lazyCloseTimeout: 1000,
    connectionParams: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    on: { closed: (event) => onClosed?.((event as { code: number }).code) },
  });
}

/** The first result of a subscription, or its error. */
export function firstResult<T>(client: Client, query: string, variables: Record<string, unknown>): Promise<GraphqlResponse<T>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (settled) return;
          settled = true;
          dispose();
          resolve({ status: 200, data: result.data as T | null | undefined, errors: result.errors as GraphqlResponse<T>['errors'] });
        },
        error: (error) => {
          if (settled) return;
          settled = true;
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => {
          if (!settled) reject(new Error('subscription completed without a result'));
        },
      },
    );
  });
}
