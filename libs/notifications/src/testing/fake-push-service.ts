import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, randomUUID, verify, type ECDH } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** A subscription as a browser's PushSubscription.toJSON() gives it, flattened as the API takes it. */
export interface FakeSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** A push the fake service accepted: its VAPID claims checked, its payload decrypted. */
export interface ReceivedPush {
  subscriptionId: string;
  /** The decrypted payload, as text, and parsed when it is JSON. */
  text: string;
  json: unknown;
  vapid: { subject: string; publicKey: string; audience: string; expiresAt: number };
  ttl: number;
  urgency: string | null;
  /** When it was accepted, on this process's performance clock (for benchmarks). */
  receivedAt: number;
}

/** A request the fake service refused, and why: a test expects none. */
export interface RejectedPush {
  subscriptionId: string;
  reason: string;
}

interface Device {
  ecdh: ECDH;
  auth: Buffer;
  answer: number;
}

/** Thrown inside a request's checks; becomes a refusal with this status. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    reason: string,
  ) {
    super(reason);
  }
}

const TAG_BYTES = 16;

/** Reads `vapid t=<jwt>, k=<key>` (RFC 8292). */
function vapidCredentials(header: string | undefined): { token: string; key: string } {
  const match = /^vapid\s+(.+)$/i.exec(header ?? '');
  if (!match) throw new Refusal(401, 'no VAPID Authorization header');
  const fields = Object.fromEntries(
    match[1]!.split(',').map((part) => {
      const [name, ...value] = part.trim().split('=');
      return [name!.trim(), value.join('=').trim()];
    }),
  );
  if (!fields['t'] || !fields['k']) throw new Refusal(401, 'VAPID Authorization lacks t= or k=');
  return { token: fields['t'], key: fields['k'] };
}

