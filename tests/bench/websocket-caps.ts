/**
 * Benchmark: the API's memory for live sockets held at their caps. Each signed-in person
 * opens WS_MAX_CONNECTIONS_PER_PERSON sockets, each runs WS_MAX_SUBSCRIPTIONS_PER_CONNECTION
 * subscriptions and has sent one message of WS_MAX_MESSAGE_BYTES; the API's resident memory
 * is read before and after, and divided per socket. Also shows what happens past each cap.
 *
 * Run: `npm run bench:websocket-caps` (optionally PEOPLE=…). It starts its own api on a
 * throw-away database and Redis prefix and prints figures; a script that reports, not a test.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { AppConfig } from '@kindred/core';
import { deleteRunRedisKeys, dropRunDatabases, startTestRun } from '@kindred/core/testing';
import { e2eEnvironment, startProcess, stopProcess } from '@kindred/test-support/processes';
import { seedPeople } from '@kindred/test-support/seeded-people';

const PEOPLE = Number(process.env['PEOPLE'] ?? 20);
const JWT_SECRET = 'kindred-benchmark-secret-with-more-than-32-characters';
const LIMITS = AppConfig.fromEnvironment({}).webSocketLimits;
const SUBSCRIPTION = 'subscription { myNotifications { id } }';

/** The process's resident memory in bytes, from /proc. */
function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) * 1024;
}

/** A graphql-ws socket that resolves once acknowledged, or with its close code if refused. */
function connect(url: string, token: string): Promise<{ socket: WebSocket; closed: Promise<number>; refusedWith?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const closed = new Promise<number>((done) => socket.on('close', (code: number) => done(code)));
    socket.on('error', () => undefined);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve({ socket, closed });
    });
    void closed.then((code) => resolve({ socket, closed, refusedWith: code }));
  });
}

/** Sends one message of exactly `bytes` bytes: a subscription padded with an unused variable. */
function subscribePadded(socket: WebSocket, id: string, bytes: number): void {
  const empty = JSON.stringify({ id, type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { padding: '' } } });
  socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { padding: 'x'.repeat(bytes - empty.length) } } }));
}

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const run = startTestRun();
  const env: Record<string, string> = {
    ...e2eEnvironment(run),
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    MAX_CONNECTIONS_PER_ADDRESS: String(PEOPLE * LIMITS.connectionsPerPerson + 100),
  };
  const api = await startProcess('api', env, 'bench-websocket-caps');
  const sockets: WebSocket[] = [];
  try {
    const pid = api.child.pid ?? 0;
    const url = `${api.url.replace(/^http/, 'ws')}/graphql`;
    const db = new PgClient({ connectionString: env['DATABASE_URL'] });
    await db.connect();
    const people = await seedPeople(db, PEOPLE + 1, JWT_SECRET, 'websocket-caps').finally(() => db.end());
    const [extra, ...holders] = people;

    // Warm the code paths once, then take the baseline.
    const warm = await connect(url, extra!.token);
    subscribePadded(warm.socket, 'warm', 1024);
    await settle(1000);
    warm.socket.close();
    await warm.closed;
    await settle(2000);
    const before = residentBytes(pid);

    for (const person of holders) {
      for (let index = 0; index < LIMITS.connectionsPerPerson; index++) {
        const { socket, refusedWith } = await connect(url, person.token);
        if (refusedWith !== undefined) throw new Error(`socket refused with ${refusedWith}`);
        sockets.push(socket);
        subscribePadded(socket, '0', LIMITS.maxMessageBytes);
        for (let id = 1; id < LIMITS.subscriptionsPerConnection; id++)
          socket.send(JSON.stringify({ id: String(id), type: 'subscribe', payload: { query: SUBSCRIPTION } }));
      }
    }
    await settle(3000);
    const after = residentBytes(pid);

    // Past each cap.
    const holder = holders[0]!;
    const oneMoreSocket = await connect(url, holder.token);
    const overSize = await connect(url, extra!.token);
    subscribePadded(overSize.socket, 'too big', LIMITS.maxMessageBytes + 1);
    const overSizeCode = await overSize.closed;
    const oneMoreSubscription = await new Promise<string>((resolve) => {
      const socket = sockets[0]!;
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { id?: string; type: string; payload?: { extensions?: { code?: string } }[] };
        if (message.id === 'one more') resolve(`${message.type} ${message.payload?.[0]?.extensions?.code ?? ''}`.trim());
      });
      socket.send(JSON.stringify({ id: 'one more', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
    });

    const count = sockets.length;
    const perSocket = (after - before) / count;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    process.stdout.write(
      [
        '',
        `machine: ${process.platform} ${process.arch}, ${cpus().length} cores, node ${process.version}`,
        `caps: ${LIMITS.connectionsPerPerson} sockets per person, ${LIMITS.subscriptionsPerConnection} operations per socket, ${kb(LIMITS.maxMessageBytes)} per message`,
        `held: ${count} sockets (${holders.length} people × ${LIMITS.connectionsPerPerson}), each with ${LIMITS.subscriptionsPerConnection} subscriptions and one ${kb(LIMITS.maxMessageBytes)} message sent`,
        `API resident memory: ${mb(before)} before, ${mb(after)} after: +${mb(after - before)}`,
        `one socket at its caps: about ${kb(perSocket)} (${kb(perSocket / LIMITS.subscriptionsPerConnection)} per subscription); one person at theirs: about ${mb(perSocket * LIMITS.connectionsPerPerson)}`,
        `past the caps: socket ${LIMITS.connectionsPerPerson + 1} of one person closed with ${oneMoreSocket.refusedWith ?? 'nothing (accepted!)'}; a message of ${kb(LIMITS.maxMessageBytes)} + 1 byte closed with ${overSizeCode}; operation ${LIMITS.subscriptionsPerConnection + 1} on one socket answered "${oneMoreSubscription}"`,
        '',
      ].join('\n'),
    );
    oneMoreSocket.socket.close();
  } finally {
    for (const socket of sockets) socket.close();
    await stopProcess(api);
    await dropRunDatabases(run);
    await deleteRunRedisKeys(run);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
