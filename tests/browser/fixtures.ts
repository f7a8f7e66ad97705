import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import argon2 from 'argon2';
import { Client } from 'pg';
import { graphql } from '@kindred/test-support/graphql-client';
import { eventually } from '@kindred/test-support/polling';
import { linkToken, type ReceivedEmail } from '@kindred/test-support/smtp-inbox';
import { stackValue } from './stack';

export { expect };

const SCREENSHOTS = join(__dirname, 'screenshots');
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and fails on serious or critical violations. axe is evaluated
 * through the DevTools protocol, which the page's CSP does not govern, so the page keeps its
 * real policy and no inline script is needed.
 */
export async function checkA11y(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(blocking, `accessibility problems on ${page.url()}`).toEqual([]);
}

/** Screenshots of the whole page on a phone and on a desktop, to look at: screenshots/<name>-phone.png, -desktop.png. */
export async function snap(page: Page, name: string): Promise<void> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`snap name "${name}": use lower-case letters, digits and dashes`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  // From the top: a sticky header scrolled along would be drawn across the middle of a full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true, animations: 'disabled' });
  }
  if (original) await page.setViewportSize(original);
}

/** The emails the run's worker sent, as the SMTP catcher received them. */
export const inbox = {
  async messages(): Promise<ReceivedEmail[]> {
    const response = await fetch(`${stackValue('inboxUrl')}/messages`);
    return (await response.json()) as ReceivedEmail[];
  },

  /** Waits for an email to `address` whose subject matches. */
  async waitFor(address: string, subject: RegExp, timeoutMs = 15_000): Promise<ReceivedEmail> {
    return eventually(
      `an email to ${address} with subject ${String(subject)}`,
      async () => (await inbox.messages()).find((message) => message.recipients.includes(address.toLowerCase()) && subject.test(message.subject)),
      { timeoutMs, intervalMs: 200 },
    );
  },

  /** The page an emailed link opens, e.g. `inbox.link(email, '/verify-email')` → http://127.0.0.1:…/verify-email?token=…. */
  link(email: ReceivedEmail, path: string): string {
    const baseUrl = stackValue('baseUrl');
    return `${baseUrl}${path}?token=${linkToken(email, baseUrl, path)}`;
  },
};

export interface Person {
  userId: string;
  email: string;
  password: string;
  displayName: string;
  /** A token for setting scenes through the API as this person (not what the page uses). */
  accessToken: string;
}

/** A loopback address of its own for each person, so set-up never meets the per-address sign-up and sign-in limits. */
function freshAddress(): string {
  const [a = 0, b = 0, c = 0] = randomBytes(3);
  return `127.${a}.${b}.${Math.max(2, Math.min(c, 254))}`;
}

async function call<T>(query: string, variables: Record<string, unknown>, options: { accessToken?: string; sourceAddress: string; web?: boolean }) {
  const response = await graphql<T>(stackValue('baseUrl'), query, variables, options.accessToken, {
    sourceAddress: options.sourceAddress,
    ...(options.web ? { headers: { 'x-kindred-client': 'web' } } : {}),
  });
  if (!response.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response;
}

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

/** One argon2id hash per test worker, shared by every scene person: each still signs in for real. */
const SCENE_PASSWORD = 'calm harbour scene password';
let scenePasswordHash: Promise<string> | undefined;

/**
 * A person with a confirmed address, written straight into the run's database and signed in
 * through the API: for scenes whose set-up is not what the test is about. Registering over
 * HTTP cost an argon2 hash, a verification email through the worker and two more requests per
 * person; the journeys in journeys.spec.ts still register and confirm through the pages.
 */
export async function newPerson(options: { displayName?: string; locale?: 'en' | 'fr'; roles?: ('MEMBER' | 'SUPPORTER')[] } = {}): Promise<Person> {
  const sourceAddress = freshAddress();
  const email = `person-${randomBytes(5).toString('hex')}@example.org`;
  const displayName = options.displayName ?? `Person ${randomBytes(2).toString('hex')}`;
  scenePasswordHash ??= argon2.hash(SCENE_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const database = new Client({ connectionString: runEnv()['DATABASE_URL'] });
  await database.connect();
  let userId: string | undefined;
  try {
    const inserted = await database.query<{ id: string }>(
      `INSERT INTO users (email, email_verified_at, password_hash, display_name, locale, roles) VALUES ($1, now(), $2, $3, $4, $5) RETURNING id`,
      [email, await scenePasswordHash, displayName, options.locale ?? 'en', options.roles ?? ['MEMBER']],
    );
    userId = inserted.rows[0]?.id;
  } finally {
    await database.end();
  }
  if (!userId) throw new Error('the scene person was not inserted');
  const login = await call<{ login: { accessToken: string } }>(LOGIN, { email, password: SCENE_PASSWORD }, { sourceAddress });
  return { userId, email, password: SCENE_PASSWORD, displayName, accessToken: login.data?.login.accessToken ?? '' };
}

/** The api's environment, for set-up the API offers no one (appointing an administrator, ageing accounts). */
export function runEnv(): Record<string, string> {
  return JSON.parse(stackValue('runEnv')) as Record<string, string>;
}

/**
 * Signs the person in for the browser: a web login through the API whose session cookies
 * (kindred_refresh, kindred_csrf) are put in the context, as if they had signed in on the
 * page. The app then starts its session with POST /auth/refresh, as after a reload.
 */
export async function signIn(context: BrowserContext, person: Pick<Person, 'email' | 'password'>): Promise<void> {
  const login = await call(LOGIN, { email: person.email, password: person.password }, { sourceAddress: freshAddress(), web: true });
  const url = stackValue('baseUrl');
  const cookies = (login.setCookies ?? []).map((line) => {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const path = attributes.find((attribute) => attribute.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
    const maxAge = Number(attributes.find((attribute) => attribute.toLowerCase().startsWith('max-age='))?.slice(8));
    return {
      name: pair.slice(0, separator),
      value: pair.slice(separator + 1),
      url: `${url}${path}`,
      httpOnly: attributes.some((attribute) => attribute.toLowerCase() === 'httponly'),
      secure: true,
      sameSite: 'Strict' as const,
      ...(Number.isFinite(maxAge) ? { expires: Math.floor(Date.now() / 1000) + maxAge } : {}),
    };
  });
  if (!cookies.some((cookie) => cookie.name === 'kindred_refresh')) throw new Error('the web login set no kindred_refresh cookie');
  await context.addCookies(cookies);
}

/**
 * Every test fails when the page reports a Content-Security-Policy violation: the app must
 * run under the policy production serves.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  // Known only once the global setup has started the stack.
  baseURL: async ({}, use) => use(stackValue('baseUrl')),
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Resolves once the page has asked the api, over its WebSocket, for the named subscription.
 * Call it before the page opens; await it before making the event happen, so a live update
 * is not missed because the stream had not started yet.
 */
export function subscriptionStarted(page: Page, operationName: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes(`"type":"subscribe"`) && frame.payload.includes(`subscription ${operationName}`))
          resolve();
      }),
    );
  });
}
