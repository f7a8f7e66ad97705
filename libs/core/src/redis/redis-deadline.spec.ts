import { EventEmitter } from 'node:events';
import { RedisUnavailableError, withinRedisDeadline } from './redis-deadline';

/** A client in the given state that can later emit ioredis's connection events. */
function client(status: string): EventEmitter & { status: string } {
  return Object.assign(new EventEmitter(), { status });
}

const ready = client('ready');
/** Lets the awaits inside withinRedisDeadline run, as the fake clock does not. */
const settled = async (): Promise<void> => {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
};
const never = (): Promise<string> => new Promise<string>(() => undefined);

// First: the fake clocks below leave the module's skip-for-a-moment set in the future of the real clock.
describe('withinRedisDeadline in a process that was busy', () => {
  it('takes an answer that arrived in time over a deadline timer that fired in the same turn', async () => {
    const answered = withinRedisDeadline(
      ready,
      () =>
        new Promise<string>((resolve) => {
          // The answer is read from the socket in the same turn the timer fires.
          const start = Date.now();
          while (Date.now() - start < 80);
          setImmediate(() => resolve('PONG'));
        }),
      20,
    );
    await expect(answered).resolves.toBe('PONG');
    await expect(withinRedisDeadline(ready, () => Promise.resolve('again'))).resolves.toBe('again');
  });
});

describe('withinRedisDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers with what Redis answered in time', async () => {
    await expect(withinRedisDeadline(ready, () => Promise.resolve('PONG'))).resolves.toBe('PONG');
  });

  it('does not even ask a client that is not connected (Redis stopped)', async () => {
    const work = jest.fn(() => Promise.resolve('PONG'));
    await expect(withinRedisDeadline(client('reconnecting'), work)).rejects.toBeInstanceOf(RedisUnavailableError);
    expect(work).not.toHaveBeenCalled();
  });

  it('waits for a connection still being opened, as right after start-up', async () => {
    const opening = client('connecting');
    const work = jest.fn(() => Promise.resolve('PONG'));
    const waiting = withinRedisDeadline(opening, work);
    await settled();
    expect(work).not.toHaveBeenCalled();
    opening.status = 'ready';
    opening.emit('ready');
    await expect(waiting).resolves.toBe('PONG');
    expect(opening.listenerCount('close')).toBe(0);
  });

  it('stops waiting for a connection that closes while being opened', async () => {
    const opening = client('connect');
    const waiting = withinRedisDeadline(opening, () => Promise.resolve('PONG'));
    await settled();
    opening.emit('close');
    await expect(waiting).rejects.toThrow('connection closed while opening');
  });

  it('gives up at the deadline when Redis does not answer (frozen), then skips it for a moment', async () => {
    const waiting = withinRedisDeadline(ready, never, 500);
    jest.advanceTimersByTime(500);
    jest.runOnlyPendingTimers();
    await expect(waiting).rejects.toThrow('no answer within 500 ms');

    const work = jest.fn(() => Promise.resolve('PONG'));
    await expect(withinRedisDeadline(ready, work)).rejects.toThrow('missed a deadline a moment ago');
    expect(work).not.toHaveBeenCalled();

    jest.advanceTimersByTime(1000);
    await expect(withinRedisDeadline(ready, work)).resolves.toBe('PONG');
  });

  it('also bounds the wait for a connection handed out as a promise', async () => {
    const waiting = withinRedisDeadline(new Promise<ReturnType<typeof client>>(() => undefined), () => Promise.resolve('PONG'), 300);
    jest.advanceTimersByTime(300);
    jest.runOnlyPendingTimers();
    await expect(waiting).rejects.toBeInstanceOf(RedisUnavailableError);
    jest.advanceTimersByTime(1000);
  });
});
