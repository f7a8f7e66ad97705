import { measureSupportNow } from '@kindred/test-support/support-now-bench';

/** The "I need support now" benchmark at a tiny size, so it keeps working; figures are printed by the bench, never asserted. */
describe('support-now benchmark (three calls)', () => {
  it('measures every responder’s live alert and push for every call', async () => {
    const figures = await measureSupportNow(3);
    for (const arrivals of [figures.live, figures.push]) {
      expect(arrivals.samples.length + arrivals.missed).toBe(6);
      expect(arrivals.samples.length).toBeGreaterThan(0);
      expect(arrivals.p99).toBeGreaterThanOrEqual(arrivals.p50);
    }
  }, 120_000);
});
