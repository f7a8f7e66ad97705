import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import WebSocket from 'ws';
import { PlatformRole } from '@kindred/core';
import { callAs, createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { LiveListeners, settle, type Heard } from '@kindred/test-support/live-listener';
import { startTestApi } from '@kindred/test-support/test-api';

const PER_PERSON = 10;
const PER_SOCKET = 50;
const MAX_MESSAGE_BYTES = 64 * 1024;

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A graphql-ws socket driven message by message, recording what the server sends and how it closes. */
class RawSocket {
  readonly messages: Message[] = [];
  readonly acknowledged: Promise<boolean>;
  readonly closed: Promise<number>;
  private readonly socket: WebSocket;

  constructor(url: string, connectionParams: Record<string, unknown>) {
    this.socket = new WebSocket(url, 'graphql-transport-ws');
    this.socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => this.socket.on('close', (code: number) => resolve(code)));
    this.acknowledged = new Promise((resolve) => {
      this.socket.on('open', () => this.send({ type: 'connection_init', payload: connectionParams }));
      this.socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as Message;
        this.messages.push(message);
        if (message.type === 'connection_ack') resolve(true);
      });
      this.socket.on('close', () => resolve(false));
    });
  }

  static signedIn(url: string, accessToken: string): RawSocket {
    return new RawSocket(url, { authorization: `Bearer ${accessToken}` });
  }

  send(message: Message | string): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** The first message about operation `id`, waiting up to two seconds for it. */
  async answerTo(id: string): Promise<Message | undefined> {
    await settle(() => this.messages.some((message) => message.id === id));
    return this.messages.find((message) => message.id === id);
  }

  close(): void {
    this.socket.close();
  }
}

const codeOfError = (message: Message | undefined): unknown =>
  message?.type === 'error' ? (message.payload as { extensions?: { code?: string } }[])[0]?.extensions?.code : message?.type;

