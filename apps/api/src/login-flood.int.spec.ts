import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createAccount, post, type TestAccount } from '@kindred/test-support/api-client';
import { startTestApi } from '@kindred/test-support/test-api';

const CONCURRENCY = 1;
const QUEUE = 3;
const FLOOD = 20;
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

/** Password checks take their turn in one bounded queue, so a sign-in flood cannot take the API from everyone else. */
describe('a flood of wrong passwords', () => {
  let app: NestFastifyApplication;
  let stop: () => Promise<void>;
  let person: TestAccount;

  beforeAll(async () => {
    ({ app, stop } = await startTestApi('login-flood', {
      PASSWORD_HASHING_CONCURRENCY: String(CONCURRENCY),
      PASSWORD_HASHING_QUEUE: String(QUEUE),
    }));
    person = await createAccount(app);
  });

  afterAll(() => stop());

  it('checks as many as the queue holds, asks the rest kindly to retry, and keeps answering reads meanwhile', async () => {
    // Twenty people at once, each from their own address and for their own account.
    const flood = Promise.all(
      Array.from({ length: FLOOD }, (_, index) =>
        post(app, LOGIN, { email: `flood-${index}@example.org`, password: 'not the right one' }, undefined, `10.99.0.${index + 1}`),
      ),
    );
    const meDuringFlood = await post<{ me: { id: string } }>(app, '{ me { id } }', {}, person.accessToken);
    const answers = await flood;

    expect(meDuringFlood.data?.me.id).toBe(person.userId);
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.['code']);
    expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED')).toBe(true);
    // Those that found a turn or a place in the queue were checked; at least that many.
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeGreaterThanOrEqual(CONCURRENCY + QUEUE);
    const busy = answers.filter((answer) => answer.errors?.[0]?.extensions?.['code'] === 'RATE_LIMITED');
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.errors?.[0]).toMatchObject({
      message: 'Kindred is very busy checking passwords right now. Please wait a few seconds and try again.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
    });

    // Once the flood has passed, the right password works.
    const signedIn = await post<{ login: { accessToken: string } }>(app, LOGIN, { email: person.email, password: person.password });
    expect(signedIn.data?.login.accessToken).toEqual(expect.any(String));
  });
});
