import type { Redis } from 'ioredis';
import pino from 'pino';
import { KindredError } from '../graphql/errors';
import { RateLimiter, type RateLimit } from './rate-limiter';

/** Just enough of a Redis client: its state, and what one MULTI answers. */
function redisAnswering(status: string, replies: [null, number][] = []): Redis {
  const chain = { incr: () => chain, pexpire: () => chain, pttl: () => chain, exec: () => Promise.resolve(replies) };
  return { status, multi: () => chain } as unknown as Redis;
}

const rule = (whenUncounted: RateLimit['whenUncounted']): RateLimit => ({ name: 'test', limit: 3, windowSeconds: 3600, whenUncounted });
const codeOf = async (work: Promise<void>): Promise<string> =>
  work.then(
    () => 'ok',
    (error: unknown) => (error instanceof KindredError ? error.code : String(error)),
  );

describe('RateLimiter', () => {
  const logger = pino({ level: 'silent' });

  it('refuses past the limit, saying when to try again from the window left', async () => {
    const limiter = new RateLimiter(
      redisAnswering('ready', [
        [null, 4],
        [null, 0],
        [null, 1_800_000],
      ]),
      logger,
    );
    const refusal = await limiter.consume(rule('refuse'), 'someone').catch((error: unknown) => error as KindredError);
    expect(refusal).toBeInstanceOf(KindredError);
    expect((refusal as KindredError).code).toBe('RATE_LIMITED');
    expect((refusal as KindredError).extensions['retryAfterSeconds']).toBe(1800);
  });

  it('while Redis cannot count, lets through what a limit allows and refuses at once what it refuses', async () => {
    const down = redisAnswering('reconnecting');
    expect(await codeOf(new RateLimiter(down, logger).consume(rule('allow'), 'someone'))).toBe('ok');
    expect(await codeOf(new RateLimiter(down, logger).consume(rule('refuse'), 'someone'))).toBe('SERVICE_UNAVAILABLE');
  });
});
