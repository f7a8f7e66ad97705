/** The part of an ioredis client this needs: its connection state. */
export interface RedisConnection {
  readonly status: string;
}

/** How long a request waits for Redis before going on without it (or refusing, by the caller's choice). */
export const REDIS_REQUEST_DEADLINE_MS = 500;
/** After Redis missed a deadline, how long every caller skips it rather than wait in turn. */
const SKIP_AFTER_MISS_MS = 1000;

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
 * Runs `work` against Redis only if the client is connected, and stops waiting after
 * `deadlineMs`. ioredis would otherwise hold a command until Redis comes back (a stopped
 * server) or forever (a frozen one), and the person waiting with it. Work abandoned at the
 * deadline may still complete later; callers make that harmless (stable job ids, counters).
 * `client` may be a promise (BullMQ hands out its connection that way).
 */
export async function withinRedisDeadline<T>(
  client: RedisConnection | Promise<RedisConnection>,
  work: () => Promise<T>,
  deadlineMs = REDIS_REQUEST_DEADLINE_MS,
): Promise<T> {
  if (Date.now() < skipRedisUntil) throw new RedisUnavailableError('it missed a deadline a moment ago');
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      skipRedisUntil = Date.now() + SKIP_AFTER_MISS_MS;
      reject(new RedisUnavailableError(`no answer within ${deadlineMs} ms`));
    }, deadlineMs);
  });
  try {
    const connection = await Promise.race([client, deadline]);
    if (connection.status !== 'ready') throw new RedisUnavailableError(`connection is ${connection.status}`);
    return await Promise.race([work(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
