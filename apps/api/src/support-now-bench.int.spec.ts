import { measureSupportNow } from '@kindred/test-support/support-now-bench';

/** The "I need support now" benchmark at a tiny size, so it keeps working; figures are printed by the bench, never asserted. */
describe('support-now benchmark (three calls)', () => {
  it('measures every responder’s live alert for every call', async () => {
    const figures = await measureSupportNow(3);
    expect(figures.samples.length + figures.missed).toBe(6);
    expect(figures.samples.length).toBeGreaterThan(0);
    expect(figures.p99).toBeGreaterThanOrEqual(figures.p50);
  }, 120_000);
});
