import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CloseCode } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { Authenticator } from '../auth/authenticator';
import type { PlatformRole } from '../auth/platform-role';
import type { Viewer } from '../auth/viewer';
import { ViewerChanges, type ViewerChange } from '../auth/viewer-changes';
import { AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logging.module';
import { KindredMetrics } from '../metrics/kindred-metrics';
import { bearerFromConnectionParams } from './bearer-token';

/** Close codes a client acts on (graphql-ws clients do not retry 4401 and 4429; they retry 4403). */
const CLOSE = {
  signInAgain: { code: CloseCode.Unauthorized, reason: 'Please sign in again.' },
  accessChanged: { code: CloseCode.Forbidden, reason: 'Your access has changed. Please reconnect.' },
  tooManyConnections: { code: 4429, reason: 'You have many live connections open already. Please close one and try again.' },
} as const;

/** One signed-in socket: whose it is, and every role its operations were allowed with. */
export interface LiveConnection {
  socket: WebSocket;
  viewer: Viewer;
  roles: Set<PlatformRole>;
  /** graphql-ws's own record of the operations running on the socket, by id. */
  operations: Readonly<Record<string, unknown>>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The signed-in sockets of this API copy, by person. A socket belongs to one session: it is
 * admitted with a valid access token only, up to a number per person, and checked again
 * before every event and at once when identity announces that the person's sessions or
 * roles changed. A socket whose session ended is closed with 4401, one that lost a role it
 * held with 4403, so even a subscription that never hears an event ends.
 */
@Injectable()
export class LiveConnections implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly byPerson = new Map<string, Set<LiveConnection>>();
  private changes?: AsyncIterableIterator<ViewerChange>;
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    private readonly viewerChanges: ViewerChanges,
    @Inject(LOGGER) private readonly logger: Logger,
    metrics: KindredMetrics,
  ) {
    metrics.observe('kindred_websocket_connections', 'Signed-in WebSocket connections open on this API copy', [], (gauge) =>
      gauge.set(this.counts().connections),
    );
    metrics.observe('kindred_live_operations', 'GraphQL operations (mostly live subscriptions) running over WebSockets on this API copy', [], (gauge) =>
      gauge.set(this.counts().operations),
    );
  }

  onApplicationBootstrap(): void {
    // Not awaited: with Redis away the API still starts, and listens once Redis is back.
    this.followViewerChanges().catch((error: unknown) => this.logger.error({ err: messageOf(error) }, 'stopped following changes of sessions and roles'));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await this.changes?.return?.();
  }

  /** connection_init: the connection, or null once the socket has been closed with the reason. */
  async admit(
    socket: WebSocket,
    connectionParams: Readonly<Record<string, unknown>>,
    operations: Readonly<Record<string, unknown>>,
  ): Promise<LiveConnection | null> {
    const token = bearerFromConnectionParams(connectionParams);
    const viewer = token ? await this.authenticator().authenticate(token) : null;
    if (!viewer) {
      socket.close(CLOSE.signInAgain.code, CLOSE.signInAgain.reason);
      return null;
    }
    if (socket.readyState !== socket.OPEN) return null;
    const theirs = this.byPerson.get(viewer.userId) ?? new Set<LiveConnection>();
    if (theirs.size >= this.config.webSocketLimits.connectionsPerPerson) {
      socket.close(CLOSE.tooManyConnections.code, CLOSE.tooManyConnections.reason);
      return null;
    }
    const connection: LiveConnection = { socket, viewer, roles: new Set(viewer.roles), operations };
    theirs.add(connection);
    this.byPerson.set(viewer.userId, theirs);
    return connection;
  }

  /** An operation on the socket was allowed as `viewer`: losing any of those roles closes it. */
  authorized(connection: LiveConnection, viewer: Viewer | null | undefined): void {
    for (const role of viewer?.roles ?? []) connection.roles.add(role);
  }

  /** Signed-in sockets open now, and the operations (mostly live subscriptions) running on them. */
  counts(): { connections: number; operations: number } {
    let connections = 0;
    let operations = 0;
    for (const theirs of this.byPerson.values()) {
      connections += theirs.size;
      for (const connection of theirs) operations += Object.keys(connection.operations).length;
    }
    return { connections, operations };
  }

  forget(connection: LiveConnection): void {
    const theirs = this.byPerson.get(connection.viewer.userId);
    theirs?.delete(connection);
    if (theirs?.size === 0) this.byPerson.delete(connection.viewer.userId);
  }

  /** Closes the socket unless its session is still open with every role it was used with. */
  async recheck(connection: LiveConnection): Promise<void> {
    const current = await this.authenticator().viewerForSession(connection.viewer.sessionId);
    if (!current || current.userId !== connection.viewer.userId) {
      connection.socket.close(CLOSE.signInAgain.code, CLOSE.signInAgain.reason);
    } else if ([...connection.roles].some((role) => !current.roles.includes(role))) {
      connection.socket.close(CLOSE.accessChanged.code, CLOSE.accessChanged.reason);
    }
  }

  private authenticator(): Authenticator {
    return this.moduleRef.get(Authenticator, { strict: false });
  }

  private async followViewerChanges(): Promise<void> {
    const changes = await this.viewerChanges.listen();
    this.changes = changes;
    if (this.stopping) await changes.return?.();
    for await (const { userId } of changes) {
      for (const connection of this.byPerson.get(userId) ?? []) {
        this.recheck(connection).catch((error: unknown) => this.logger.warn({ err: messageOf(error) }, 'could not check a live connection again'));
      }
    }
  }
}
