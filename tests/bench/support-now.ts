/**
 * Benchmark: time from pressing "I need support now" to each consenting responder receiving
 * the alert live (p50, p99) over ALERTS calls (100 by default), through the real API.
 *
 * Run: `npm run bench:support-now` (optionally ALERTS=…). It prints figures and asserts
 * nothing; the integration suite runs the same measurement with three calls so it cannot rot.
 */
import { measureSupportNow } from '@kindred/test-support/support-now-bench';
import setUpTemplate from '@kindred/test-support/integration-global-setup';
import tearDownTemplate from '@kindred/test-support/integration-global-teardown';

async function main(): Promise<void> {
  // The in-process API copies the migrated template database, as integration tests do.
  await setUpTemplate();
  const figures = await measureSupportNow(Number(process.env['ALERTS'] ?? 100)).finally(() => tearDownTemplate());
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  process.stdout.write(
    [
      `support now: ${figures.alerts} calls, ${figures.samples.length} live alerts heard by 2 responders, ${figures.missed} not heard within 10 s`,
      `tap → responder's live alert: p50 ${ms(figures.p50)}, p99 ${ms(figures.p99)}, max ${ms(figures.max)}`,
    ].join('\n') + '\n',
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exit(1);
  },
);
