export interface ConcurrencyLimitOptions {
  /** How many run at once. */
  concurrency: number;
  /** How many may wait for a turn; one more is refused at once. */
  maxWaiting: number;
  /** The error a refused caller gets. */
  whenFull: () => Error;
}

/**
 * Runs at most `concurrency` tasks at once, in arrival order, with a bounded wait. For work
 * that would otherwise take every thread or core from everything else (password hashing),
 * and where waiting without bound would only move the pile-up into memory.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: ConcurrencyLimitOptions) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.options.concurrency) {
      this.running++;
    } else {
      if (this.waiting.length >= this.options.maxWaiting) throw this.options.whenFull();
      // The finishing task hands its turn over, so `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
