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
