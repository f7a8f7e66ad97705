import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';

/** At most one warning a minute, without the address: a flood must not become a log flood. */
const WARNING_INTERVAL_MS = 60_000;

/**
 * Caps the connections one client address holds at once. A connection over the cap is
 * dropped as soon as it is accepted, so one machine opening thousands of slow connections
 * cannot use up the file descriptors everyone else needs. WebSockets count too: they are
 * connections of the same server.
 */
export function limitConnectionsPerAddress(server: Server, maxPerAddress: number, logger: Logger): void {
  const open = new Map<string, number>();
  let refused = 0;
  let lastWarningAt = 0;
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (!address) return;
    const count = (open.get(address) ?? 0) + 1;
    if (count > maxPerAddress) {
      socket.destroy();
      refused++;
      if (Date.now() - lastWarningAt >= WARNING_INTERVAL_MS) {
        logger.warn({ refused, maxPerAddress }, 'connections refused: one address held too many at once');
        lastWarningAt = Date.now();
        refused = 0;
      }
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
