/**
 * Benchmark: time from pressing "I need support now" to each consenting responder receiving
 * the alert live and at their push endpoint (p50, p99) over ALERTS calls (100 by default),
 * through the real API and worker.
 *
 * Run: `npm run bench:support-now` (optionally ALERTS=…). It prints figures and asserts
 * nothing; the integration suite runs the same measurement with three calls so it cannot rot.
 */
import { loadavg } from 'node:os';
import { measureSupportNow, type ArrivalFigures } from '@kindred/test-support/support-now-bench';
import setUpTemplate from '@kindred/test-support/integration-global-setup';
import tearDownTemplate from '@kindred/test-support/integration-global-teardown';

async function main(): Promise<void> {
  // The in-process API copies the migrated template database, as integration tests do.
  await setUpTemplate();
  const figures = await measureSupportNow(Number(process.env['ALERTS'] ?? 100)).finally(() => tearDownTemplate());
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const line = (what: string, arrivals: ArrivalFigures) =>
    `tap → ${what}: p50 ${ms(arrivals.p50)}, p99 ${ms(arrivals.p99)}, max ${ms(arrivals.max)} (${arrivals.samples.length} arrived, ${arrivals.missed} not within 10 s)`;
  process.stdout.write(
    [
      `support now: ${figures.alerts} calls to 2 consenting responders, one after another; load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
      line('responder’s live alert', figures.live),
      line('responder’s push endpoint', figures.push),
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
