import { checkA11y, expect, snap, test } from './fixtures';
import { stackValue } from './stack';

const GRAPHQL_WS = 'graphql-transport-ws';

test('the served page carries the strict policy, runs under it, and passes axe', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  // The page's own scripts ran: a module script blocked by the policy would leave <body> untouched or log a violation.
  await expect(page.locator('h1, [role="main"], main').first()).toBeVisible();
  await checkA11y(page);
  await snap(page, 'smoke-home');
});

test('the policy lets the page reach graphql-ws on its own host and nowhere else', async ({ page, cspViolations }) => {
  await page.goto('/');
  const opened = await page.evaluate(
    ([url, protocol]) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(url, protocol);
        // Open is what the policy decides; signing in on the socket is the API's business.
        socket.onopen = () => {
          resolve('open');
          socket.close();
        };
        socket.onerror = () => resolve('refused');
      }),
    [`${stackValue('baseUrl').replace(/^http/, 'ws')}/graphql`, GRAPHQL_WS],
  );
  expect(opened).toBe('open');

  const otherHost = `${stackValue('baseUrl').replace(/^http:\/\/127\.0\.0\.1/, 'ws://localhost')}/graphql`;
  const refused = await page.evaluate((url) => {
    try {
      const socket = new WebSocket(url);
      return new Promise<string>((resolve) => (socket.onerror = () => resolve('refused')));
    } catch {
      return 'refused';
    }
  }, otherHost);
  expect(refused).toBe('refused');
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  // That violation was this test's point; any other still fails the test.
  expect(cspViolations.splice(0).every((violation) => violation.includes('connect-src'))).toBe(true);
});
