import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What one subscriber heard: every result, and how the stream and its socket ended. */
export interface Heard {
  results: { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] }[];
  /** Errors the server sent instead of results (a refused operation). */
  errors: readonly { message?: string; extensions?: Record<string, unknown> }[];
  ended: boolean;
  /** Set once the server closed the socket: the WebSocket close code. */
  closeCode?: number;
}

/**
 * Subscribers on sockets of their own, for authorization tests over graphql-ws. `listen`
 * resolves once the socket is open (or the server refused it); `dispose` closes every socket.
 */
export class LiveListeners {
  private readonly clients: Client[] = [];

  constructor(private readonly url: string) {}

  async listen(accessToken: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Heard> {
    const heard: Heard = { results: [], errors: [], ended: false };
    let settled!: () => void;
    const open = new Promise<void>((resolve) => (settled = resolve));
    const client = createClient({
      url: this.url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
      on: {
        connected: () => settled(),
        closed: (event) => {
          heard.closeCode = (event as { code: number }).code;
          settled();
        },
      },
    });
    this.clients.push(client);
    client.subscribe(
      { query, variables },
      {
        next: (result) => heard.results.push(result as Heard['results'][number]),
        error: (error) => {
          if (Array.isArray(error)) heard.errors = error as Heard['errors'];
          heard.ended = true;
        },
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