describe('live connections over graphql-ws', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let url: string;
  const sockets: RawSocket[] = [];
  let listeners: LiveListeners;

  const open = (accessToken: string): RawSocket => {
    const socket = RawSocket.signedIn(url, accessToken);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('live-connections'));
    await app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;
  });

  beforeEach(() => {
    listeners = new LiveListeners(url);
  });

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await listeners.dispose();
  });

  afterAll(() => stop());

  describe('signing in at connection time', () => {
    it('closes a socket with 4401 unless connection_init carries a valid access token', async () => {
      const person = await createAccount(app);
      const signedOut = await createAccount(app);
      await callAs(app, signedOut, 'mutation { logout { ok } }');

      for (const connectionParams of [{}, { authorization: 'Bearer not-a-token' }, { authorization: `Bearer ${signedOut.accessToken}` }]) {
        const refused = new RawSocket(url, connectionParams);
        sockets.push(refused);
        expect({ acknowledged: await refused.acknowledged, closeCode: await refused.closed }).toEqual({ acknowledged: false, closeCode: 4401 });
      }
      expect(await open(person.accessToken).acknowledged).toBe(true);
    });
  });

  it('answers a malformed operation with BAD_USER_INPUT, as over HTTP', async () => {
    const socket = open((await createAccount(app)).accessToken);
    expect(await socket.acknowledged).toBe(true);
    socket.subscribe('malformed', 'subscription { noSuchThing }');
    expect(await socket.answerTo('malformed')).toEqual({
      id: 'malformed',
      type: 'error',
      payload: [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' } })],
    });
  });

  describe('what one socket and one person may hold', () => {
    it(`runs at most ${PER_SOCKET} operations at once on one socket; the next is refused kindly and the socket carries on`, async () => {
      const person = await createAccount(app);
      const socket = open(person.accessToken);
      expect(await socket.acknowledged).toBe(true);
      for (let index = 1; index <= PER_SOCKET; index++) socket.subscribe(String(index), 'subscription { myNotifications { id } }');

      socket.subscribe('one too many', '{ me { id } }');
      const refused = await socket.answerTo('one too many');
      expect(refused).toEqual({
        id: 'one too many',
        type: 'error',
        payload: [
          {
            message: expect.stringContaining(`at most ${PER_SOCKET} things live at once`),
            extensions: { code: 'LIMIT_REACHED', messageKey: 'LIVE_SUBSCRIPTION_LIMIT', messageParams: { limit: PER_SOCKET } },
          },
        ],
      });

      socket.send({ id: '1', type: 'complete' });
      socket.subscribe('room again', '{ me { id } }');
      expect(await socket.answerTo('room again')).toEqual({ id: 'room again', type: 'next', payload: { data: { me: { id: person.userId } } } });
    });

    it(`lets one person hold ${PER_PERSON} sockets; the next is closed with 4429, and others are not affected`, async () => {
      const person = await createAccount(app);
      const someoneElse = await createAccount(app);
      const theirs = Array.from({ length: PER_PERSON }, () => open(person.accessToken));
      expect(await Promise.all(theirs.map((socket) => socket.acknowledged))).toEqual(Array.from({ length: PER_PERSON }, () => true));

      const oneMore = open(person.accessToken);
      expect({ acknowledged: await oneMore.acknowledged, closeCode: await oneMore.closed }).toEqual({ acknowledged: false, closeCode: 4429 });
      expect(await open(someoneElse.accessToken).acknowledged).toBe(true);

      theirs[0]!.close();
      await theirs[0]!.closed;
      const afterOneClosed = open(person.accessToken);
      await settle(() => afterOneClosed.messages.length > 0);
      expect(await afterOneClosed.acknowledged).toBe(true);
    });

    it('closes a socket that sends a message over 64 KB with 1009, before reading it; a large message under it is fine', async () => {
      const person = await createAccount(app);
      const query = 'subscription { myNotifications { id } }';
      const frame = (padding: number): string =>
        JSON.stringify({ id: 'big', type: 'subscribe', payload: { query, variables: { padding: 'x'.repeat(padding) } } });

      const underLimit = open(person.accessToken);
      expect(await underLimit.acknowledged).toBe(true);
      underLimit.send(frame(MAX_MESSAGE_BYTES - 1024));
      underLimit.subscribe('after', '{ me { id } }');
      expect(codeOfError(await underLimit.answerTo('after'))).toBe('next');

      const overLimit = open(person.accessToken);
      expect(await overLimit.acknowledged).toBe(true);
      overLimit.send(frame(MAX_MESSAGE_BYTES + 1024));
      expect(await overLimit.closed).toBe(1009);
    });
  });

  describe('live subscriptions end when their session ends or loses a role, even when they hear nothing', () => {
    const STANDING = 'subscription { myAccountStanding { mayPost } }';

    async function signInAgain(person: TestAccount): Promise<TestAccount> {
      const body = await post<{ login: { accessToken: string; refreshToken: string } }>(
        app,
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }',
        { email: person.email, password: person.password },
      );
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return { ...person, ...body.data.login };
    }

    async function standingOf(accessToken: string): Promise<Heard> {
      const heard = await listeners.listen(accessToken, STANDING);
      await settle(() => heard.results.length === 1);
      expect(heard.results).toEqual([{ data: { myAccountStanding: { mayPost: true } } }]);
      return heard;
    }

    it('ends myAccountStanding when its device signs out, and every device’s with logoutEverywhere', async () => {
      const phone = await createAccount(app);
      const laptop = await signInAgain(phone);
      const onPhone = await standingOf(phone.accessToken);
      const onLaptop = await standingOf(laptop.accessToken);

      await callAs(app, phone, 'mutation { logout { ok } }');
      await settle(() => onPhone.ended);
      expect({ ended: onPhone.ended, closeCode: onPhone.closeCode }).toEqual({ ended: true, closeCode: 4401 });
      expect(onLaptop.ended).toBe(false);

      await callAs(app, laptop, 'mutation { logoutEverywhere { ok } }');
      await settle(() => onLaptop.ended);
      expect({ ended: onLaptop.ended, closeCode: onLaptop.closeCode }).toEqual({ ended: true, closeCode: 4401 });
      expect(onLaptop.results).toHaveLength(1);
    });

    it('ends the other devices’ subscriptions when the password is changed, and keeps this device’s', async () => {
      const phone = await createAccount(app);
      const laptop = await signInAgain(phone);
      const onPhone = await listeners.listen(phone.accessToken, 'subscription { myNotifications { id } }');
      const onLaptop = await standingOf(laptop.accessToken);

      await callAs(app, phone, 'mutation($current: String!) { changePassword(currentPassword: $current, newPassword: "lanterns over the quiet bay") { ok } }', {
        current: phone.password,
      });
      await settle(() => onLaptop.ended);
      expect({ ended: onLaptop.ended, closeCode: onLaptop.closeCode }).toEqual({ ended: true, closeCode: 4401 });
      expect(onPhone.ended).toBe(false);
    });

    it('ends every subscription of a person who deletes their account', async () => {
      const person = await createAccount(app);
      const heard = await standingOf(person.accessToken);
      await callAs(app, person, 'mutation($p: String!) { deleteMyAccount(password: $p) { ok } }', { p: person.password });
      await settle(() => heard.ended);
      expect({ ended: heard.ended, closeCode: heard.closeCode }).toEqual({ ended: true, closeCode: 4401 });
    });

    it('ends the subscriptions of a session whose refresh token was used twice', async () => {
      const person = await createAccount(app);
      const heard = await standingOf(person.accessToken);
      const refresh = 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }';
      expect((await post(app, refresh, { r: person.refreshToken })).errors).toBeUndefined();
      expect((await post(app, refresh, { r: person.refreshToken })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

      await settle(() => heard.ended);
      expect({ ended: heard.ended, closeCode: heard.closeCode }).toEqual({ ended: true, closeCode: 4401 });
    });

    it('ends an administrator’s subscription with 4403 when the role is taken away', async () => {
      const admin = await createAccount(app, [PlatformRole.ADMIN]);
      const otherAdmin = await createAccount(app, [PlatformRole.ADMIN]);
      // No worker runs here, so the check stays pending and its subscription hears nothing.
      const { requestSystemCheck } = await callAs<{ requestSystemCheck: { id: string } }>(app, admin, 'mutation { requestSystemCheck { id } }');
      const heard = await listeners.listen(admin.accessToken, 'subscription($id: ID!) { systemCheckCompleted(id: $id) { status } }', {
        id: requestSystemCheck.id,
      });
      const control = await listeners.listen(otherAdmin.accessToken, 'subscription($id: ID!) { systemCheckCompleted(id: $id) { status } }', {
        id: requestSystemCheck.id,
      });
      // The server subscribes to Redis while handling the subscribe message: give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 300));

      await callAs(app, otherAdmin, 'mutation($id: ID!) { revokeRole(userId: $id, role: ADMIN) { id } }', { id: admin.userId });
      await settle(() => heard.ended);
      expect({ ended: heard.ended, closeCode: heard.closeCode, results: heard.results }).toEqual({ ended: true, closeCode: 4403, results: [] });
      expect(control.ended).toBe(false);
    });
  });
});
