import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What one subscriber heard: every result, and whether the stream ended. */
export interface Heard {
  results: { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] }[];
  ended: boolean;
}

/**
 * Subscribers on sockets of their own, for authorization tests over graphql-ws. `listen`
 * resolves once the socket is open; `dispose` closes every socket.
 */
export class LiveListeners {
  private readonly clients: Client[] = [];

  constructor(private readonly url: string) {}

  async listen(accessToken: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Heard> {
    const heard: Heard = { results: [], ended: false };
    let connected!: () => void;
    const open = new Promise<void>((resolve) => (connected = resolve));
    const client = createClient({
      url: this.url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
      on: { connected: () => connected() },
    });
    this.clients.push(client);
    client.subscribe(
      { query, variables },
      {
        next: (result) => heard.results.push(result as Heard['results'][number]),
        error: () => (heard.ended = true),
        complete: () => (heard.ended = true),
      },
    );
    await open;
    return heard;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.dispose()));
  }
}

/** Waits until `check` passes or two seconds have gone; the caller then asserts. */
export async function settle(check: () => boolean): Promise<void> {
  for (let waited = 0; waited < 2000 && !check(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
}
