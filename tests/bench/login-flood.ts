/**
 * Benchmark: how fast `me` answers (p50, p99) while twenty clients, from many addresses, send
 * wrong passwords as fast as they can: with password checks bounded to one and to two at
 * once, and, for comparison in the same run, with every check allowed at once (as before).
 *
 * Run: `npm run bench:login-flood` (optionally FLOODERS=…, FLOOD_SECONDS=…, QUIET_REQUESTS=…).
 * It starts its own api processes on a throw-away database and Redis prefix, one at a time,
 * and prints figures. It is a script that reports, not a test that asserts.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { AppConfig } from '@kindred/core';
import { deleteRunRedisKeys, dropRunDatabases, startTestRun } from '@kindred/core/testing';
import { registerAndSignIn } from '@kindred/test-support/accounts';
import { graphql } from '@kindred/test-support/graphql-client';
import { e2eEnvironment, startProcess, stopProcess, type RunningProcess } from '@kindred/test-support/processes';
import { percentile } from '@kindred/test-support/percentile';

const FLOODERS = Number(process.env['FLOODERS'] ?? 20);
const FLOOD_SECONDS = Number(process.env['FLOOD_SECONDS'] ?? 10);
const QUIET_REQUESTS = Number(process.env['QUIET_REQUESTS'] ?? 200);
/** Below the sign-in limit per address (30 in 15 minutes), so every attempt reaches the password check. */
const ATTEMPTS_PER_ADDRESS = 25;
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const ME = '{ me { id } }';

interface Variant {
  label: string;
  env: Record<string, string>;
}

interface Figures {
  quiet: number[];
  flooded: number[];
  checked: number;
  busy: number;
  other: number;
  loginLatencies: number[];
  cpuMsPerMe: { quiet: number; flooded: number };
}

/** CPU time (user + system) the process has used so far, in milliseconds. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

async function timedMe(url: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await graphql<{ me: { id: string } }>(url, ME, {}, token);
  if (!response.data?.me) throw new Error(`me failed: ${JSON.stringify(response.errors)}`);
  return performance.now() - started;
}

async function measure(api: RunningProcess, token: string): Promise<Figures> {
  const pid = api.child.pid ?? 0;
  for (let index = 0; index < 20; index++) await timedMe(api.url, token);

  const quiet: number[] = [];
  let cpuBefore = cpuMs(pid);
  for (let index = 0; index < QUIET_REQUESTS; index++) quiet.push(await timedMe(api.url, token));
  const quietCpu = (cpuMs(pid) - cpuBefore) / QUIET_REQUESTS;

  let attempt = 0;
  let checked = 0;
  let busy = 0;
  let other = 0;
  const loginLatencies: number[] = [];
  const stopAt = performance.now() + FLOOD_SECONDS * 1000;
  const addressPrefix = `127.${10 + Math.floor(Math.random() * 200)}`;
  const flood = Array.from({ length: FLOODERS }, async () => {
    while (performance.now() < stopAt) {
      const index = attempt++;
      const block = Math.floor(index / ATTEMPTS_PER_ADDRESS);
      const sourceAddress = `${addressPrefix}.${Math.floor(block / 250)}.${(block % 250) + 2}`;
      const started = performance.now();
      const response = await graphql(
        api.url,
        LOGIN,
        { email: `flood-${randomBytes(6).toString('hex')}@example.org`, password: 'not the right password' },
        undefined,
        { sourceAddress },
      );
      loginLatencies.push(performance.now() - started);
      const error = response.errors?.[0];
      if (error?.extensions?.['code'] === 'UNAUTHENTICATED') checked++;
      else if (error?.extensions?.['code'] === 'RATE_LIMITED' && error.message.includes('busy')) busy++;
      else other++;
    }
  });
  const flooded: number[] = [];
  cpuBefore = cpuMs(pid);
  // Reads meanwhile, one at a time, as a person using the app would.
  await new Promise((resolve) => setTimeout(resolve, 500));
  while (performance.now() < stopAt - 500) flooded.push(await timedMe(api.url, token));
  await Promise.all(flood);
  const floodCpu = cpuMs(pid) - cpuBefore;
  return {
    quiet: quiet.sort((a, b) => a - b),
    flooded: flooded.sort((a, b) => a - b),
    checked,
    busy,
    other,
    loginLatencies: loginLatencies.sort((a, b) => a - b),
    cpuMsPerMe: { quiet: quietCpu, flooded: floodCpu / Math.max(1, flooded.length + checked + busy + other) },
  };
}

async function main(): Promise<void> {
  const run = startTestRun();
  const base: Record<string, string> = { ...e2eEnvironment(run), LOG_LEVEL: 'warn' };
  const variants: Variant[] = [
    { label: 'bounded to 1 check at once, 32 waiting', env: { PASSWORD_HASHING_CONCURRENCY: '1' } },
    { label: 'bounded to 2 checks at once, 32 waiting', env: { PASSWORD_HASHING_CONCURRENCY: '2' } },
    { label: 'unbounded (every check at once, as before)', env: { PASSWORD_HASHING_CONCURRENCY: '64', PASSWORD_HASHING_QUEUE: '10000' } },
  ];
  const results: [Variant, Figures][] = [];
  let migrated = false;
  try {
    for (const variant of variants) {
      const api = await startProcess('api', { ...base, ...variant.env, RUN_MIGRATIONS: migrated ? 'false' : 'true' }, 'bench-login-flood');
      migrated = true;
      try {
        const person = await registerAndSignIn(api.url, { sourceAddress: '127.9.9.9' });
        results.push([variant, await measure(api, person.accessToken)]);
      } finally {
        await stopProcess(api);
      }
    }
  } finally {
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  }

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    '',
    `machine: ${process.platform} ${process.arch}, ${cpus().length} cores, node ${process.version}; the default here is ${AppConfig.fromEnvironment({}).passwordHashing.concurrency} at once`,
  ];
  lines.push(
    `flood: ${FLOODERS} clients sending wrong passwords back to back for ${FLOOD_SECONDS} s, from many addresses; \`me\` read one at a time meanwhile`,
  );
  for (const [variant, figures] of results) {
    lines.push(
      `${variant.label}:`,
      `  me, quiet:          p50 ${ms(percentile(figures.quiet, 50))}, p99 ${ms(percentile(figures.quiet, 99))} (${figures.quiet.length} reads; API CPU ${ms(figures.cpuMsPerMe.quiet)} per read)`,
      `  me, during flood:   p50 ${ms(percentile(figures.flooded, 50))}, p99 ${ms(percentile(figures.flooded, 99))} (${figures.flooded.length} reads)`,
      `  sign-ins:           ${figures.checked} checked (${(figures.checked / FLOOD_SECONDS).toFixed(1)}/s), ${figures.busy} asked to retry, ${figures.other} other; answer p50 ${ms(percentile(figures.loginLatencies, 50))}, p99 ${ms(percentile(figures.loginLatencies, 99))}`,
      `  API CPU during the flood: ${ms(figures.cpuMsPerMe.flooded)} per request`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