/** Verifies the ES256 JWT with the raw P-256 public key sent beside it, and returns its claims. */
function verifiedClaims(token: string, publicKey: string, expectedAudience: string): ReceivedPush['vapid'] {
  const [header, claims, signature] = token.split('.');
  if (!header || !claims || !signature) throw new Refusal(401, 'VAPID token is not a JWT');
  const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string };
  if (alg !== 'ES256') throw new Refusal(401, `VAPID token is signed with ${String(alg)}, not ES256`);
  const point = Buffer.from(publicKey, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) throw new Refusal(401, 'VAPID k= is not an uncompressed P-256 point');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  const signed = verify('sha256', Buffer.from(`${header}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  if (!signed) throw new Refusal(403, 'VAPID signature does not verify with k=');
  const { aud, exp, sub } = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { aud?: string; exp?: number; sub?: string };
  if (aud !== expectedAudience) throw new Refusal(403, `VAPID audience ${String(aud)} is not ${expectedAudience}`);
  const now = Math.floor(Date.now() / 1000);
  if (typeof exp !== 'number' || exp <= now || exp > now + 24 * 3600) throw new Refusal(403, 'VAPID token expiry is missing, past, or more than 24 hours away');
  if (typeof sub !== 'string' || !/^(mailto:|https:)/.test(sub)) throw new Refusal(403, 'VAPID subject is not a mailto: or https: contact');
  return { subject: sub, publicKey, audience: aud, expiresAt: exp };
}

/** Decrypts an aes128gcm body (RFC 8188) for this device's keys (RFC 8291). */
function decrypt(body: Buffer, device: Device): string {
  if (body.length < 21) throw new Refusal(400, 'aes128gcm body is shorter than its header');
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  const serverKey = body.subarray(21, 21 + idLength);
  const records = body.subarray(21 + idLength);
  if (serverKey.length !== 65) throw new Refusal(400, 'aes128gcm key id is not the server’s P-256 public key');
  if (records.length > recordSize) throw new Refusal(400, 'more than one record: a push payload fits in one');
  const devicePublic = device.ecdh.getPublicKey();
  const shared = device.ecdh.computeSecret(serverKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0', 'utf8'), devicePublic, serverKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, device.auth, keyInfo, 32));
  const contentKey = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0', 'utf8'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0', 'utf8'), 12));
  let padded: Buffer;
  try {
    const decipher = createDecipheriv('aes-128-gcm', contentKey, nonce);
    decipher.setAuthTag(records.subarray(records.length - TAG_BYTES));
    padded = Buffer.concat([decipher.update(records.subarray(0, records.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new Refusal(400, 'payload does not decrypt with the subscription’s keys');
  }
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 0x02) throw new Refusal(400, 'last record does not end with the 0x02 delimiter');
  return padded.subarray(0, end).toString('utf8');
}

/**
 * A push service on 127.0.0.1 for tests: it hands out subscriptions whose private keys it
 * keeps, and for every push checks the VAPID JWT against the public key sent with it (and,
 * when given, the one the server is expected to use), then decrypts the aes128gcm payload as
 * the device would. A subscription can be made to answer 410 Gone (or any status).
 */
export class FakePushService {
  readonly received: ReceivedPush[] = [];
  readonly rejected: RejectedPush[] = [];
  private readonly devices = new Map<string, Device>();
  private readonly requestCounts = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    readonly origin: string,
    private readonly expectedPublicKey: string | undefined,
  ) {}

  /** Starts on a free port. `expectedPublicKey`: refuse pushes signed with any other VAPID key. */
  static async start(options: { expectedPublicKey?: string } = {}): Promise<FakePushService> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const service = new FakePushService(server, `http://127.0.0.1:${port}`, options.expectedPublicKey);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => void service.handle(request, response));
    return service;
  }

  /** A new device's subscription, as the browser would give it to the app. */
  newSubscription(): FakeSubscription {
    const id = randomUUID();
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const auth = randomBytes(16);
    this.devices.set(id, { ecdh, auth, answer: 201 });
    return { endpoint: `${this.origin}/push/${id}`, p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') };
  }

  /** From now on, pushes to this subscription get this status (410: the browser unsubscribed). */
  answerWith(subscription: FakeSubscription, status: number): void {
    const device = this.devices.get(this.idOf(subscription));
    if (!device) throw new Error('not a subscription of this fake push service');
    device.answer = status;
  }

  /** The pushes accepted for this subscription, oldest first. */
  pushesTo(subscription: FakeSubscription): ReceivedPush[] {
    const id = this.idOf(subscription);
    return this.received.filter((push) => push.subscriptionId === id);
  }

  /** Waits until this subscription has received `count` pushes, and returns them. */
  async waitForPushes(subscription: FakeSubscription, count = 1, timeoutMs = 15_000): Promise<ReceivedPush[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const problem = this.rejected.find((rejection) => rejection.subscriptionId === this.idOf(subscription));
      if (problem) throw new Error(`the fake push service refused a push: ${problem.reason}`);
      const pushes = this.pushesTo(subscription);
      if (pushes.length >= count) return pushes;
      if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${count} push(es) to ${subscription.endpoint}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** How many requests reached this subscription, accepted or answered with its status. */
  requestsTo(subscription: FakeSubscription): number {
    return this.requestCounts.get(this.idOf(subscription)) ?? 0;
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private idOf(subscription: FakeSubscription): string {
    return subscription.endpoint.slice(`${this.origin}/push/`.length);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const id = /^\/push\/([0-9a-f-]{36})$/.exec(request.url ?? '')?.[1];
    const device = id ? this.devices.get(id) : undefined;
    if (!id || !device || request.method !== 'POST') {
      response.writeHead(404).end();
      return;
    }
    this.requestCounts.set(id, (this.requestCounts.get(id) ?? 0) + 1);
    if (device.answer !== 201) {
      response.writeHead(device.answer).end();
      return;
    }
    try {
      const { token, key } = vapidCredentials(request.headers.authorization);
      if (this.expectedPublicKey && key !== this.expectedPublicKey) throw new Refusal(403, 'pushed with a VAPID key other than the application server key');
      const vapid = verifiedClaims(token, key, this.origin);
      if (request.headers['content-encoding'] !== 'aes128gcm') throw new Refusal(400, `Content-Encoding is ${String(request.headers['content-encoding'])}`);
      const ttl = Number(request.headers['ttl']);
      if (!Number.isInteger(ttl) || ttl < 0) throw new Refusal(400, 'TTL header is missing');
      const text = decrypt(body, device);
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      const urgency = request.headers['urgency'];
      this.received.push({ subscriptionId: id, text, json, vapid, ttl, urgency: typeof urgency === 'string' ? urgency : null, receivedAt: performance.now() });
      response.writeHead(201, { location: `${this.origin}/message/${randomUUID()}` }).end();
    } catch (error) {
      const refusal = error instanceof Refusal ? error : new Refusal(500, error instanceof Error ? error.message : 'unknown');
      this.rejected.push({ subscriptionId: id, reason: refusal.message });
      response.writeHead(refusal.status).end(refusal.message);
    }
  }
}
