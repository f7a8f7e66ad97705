/** The part of an ioredis client this needs: its connection state and its events. */
export interface RedisConnection {
  readonly status: string;
  once(event: 'ready' | 'close' | 'end', listener: () => void): unknown;
  removeListener(event: 'ready' | 'close' | 'end', listener: () => void): unknown;
}

/** How long a request waits for Redis before going on without it (or refusing, by the caller's choice). */
export const REDIS_REQUEST_DEADLINE_MS = 500;
/** After Redis missed a deadline, how long every caller skips it rather than wait in turn. */
const SKIP_AFTER_MISS_MS = 1000;
/** A connection being opened (a fresh process, or a reconnect that reached the server): worth waiting for. */
const OPENING = new Set(['connecting', 'connect']);

/**
 * Every client of a process talks to the one Redis of REDIS_URL: once it has missed a
 * deadline (frozen, or unreachable while the socket still looks open), the next callers fail
 * at once for a moment, so a request touching Redis several times waits for it once.
 */
let skipRedisUntil = 0;

/** Redis is not connected, or did not answer within the deadline. */
export class RedisUnavailableError extends Error {
  constructor(reason: string) {
    super(`Redis is unavailable: ${reason}`);
    this.name = 'RedisUnavailableError';
  }
}

/**
 * Resolves once a connection being opened is ready; fails at once when it is closed or
 * waiting to retry (Redis stopped), so nobody waits on a Redis that is known to be away.
 */
function whenReady(connection: RedisConnection): Promise<void> {
  if (connection.status === 'ready') return Promise.resolve();
  if (!OPENING.has(connection.status)) return Promise.reject(new RedisUnavailableError(`connection is ${connection.status}`));
  return new Promise<void>((resolve, reject) => {
    const settle = (outcome: () => void) => () => {
      connection.removeListener('ready', onReady);
      connection.removeListener('close', onClosed);
      connection.removeListener('end', onClosed);
      outcome();
    };
    const onReady = settle(resolve);
    const onClosed = settle(() => reject(new RedisUnavailableError('connection closed while opening')));
    connection.once('ready', onReady);
    connection.once('close', onClosed);
    connection.once('end', onClosed);
  });
}

/**
 * Runs `work` against Redis once the client is connected (waiting for a connection still
 * being opened, as at start-up), and stops waiting after `deadlineMs`. ioredis would
 * otherwise hold a command until Redis comes back (a stopped server) or forever (a frozen
 * one), and the person waiting with it. Work abandoned at the deadline may still complete
 * later; callers make that harmless (stable job ids, counters). `client` may be a promise
 * (BullMQ hands out its connection that way).
 */
export async function withinRedisDeadline<T>(
  client: RedisConnection | Promise<RedisConnection>,
  work: () => Promise<T>,
  deadlineMs = REDIS_REQUEST_DEADLINE_MS,
): Promise<T> {
  if (Date.now() < skipRedisUntil) throw new RedisUnavailableError('it missed a deadline a moment ago');
  let timer: NodeJS.Timeout | undefined;
  let answered = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Timers run before pending I/O in each turn of the event loop: after the process was
      // busy for longer than the deadline, an answer that did arrive in time would lose to
      // the timer. Giving up only after the I/O of this turn has been read tells a slow
      // Redis from a busy process.
      setImmediate(() => {
        if (answered) return;
        skipRedisUntil = Date.now() + SKIP_AFTER_MISS_MS;
        reject(new RedisUnavailableError(`no answer within ${deadlineMs} ms`));
      });
    }, deadlineMs);
  });
  try {
    const connection = await Promise.race([client, deadline]);
    await Promise.race([whenReady(connection), deadline]);
    return await Promise.race([work(), deadline]);
  } finally {
    answered = true;
    clearTimeout(timer);
  }
}
