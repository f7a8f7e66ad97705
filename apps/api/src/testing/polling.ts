/**
 * Reads again, with a short pause, until `done` accepts the value or `timeoutMs` passes: for
 * what the worker does at its own pace. Waiting is never the assertion; the caller asserts on
 * the value returned.
 */
export async function waitFor<T>(read: () => T | Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  let last: T | undefined;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    last = await read();
    if (done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}: ${JSON.stringify(last)}`);
}
