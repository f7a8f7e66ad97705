import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createAccount, type TestAccount } from '@kindred/test-support/api-client';
import { waitFor } from '@kindred/test-support/polling';
import { startTestApi } from '@kindred/test-support/test-api';

const HEADERS_TIMEOUT_MS = 600;
const REQUEST_TIMEOUT_MS = 1200;
const KEEP_ALIVE_TIMEOUT_MS = 600;
const MAX_PER_ADDRESS = 20;
const ATTACKER = '127.0.0.2';
const SLOW_SOCKETS = 300;

interface SlowSocket {
  socket: Socket;
  /** What the server wrote back before closing, if anything. */
  answer: string;
  closed: boolean;
}

/** A connection from `localAddress` that sends `opening` and then nothing more. */
function openSlow(port: number, localAddress: string, opening: string): Promise<SlowSocket> {
  return new Promise((resolve) => {
    const slow: SlowSocket = { socket: connect({ port, host: '127.0.0.1', localAddress }), answer: '', closed: false };
    slow.socket.setEncoding('utf8');
    slow.socket.on('data', (chunk: string) => (slow.answer += chunk));
    // A connection the server drops may reset: that is an answer too.
    slow.socket.on('error', () => undefined);
    slow.socket.on('close', () => (slow.closed = true));
    slow.socket.on('connect', () => {
      slow.socket.write(opening);
      resolve(slow);
    });
    slow.socket.on('close', () => resolve(slow));
  });
}

/** POST /graphql over a real connection from 127.0.0.1, as someone else on the internet. */
function postOverSocket(port: number, body: string, accessToken: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { port, host: '127.0.0.1', localAddress: '127.0.0.1', path: '/graphql', method: 'POST', agent: false, timeout: 5000 },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.setHeader('content-type', 'application/json');
    request.setHeader('authorization', `Bearer ${accessToken}`);
    request.on('timeout', () => request.destroy(new Error('no answer within 5 s')));
    request.on('error', reject);
    request.end(body);
  });
}

function getOverSocket(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ port, host: '127.0.0.1', path, agent: false, timeout: 5000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 5 s')));
    request.on('error', reject);
    request.end();
  });
}

/** Slow or idle clients are cut off, and one address cannot hold the service away from others. */
describe('slow and greedy HTTP clients', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let port: number;
  let person: TestAccount;
  const opened: SlowSocket[] = [];

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('slow-clients', {
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
      MAX_CONNECTIONS_PER_ADDRESS: String(MAX_PER_ADDRESS),
    }));
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
    person = await createAccount(app);
  });

  afterAll(async () => {
    for (const slow of opened) slow.socket.destroy();
    await stop();
  });

  const me = async (): Promise<unknown> => {
    const answer = await postOverSocket(port, JSON.stringify({ query: '{ me { id } }' }), person.accessToken);
    return { status: answer.status, body: JSON.parse(answer.text) as unknown };
  };

  it('holds at most its cap of one address’s connections, cuts the slow ones off, and keeps answering everyone else', async () => {
    // Headers, then one byte of a body that never comes: the slowloris of request bodies.
    const opening = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`;
    const slow = await Promise.all(Array.from({ length: SLOW_SOCKETS }, () => openSlow(port, ATTACKER, opening)));
    opened.push(...slow);
    const startedAt = Date.now();

    // Everything past the cap is dropped as soon as it is accepted.
    const held = await waitFor(
      () => slow.filter((one) => !one.closed).length,
      (count) => count <= MAX_PER_ADDRESS,
      'connections past the cap to be dropped',
      REQUEST_TIMEOUT_MS,
    );
    expect(held).toBeGreaterThan(0);

    // While one address holds its share, someone else is served at once.
    expect(await me()).toEqual({ status: 200, body: { data: { me: { id: person.userId } } } });
    expect(await getOverSocket(port, '/health/ready')).toBe(200);

    // The request timeout ends the ones that were held, with 408.
    await waitFor(
      () => slow.every((one) => one.closed),
      (done) => done,
      'every slow connection to be closed',
      REQUEST_TIMEOUT_MS * 4,
    );
    expect(Date.now() - startedAt).toBeLessThan(REQUEST_TIMEOUT_MS * 4);
    const answered = slow.filter((one) => one.answer !== '');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((one) => one.answer.startsWith('HTTP/1.1 408'))).toBe(true);

    // Once they are gone, the same address is welcome again.
    const again = await openSlow(port, ATTACKER, '');
    opened.push(again);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(again.closed).toBe(false);
  });

  it('closes a connection whose headers never finish, and one left idle after its answer', async () => {
    const trickling = await openSlow(port, ATTACKER, 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const silent = await openSlow(port, ATTACKER, '');
    const idle = await openSlow(port, ATTACKER, 'GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    opened.push(trickling, silent, idle);

    await waitFor(
      () => [trickling, silent, idle].every((one) => one.closed),
      (done) => done,
      'slow and idle connections to be closed',
      HEADERS_TIMEOUT_MS * 5,
    );
    expect(idle.answer).toMatch(/^HTTP\/1.1 200/);
    expect(trickling.answer).toMatch(/^HTTP\/1.1 408/);
  });
});
