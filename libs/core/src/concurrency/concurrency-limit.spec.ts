import { ConcurrencyLimit } from './concurrency-limit';

class Busy extends Error {}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimit', () => {
  it('runs at most the given number at once, the others in arrival order', async () => {
    const limit = new ConcurrencyLimit({ concurrency: 2, maxWaiting: 10, whenFull: () => new Busy() });
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const tasks = gates.map((gate, index) =>
      limit.run(async () => {
        started.push(index);
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await gate.promise;
        running--;
        return index;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(mostAtOnce).toBe(2);
  });

  it('refuses at once when the wait queue is full, and takes callers again once it drains', async () => {
    const limit = new ConcurrencyLimit({ concurrency: 1, maxWaiting: 1, whenFull: () => new Busy('busy') });
    const gate = deferred();
    const first = limit.run(() => gate.promise);
    const second = limit.run(async () => 'second');
    await expect(limit.run(async () => 'third')).rejects.toBeInstanceOf(Busy);
    gate.resolve();
    await first;
    expect(await second).toBe('second');
    expect(await limit.run(async () => 'later')).toBe('later');
  });

  it('frees the turn of a task that failed', async () => {
    const limit = new ConcurrencyLimit({ concurrency: 1, maxWaiting: 0, whenFull: () => new Busy() });
    await expect(limit.run(() => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await limit.run(async () => 'next')).toBe('next');
  });
});
