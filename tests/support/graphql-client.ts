import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POST /graphql, as any client would. */
export async function graphql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  accessToken?: string,
): Promise<GraphqlResponse<T>> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>) };
}

/** A graphql-ws client over a real WebSocket to the API, signed in when given a token. */
export function webSocketClient(apiUrl: string, accessToken?: string, onClosed?: (code: number) => void): Client {
  return createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
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
