/**
 * Asks `probe` again, with a short pause, until it returns a value (anything but undefined)
 * or the deadline passes. Waiting is never the assertion: the caller asserts on the value.
 */
export async function eventually<T>(
  description: string,
  probe: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 15000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * `eventually` for a value that is always there and only changes: reads again until `done`
 * accepts it, and names the last value read when it gives up.
 */
export async function waitFor<T>(read: () => T | Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  let last: T | undefined;
  try {
    return await eventually(
      what,
      async () => {
        last = await read();
        return done(last) ? last : undefined;
      },
      { timeoutMs, intervalMs: 100 },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last read: ${JSON.stringify(last)}`);
  }
}
