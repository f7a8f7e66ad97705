import { RedisUnavailableError, withinRedisDeadline } from './redis-deadline';

const ready = { status: 'ready' };
const never = (): Promise<string> => new Promise<string>(() => undefined);

describe('withinRedisDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers with what Redis answered in time', async () => {
    await expect(withinRedisDeadline(ready, () => Promise.resolve('PONG'))).resolves.toBe('PONG');
  });

  it('does not even ask a client that is not connected (Redis stopped)', async () => {
    const work = jest.fn(() => Promise.resolve('PONG'));
    await expect(withinRedisDeadline({ status: 'reconnecting' }, work)).rejects.toBeInstanceOf(RedisUnavailableError);
    expect(work).not.toHaveBeenCalled();
  });

  it('gives up at the deadline when Redis does not answer (frozen), then skips it for a moment', async () => {
    const waiting = withinRedisDeadline(ready, never, 500);
    jest.advanceTimersByTime(500);
    await expect(waiting).rejects.toThrow('no answer within 500 ms');

    const work = jest.fn(() => Promise.resolve('PONG'));
    await expect(withinRedisDeadline(ready, work)).rejects.toThrow('missed a deadline a moment ago');
    expect(work).not.toHaveBeenCalled();

    jest.advanceTimersByTime(1000);
    await expect(withinRedisDeadline(ready, work)).resolves.toBe('PONG');
  });

  it('also bounds the wait for a connection handed out as a promise', async () => {
    const waiting = withinRedisDeadline(new Promise<{ status: string }>(() => undefined), () => Promise.resolve('PONG'), 300);
    jest.advanceTimersByTime(300);
    await expect(waiting).rejects.toBeInstanceOf(RedisUnavailableError);
    jest.advanceTimersByTime(1000);
  });
});
